import { gid } from "../gid";
import type { Image, Product, ProductVariant } from "../model";
import { CATALOG, DEFAULT_VENDOR, type ProductSpec } from "./catalog";
import { decimal, money } from "./money";
import { daysBefore, type SeedOptions } from "./time";

export const productImageUrl = (baseUrl: string, handle: string) => `${baseUrl}/demo/images/${handle}.svg`;

/** SKU part for an option value: "Glacier Blue" → "GB", "Spruce" → "SPR", "Every 2 weeks" → "E2W". */
function valueCode(value: string): string {
  const words = value.split(/\s+/).map((word) => word.replace(/[^A-Za-z0-9]/g, "")).filter(Boolean);
  return (words.length > 1 ? words.map((word) => (/^\d+$/.test(word) ? word : word[0])).join("") : (words[0] ?? "").slice(0, 3)).toUpperCase();
}

function combinations(options: { values: string[] }[]): string[][] {
  return options.reduce<string[][]>((rows, option) => rows.flatMap((row) => option.values.map((value) => [...row, value])), [[]]);
}

/** In stock or not is stated per product; how many is a deterministic spread so totals look lived-in. */
function stock(spec: ProductSpec, productIndex: number, variantIndex: number, title: string): number {
  if (spec.soldOut?.includes("*") || spec.soldOut?.includes(title)) return 0;
  return 3 + ((productIndex * 7 + variantIndex * 5) % 17);
}

function buildVariants(spec: ProductSpec, product: Product, productIndex: number, createdAt: string): ProductVariant[] {
  const options = spec.options ?? [{ name: "Title", values: ["Default Title"] }];
  const skuBase = `AG-${spec.handle.split("-").map((word) => word[0]!.toUpperCase()).join("").slice(0, 4)}`;
  const untracked = Boolean(spec.giftCard || spec.subscription);
  return combinations(options).map((values, index) => {
    const title = values.join(" / ");
    const price = values.map((value) => spec.priceByValue?.[value]).find((p) => p !== undefined) ?? spec.price;
    return {
      __typename: "ProductVariant",
      id: gid("ProductVariant", 41000 + productIndex * 20 + index),
      title,
      displayName: `${spec.title} - ${title}`,
      sku: spec.options ? `${skuBase}-${values.map(valueCode).join("-")}` : skuBase,
      price: decimal(price),
      compareAtPrice: spec.compareAtPrice === undefined ? null : decimal(spec.compareAtPrice),
      position: index + 1,
      inventoryQuantity: untracked ? 0 : stock(spec, productIndex, index, title),
      // Gift cards and roast-to-order coffee never run out.
      inventoryPolicy: untracked ? "CONTINUE" : "DENY",
      selectedOptions: options.map((option, i) => ({ name: option.name, value: values[i]! })),
      taxable: !spec.giftCard,
      createdAt,
      updatedAt: createdAt,
      product,
      get availableForSale() {
        return this.product.status === "ACTIVE" && (this.inventoryPolicy === "CONTINUE" || this.inventoryQuantity > 0);
      },
      get sellableOnlineQuantity() {
        return Math.max(0, this.inventoryQuantity);
      },
    };
  });
}

function buildProduct(spec: ProductSpec, index: number, { baseUrl, now }: SeedOptions): Product {
  const createdAt = daysBefore(now, 420 - index * 9);
  const active = !spec.status;
  const image: Image = { __typename: "Image", url: productImageUrl(baseUrl, spec.handle), altText: spec.title, width: 800, height: 800 };
  const product: Product = {
    __typename: "Product",
    id: gid("Product", 7001 + index),
    title: spec.title,
    handle: spec.handle,
    description: spec.description,
    descriptionHtml: `<p>${spec.description}</p>`,
    productType: spec.productType,
    vendor: spec.vendor ?? DEFAULT_VENDOR,
    tags: spec.tags,
    status: spec.status ?? "ACTIVE",
    isGiftCard: Boolean(spec.giftCard),
    tracksInventory: !(spec.giftCard || spec.subscription),
    requiresSellingPlan: Boolean(spec.subscription),
    createdAt,
    updatedAt: daysBefore(now, 20 + (index % 11)),
    publishedAt: active ? createdAt : null,
    onlineStoreUrl: active ? `${baseUrl}/demo/storefront/products/${spec.handle}` : null,
    featuredMedia: {
      __typename: "MediaImage",
      id: gid("MediaImage", 30001 + index),
      alt: spec.title,
      mediaContentType: "IMAGE",
      status: "READY",
      image,
      preview: { image, status: "READY" },
    },
    options: (spec.options ?? [{ name: "Title", values: ["Default Title"] }]).map((option, i) => ({
      __typename: "ProductOption",
      id: gid("ProductOption", 52000 + index * 5 + i),
      name: option.name,
      position: i + 1,
      values: option.values,
    })),
    variants: [],
    get hasOnlyDefaultVariant() {
      return !spec.options;
    },
    get hasOutOfStockVariants() {
      return this.variants.some((variant) => !variant.availableForSale);
    },
    get totalInventory() {
      return this.tracksInventory ? this.variants.reduce((sum, variant) => sum + variant.inventoryQuantity, 0) : 0;
    },
    get priceRangeV2() {
      const prices = this.variants.map((variant) => Number(variant.price));
      return { minVariantPrice: money(Math.min(...prices)), maxVariantPrice: money(Math.max(...prices)) };
    },
  };
  product.variants = buildVariants(spec, product, index, createdAt);
  return product;
}

export function buildProducts(options: SeedOptions): Product[] {
  return CATALOG.map((spec, index) => buildProduct(spec, index, options));
}
