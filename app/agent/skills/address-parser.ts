/**
 * A new shipping address typed into a chat: "500 Pine St, Apt 2, Seattle, WA 98101" or one part per line. Only
 * what is clearly there is taken; anything unclear returns null and the skill asks again — an address is never
 * guessed. The country stays the order's unless one is named.
 */
export type ParsedAddress = {
  address1: string;
  address2: string | null;
  city: string;
  provinceCode: string | null;
  zip: string;
  countryCode: string;
};

const ZIP = /\b(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/i;
const COUNTRIES: Record<string, string> = {
  us: "US", usa: "US", "united states": "US", "united states of america": "US",
  ca: "CA", canada: "CA",
  kr: "KR", korea: "KR", "south korea": "KR", "대한민국": "KR", "한국": "KR",
};
/** "change my address to …", "new address: …" — the words before the address itself. */
const LEAD_IN = /^.*?(?:\baddress\b[^:]*?(?:\bto\b|:)|\bship(?:ping)? (?:it )?to\b|\bdeliver(?:y)? (?:it )?to\b|주소(?:를|는)?\s*(?:변경|바꿔)?[^:]*?:)\s*/i;

export function parseAddress(text: string, defaultCountryCode: string): ParsedAddress | null {
  const body = LEAD_IN.test(text) ? text.replace(LEAD_IN, "") : text;
  const parts = body
    .split(/[,\n]+/)
    .map((part) => part.trim().replace(/[.!]+$/, ""))
    .filter(Boolean);
  if (parts.length < 2) return null;

  let countryCode = defaultCountryCode;
  const last = parts.at(-1)!.toLowerCase();
  if (COUNTRIES[last]) {
    countryCode = COUNTRIES[last]!;
    parts.pop();
  }
  const zipIndex = parts.findIndex((part, index) => index > 0 && ZIP.test(part));
  if (zipIndex < 0) return null;
  const zipPart = parts[zipIndex]!;
  const zip = ZIP.exec(zipPart)![1]!.toUpperCase();
  const beside = zipPart.replace(ZIP, "").trim();
  let provinceCode = /^[A-Za-z]{2}$/.test(beside) ? beside.toUpperCase() : null;
  const before = parts.slice(0, zipIndex);
  // A city written with the zip ("Seattle WA 98101") rather than in a part of its own.
  if (beside && !provinceCode) {
    const cityAndState = /^(.*?)\s+([A-Za-z]{2})$/.exec(beside);
    if (cityAndState) {
      before.push(cityAndState[1]!);
      provinceCode = cityAndState[2]!.toUpperCase();
    } else before.push(beside);
  }
  if (!provinceCode && before.length >= 3 && /^[A-Za-z]{2}$/.test(before.at(-1)!)) provinceCode = before.pop()!.toUpperCase();

  const [address1, ...rest] = before;
  if (!address1 || !/\d/.test(address1) || rest.length === 0 || rest.length > 2) return null;
  const city = rest.at(-1)!;
  const address2 = rest.length === 2 ? rest[0]! : null;
  if (/\d{3,}/.test(city)) return null;
  return { address1, address2, city, provinceCode, zip, countryCode };
}

export function formatAddress(address: ParsedAddress): string {
  return [address.address1, address.address2, address.city, [address.provinceCode, address.zip].filter(Boolean).join(" "), address.countryCode]
    .filter(Boolean)
    .join(", ");
}
