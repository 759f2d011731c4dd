import { CATALOG } from "./catalog";

/** Line drawings on a 100×100 grid, one per kind of product. */
const ICONS: Record<string, string> = {
  jacket: '<path d="M35 18L50 27L65 18L86 31L78 52L70 47V86H30V47L22 52L14 31Z"/><path d="M50 27V86" fill="none"/>',
  tee: '<path d="M36 20L50 26L64 20L86 33L77 47L68 42V86H32V42L23 47L14 33Z"/>',
  pants: '<path d="M30 14H70L75 86H56L50 40L44 86H25Z"/>',
  boot: '<path d="M30 14H54V54L80 64Q87 67 87 76V84H30Z"/><path d="M30 74H87" fill="none"/>',
  pack: '<path d="M30 28Q30 14 44 14H56Q70 14 70 28V86H30Z"/><rect x="38" y="52" width="24" height="22" rx="4"/>',
  sock: '<path d="M40 14H60V56L76 70Q82 82 70 86H46Q34 86 38 74L40 60Z"/>',
  hat: '<path d="M22 66Q22 24 50 24Q78 24 78 66Z"/><rect x="18" y="64" width="64" height="12" rx="5"/><circle cx="50" cy="19" r="7"/>',
  mug: '<path d="M28 26H66V80Q66 86 60 86H34Q28 86 28 80Z"/><path d="M66 38H74Q82 38 82 50Q82 62 74 62H66" fill="none"/>',
  tent: '<path d="M12 82L50 20L88 82Z"/><path d="M50 20L42 82H58Z"/>',
  coffee: '<ellipse cx="50" cy="50" rx="26" ry="36" transform="rotate(25 50 50)"/><path d="M40 22Q58 50 60 78" fill="none"/>',
  card: '<rect x="14" y="28" width="72" height="46" rx="6"/><path d="M14 44H86M58 28V74" fill="none"/>',
  mountain: '<path d="M10 82L38 32L52 54L64 40L90 82Z"/>',
};

const ICON_BY_TYPE: Record<string, keyof typeof ICONS> = {
  Jackets: "jacket",
  "T-Shirts": "tee",
  Shirts: "tee",
  Pants: "pants",
  Boots: "boot",
  Shoes: "boot",
  Backpacks: "pack",
  Bags: "pack",
  Socks: "sock",
  Accessories: "hat",
  Drinkware: "mug",
  Camp: "tent",
  Coffee: "coffee",
  "Gift Cards": "card",
};

/** Mixes a #rrggbb colour toward white (weight > 0) or black (weight < 0). */
function shade(hex: string, weight: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const target = weight > 0 ? 255 : 0;
  return `#${channels.map((c) => Math.round(c + (target - c) * Math.abs(weight)).toString(16).padStart(2, "0")).join("")}`;
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small illustration for a catalog product (served at /demo/images/<handle>.svg); undefined for unknown handles. */
export function productImageSvg(handle: string): string | undefined {
  const spec = CATALOG.find((product) => product.handle === handle);
  if (!spec) return undefined;
  const initials = spec.title.match(/\b[A-Z]/g)?.slice(0, 3).join("") ?? "";
  const ink = shade(spec.colour, -0.55);
  const icon = ICONS[ICON_BY_TYPE[spec.productType] ?? "mountain"];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img" aria-label="${escapeXml(spec.title)}">`,
    `<rect width="400" height="400" fill="${shade(spec.colour, 0.85)}"/>`,
    `<circle cx="200" cy="175" r="125" fill="${shade(spec.colour, 0.6)}"/>`,
    `<g transform="translate(110 85) scale(1.8)" fill="${spec.colour}" stroke="${ink}" stroke-width="2.5" stroke-linejoin="round">${icon}</g>`,
    `<text x="200" y="348" text-anchor="middle" font-family="Helvetica,Arial,sans-serif" font-size="34" font-weight="700" fill="${ink}">${initials}</text>`,
    `<text x="200" y="378" text-anchor="middle" font-family="Helvetica,Arial,sans-serif" font-size="15" letter-spacing="3" fill="${ink}">${escapeXml(spec.productType.toUpperCase())}</text>`,
    "</svg>",
  ].join("");
}
