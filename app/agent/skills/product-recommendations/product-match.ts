import type { ProductSummary } from "../../../shopify/operations/products";
import { colourIn, optionColour, sameColour, type Colour } from "../../extractors/colour";
import { sameSize, sizeIn, type Size } from "../../extractors/size";

/**
 * Which catalog products answer a shopper's request. A product must be the kind of thing asked for — "a warm jacket
 * for winter" wants jackets, not warm socks — and the request's other words rank products of that kind.
 */

/** Korean shoppers' words for what a catalog (in English) calls things. */
const KOREAN_TERMS: Record<string, string> = {
  재킷: "jacket", 자켓: "jacket", 점퍼: "jacket", 패딩: "insulated", 바람막이: "windbreaker", 우비: "rain", 비옷: "rain",
  방수: "waterproof", 부츠: "boots", 신발: "boots", 등산화: "hiking boots", 배낭: "backpack", 백팩: "backpack", 가방: "bag",
  양말: "socks", 티셔츠: "tee", 셔츠: "shirt", 모자: "hat", 비니: "beanie", 장갑: "gloves", 커피: "coffee", 선물: "gift",
  등산: "hiking", 산행: "hiking", 캠핑: "camping", 겨울: "winter", 여름: "summer", 따뜻한: "warm", 가벼운: "lightweight", 울: "wool",
  헤드랜턴: "headlamp", 헤드램프: "headlamp", 해먹: "hammock", 등산스틱: "trekking poles", 트레킹폴: "trekking poles",
  침낭: "sleeping bag", 물병: "bottle", 텀블러: "bottle", 머그: "mug", 반바지: "shorts", 바지: "pants", 후드: "hoodie",
  슬리퍼: "slipper", 상품권: "gift card", 기프트카드: "gift card", 원두: "coffee", 운동화: "shoes", 플리스: "fleece", 다운: "down",
  어린이: "kids", 아동: "kids", 키즈: "kids", 아들: "son", 당일: "day",
};
const STOP = new Set("a an the i im i'm me my for to of in on with and or is are do you have any some something looking want need buy get show recommend suggest good best gift ideas idea please under over below above less more than cheaper cheap price around about what which one ones anything else other another similar like maybe expensive affordable costs cost options option there got can could would should dollar dollars bucks usd budget pair pairs two three four five six seven eight nine ten dozen size sizes colour color colours colors sell carry stock".split(" "));
/** Words for a kind of product that catalogs name otherwise: a shopper's "hat" is a shop's cap or beanie. */
const KIND_SYNONYMS: Record<string, string[]> = { hat: ["cap", "beanie"], coat: ["jacket"], sneaker: ["shoe"], trainer: ["shoe"] };
/** A request for children, for whom the kids' products are meant (and only for whom). */
const FOR_KIDS = /\b(?:kids?|child(?:ren)?|toddlers?|son|daughter|boys?|girls?|youth)\b|아이|어린이|아동|키즈|아들|딸/i;

type Variant = ProductSummary["variants"]["nodes"][number];
export type Wish = { size: Size | null; colour: Colour | null };
export type PriceRange = { min: number | null; max: number | null };
/** A product that answers the request, with its variants that fit the wished size and colour (in stock or not). */
export type Candidate = { product: ProductSummary; fitting: Variant[]; inStock: Variant[]; score: number };

const singular = (word: string) => word.replace(/(?<=[a-z]{3})s$/, "");
export const minPrice = (p: ProductSummary) => Number(p.priceRangeV2.minVariantPrice.amount);
export const optionValues = (variant: Variant) => variant.title.split(/\s*\/\s*/);

/** Turns "two warm black jackets for my son" into search terms; sizes and colours are read by their own extractors. */
export function searchTerms(message: string): string[] {
  const words = message.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const terms = words
    .flatMap((word) => KOREAN_TERMS[word] ?? Object.entries(KOREAN_TERMS).find(([ko]) => word.startsWith(ko))?.[1] ?? (/^[a-z]/.test(word) ? word : []))
    .flatMap((term) => term.split(" "))
    // Sizes and colours choose among a product's variants; as search words they would only blur the match.
    .filter((term) => term.length > 2 && !STOP.has(term) && !/^\d/.test(term) && !sizeIn(term) && !colourIn(term))
    .map(singular);
  return [...new Set(terms)];
}

/** "hiking" also finds "hiker" and "hikes", "camping" finds "camp". */
const stem = (term: string) => term.replace(/(?<=[a-z]{3})ing$/, "");
/** A kind the shopper names, with the catalog's other words for it. */
const kindWords = (term: string) => [term, ...(KIND_SYNONYMS[term] ?? [])];

/** The words to search the catalog for: the terms, their stems and the other words for the kinds they name. */
export const catalogWords = (terms: string[]) => [...new Set(terms.flatMap((term) => [...kindWords(term), stem(term)]))];

export const asksForKids = (message: string) => FOR_KIDS.test(message);

/**
 * What a product is: its type's words and the last word of its title, past sizes, measures and model codes
 * ("Carbon Trekking Poles" is poles, "Roll-Top Commuter Pack 20L" a pack, "Trail Runner GTX" a runner).
 */
function kindsOf(product: ProductSummary): Set<string> {
  const titleWords = product.title
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter((word) => /^[\p{L}'-]+$/u.test(word) && !/^\d|^[A-Z]{2,}$/.test(word) && !/^(?:ml|oz|l|lb|g|kg)$/i.test(word));
  const head = titleWords.at(-1)?.toLowerCase().replace(/[^a-z]/g, "");
  const typeWords = product.productType.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  return new Set([...typeWords, ...(head ? [head] : [])].map(singular));
}

const isForKids = (product: ProductSummary) => product.tags.some((tag) => /^kids?$/i.test(tag)) || /\bkids?\b/i.test(product.title);

/** How well a product's title, type, tags and description match the words. */
function relevance(product: ProductSummary, terms: string[]): number {
  const fields = [product.title, product.productType, product.tags.join(" "), product.description].map((f) => f.toLowerCase());
  const weights = [3, 3, 2, 1];
  return terms.map(stem).reduce((score, word) => score + fields.reduce((s, field, i) => s + (field.includes(word) ? weights[i]! : 0), 0), 0);
}

const comesInSizes = (variants: Variant[]) => variants.some((v) => optionValues(v).some((value) => sizeIn(value) !== null));
const comesInColours = (variants: Variant[]) => variants.some((v) => optionValues(v).some((value) => optionColour(value) !== null));

/** The variants the shopper's size and colour allow; a product that comes in no sizes (or colours) is not ruled out by one. */
function variantsFitting(product: ProductSummary, wish: Wish): Variant[] {
  const all = product.variants.nodes;
  const { size, colour } = wish;
  return all.filter(
    (variant) =>
      (!size || !comesInSizes(all) || optionValues(variant).some((value) => sameSize(size, value))) &&
      (!colour || !comesInColours(all) || optionValues(variant).some((value) => sameColour(colour, value))),
  );
}

const withinPrice = (product: ProductSummary, price: PriceRange) =>
  (price.max === null || minPrice(product) <= price.max) && (price.min === null || minPrice(product) >= price.min);

/**
 * The picks (in stock, of the kind asked for, ranked by the request's other words), the products of that kind that
 * are sold out in the wished size and colour, and — when only sold-out ones are of that kind — what else the
 * request's other words find, to offer as alternatives.
 */
export function matchProducts(products: ProductSummary[], request: { terms: string[]; wish: Wish; forKids: boolean }, price: PriceRange) {
  const { terms, wish, forKids } = request;
  const candidates = products
    .filter((product) => forKids || !isForKids(product))
    .map((product) => {
      const fitting = variantsFitting(product, wish);
      return { product, kinds: kindsOf(product), fitting, inStock: fitting.filter((v) => v.availableForSale) };
    })
    .filter((c) => c.fitting.length > 0);
  // The kind is read at any price, so "a jacket under $50" finds no jacket rather than whatever mentions one.
  const isOfKind = (kinds: Set<string>, term: string) => kindWords(term).some((word) => kinds.has(word));
  const kindTerms = terms.filter((term) => candidates.some((c) => isOfKind(c.kinds, term)));
  const otherTerms = terms.filter((term) => !kindTerms.includes(term));
  const scored = candidates
    .filter((c) => withinPrice(c.product, price))
    .map((c) => ({ ...c, ofKind: kindTerms.some((term) => isOfKind(c.kinds, term)), score: relevance(c.product, kindTerms.length ? otherTerms : terms) }));
  // Without a kind named, the request's words alone decide what is relevant at all.
  const relevant = scored.filter((c) => (kindTerms.length ? c.ofKind : terms.length === 0 || c.score > 0));
  const picks = bestOf(relevant.filter((c) => c.inStock.length > 0));
  const soldOut = picks.length === 0 ? relevant.filter((c) => c.inStock.length === 0) : [];
  const alternatives = soldOut.length > 0 ? bestOf(scored.filter((c) => !c.ofKind && c.inStock.length > 0 && c.score > 0)) : [];
  return { picks, soldOut: bestOf(soldOut), alternatives };
}

/** The closest matches, best first: among equally good ones the fuller-featured (pricier) lead. */
function bestOf<T extends Candidate>(ranked: T[]): T[] {
  const best = Math.max(0, ...ranked.map((r) => r.score));
  return ranked
    .filter((r) => r.score >= best / 2)
    .sort((a, b) => b.score - a.score || minPrice(b.product) - minPrice(a.product))
    .slice(0, 4);
}
