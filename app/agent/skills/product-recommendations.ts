import type { ProductSummary } from "../../shopify/operations/products";
import type { CardAction, ProductCard } from "../cards";
import { amountIn, type Amount, type Currency } from "../extractors/amount";
import { colourIn, colourName, optionColour, sameColour, type Colour } from "../extractors/colour";
import { quantityIn } from "../extractors/quantity";
import { sameSize, sizeIn, type Size } from "../extractors/size";
import { formatMoney, joinList, say } from "../language";
import type { Language, SkillContext } from "../types";
import type { SkillDefinition } from "./definition";

/** Korean shoppers' words for what a catalog (in English) calls things. */
const KOREAN_TERMS: Record<string, string> = {
  재킷: "jacket", 자켓: "jacket", 점퍼: "jacket", 패딩: "insulated", 바람막이: "windbreaker", 우비: "rain", 비옷: "rain",
  방수: "waterproof", 부츠: "boots", 신발: "boots", 등산화: "hiking boots", 배낭: "backpack", 백팩: "backpack", 가방: "bag",
  양말: "socks", 티셔츠: "tee", 셔츠: "shirt", 모자: "hat", 비니: "beanie", 장갑: "gloves", 커피: "coffee", 선물: "gift",
  등산: "hiking", 캠핑: "camping", 겨울: "winter", 여름: "summer", 따뜻한: "warm", 가벼운: "lightweight", 울: "wool",
};
const STOP = new Set("a an the i im i'm me my for to of in on with and or is are do you have any some something looking want need buy get show recommend suggest good best gift ideas idea please under over below above less more than cheaper cheap price around about what which one ones anything else other another similar like maybe expensive affordable costs cost options option there got can could would should dollar dollars bucks usd budget pair pairs two three four five six seven eight nine ten dozen size sizes colour color colours colors".split(" "));

const CHEAPER = /cheaper|less expensive|lower price|더\s*싼|저렴한|싼\s*거/i;

/**
 * A budget named in another currency than the shop's is converted at this fixed, approximate rate, and the reply says
 * so (with the rate), so the shopper knows the limit is an estimate. Only currencies amount.ts reads are here.
 */
const KRW_PER_USD = 1350;
const USD_PER_UNIT: Record<Currency, number> = { USD: 1, KRW: 1 / KRW_PER_USD };

type Variant = ProductSummary["variants"]["nodes"][number];
type Wish = { size: Size | null; colour: Colour | null };
type PriceRange = { min: number | null; max: number | null };

/** Turns "two warm black jackets in M under $150" into search terms, a budget, and the size, colour and quantity wanted. */
function parseProductRequest(message: string) {
  const words = message.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const terms = words
    .flatMap((word) => KOREAN_TERMS[word] ?? Object.entries(KOREAN_TERMS).find(([ko]) => word.startsWith(ko))?.[1] ?? (/^[a-z]/.test(word) ? word : []))
    .flatMap((term) => term.split(" "))
    // Sizes and colours choose among a product's variants; as search words they would only blur the match.
    .filter((term) => term.length > 2 && !STOP.has(term) && !/^\d/.test(term) && !sizeIn(term) && !colourIn(term))
    .map((term) => term.replace(/(?<=[a-z]{3})s$/, ""));
  return { terms: [...new Set(terms)], amount: amountIn(message), wish: { size: sizeIn(message), colour: colourIn(message) }, quantity: quantityIn(message)?.count ?? 1 };
}

/**
 * The shopper's price limits in the shop's currency, and what to tell them about it: the conversion with its rate when
 * they named another currency, or that no limit was applied when it cannot be converted.
 */
function budgetIn(amount: Amount, shopCurrency: string, language: Language): { price: PriceRange; note: string | null } {
  const from = amount.currency ?? shopCurrency;
  if (from === shopCurrency) return { price: { min: amount.min, max: amount.max }, note: null };
  const asked = rangeAmounts(amount, from, language);
  const to = USD_PER_UNIT[shopCurrency as Currency];
  if (!to) {
    return {
      price: { min: null, max: null },
      note: say(language, { en: "I can't convert {asked} to the shop's currency ({currency}), so these aren't limited by price.", ko: "{asked}을(를) 상점 통화({currency})로 환산할 수 없어 가격 조건 없이 찾았어요." }, { asked, currency: shopCurrency }),
    };
  }
  const convert = (value: number | null) => (value === null ? null : (value * USD_PER_UNIT[from as Currency]) / to);
  const price = { min: convert(amount.min), max: convert(amount.max) };
  return {
    price,
    note: say(language, {
      en: "I've converted {asked} to {currency}, the shop's currency, at a fixed rate of {rate}: about {converted}.",
      ko: "{asked}을(를) 상점 통화인 {currency}(으)로 고정 환율({rate})에 따라 환산했어요: 약 {converted}.",
    }, {
      asked,
      currency: currencyName(shopCurrency, language),
      rate: `${formatMoney({ amount: "1", currencyCode: "USD" }, language, { whole: true })} = ${formatMoney({ amount: String(KRW_PER_USD), currencyCode: "KRW" }, language)}`,
      converted: rangeAmounts(price, shopCurrency, language, true),
    }),
  };
}

/** "US dollars", "미국 달러": how the shopper's language names a currency in a sentence. */
function currencyName(currencyCode: string, language: Language): string {
  const parts = new Intl.NumberFormat(language, { style: "currency", currency: currencyCode, currencyDisplay: "name" }).formatToParts(2);
  return parts.find((part) => part.type === "currency")?.value ?? currencyCode;
}

/** "₩200,000", "₩30,000–₩50,000": the range's amounts in the given currency. */
function rangeAmounts(range: PriceRange, currencyCode: string, language: Language, whole = false): string {
  return [range.min, range.max].flatMap((value) => (value === null ? [] : [formatMoney({ amount: String(value), currencyCode }, language, { whole })])).join("–");
}

/** "under $50", "over ₩30,000", "$30–$60". */
function describeRange(range: PriceRange, currencyCode: string, language: Language, whole = false): string {
  const amounts = rangeAmounts(range, currencyCode, language, whole);
  if (range.min !== null && range.max !== null) return amounts;
  return say(language, range.max !== null ? { en: "under {price}", ko: "{price} 이하" } : { en: "over {price}", ko: "{price} 이상" }, { price: amounts });
}

const minPrice = (p: ProductSummary) => Number(p.priceRangeV2.minVariantPrice.amount);
const optionValues = (variant: Variant) => variant.title.split(/\s*\/\s*/);
const comesInSizes = (variants: Variant[]) => variants.some((v) => optionValues(v).some((value) => sizeIn(value) !== null));
const comesInColours = (variants: Variant[]) => variants.some((v) => optionValues(v).some((value) => optionColour(value) !== null));

/** The in-stock variants the shopper's size and colour allow; a product that comes in no sizes (or colours) is not ruled out by one. */
function variantsFitting(product: ProductSummary, wish: Wish): Variant[] {
  const all = product.variants.nodes;
  const { size, colour } = wish;
  return all.filter(
    (variant) =>
      variant.availableForSale &&
      (!size || !comesInSizes(all) || optionValues(variant).some((value) => sameSize(size, value))) &&
      (!colour || !comesInColours(all) || optionValues(variant).some((value) => sameColour(colour, value))),
  );
}

function relevance(product: ProductSummary, terms: string[]): number {
  const fields = [product.title, product.productType, product.tags.join(" "), product.description].map((f) => f.toLowerCase());
  const weights = [3, 3, 2, 1];
  return terms.reduce((score, term) => score + fields.reduce((s, field, i) => s + (field.includes(term) ? weights[i]! : 0), 0), 0);
}

/** Asks Shopify for matches; the catalog search is broad, the ranking (pick) explains itself. */
async function searchCatalog(ctx: SkillContext, terms: string[]): Promise<ProductSummary[]> {
  const query = ["status:active", terms.length ? `(${terms.map((t) => `"${t}"`).join(" OR ")})` : ""].join(" ").trim();
  const products = await ctx.tools.shopify.searchProducts(query, 25);
  return products.length === 0 && terms.length ? ctx.tools.shopify.searchProducts("status:active", 50) : products;
}

function pick(products: ProductSummary[], terms: string[], price: PriceRange, wish: Wish) {
  const ranked = products
    .map((product) => ({ product, variants: variantsFitting(product, wish), score: relevance(product, terms) }))
    .filter((r) => r.variants.length > 0 && (terms.length === 0 || r.score > 0));
  // Keep what is close to the best match at any price, so "cheaper hiking boots" does not drift into gift cards.
  const bestScore = Math.max(0, ...ranked.map((r) => r.score));
  return ranked
    .filter((r) => r.score >= bestScore / 2 && (price.max === null || minPrice(r.product) <= price.max) && (price.min === null || minPrice(r.product) >= price.min))
    // Among equally good matches the fuller-featured (pricier) lead; "something cheaper?" then steps down from it.
    .sort((a, b) => b.score - a.score || minPrice(b.product) - minPrice(a.product))
    .slice(0, 4);
}

/** "Choose a size and colour": what the variants differ in, as far as the size and colour extractors can tell. */
function choosePrompt(variants: Variant[], language: Language): string {
  const differ = (read: (value: string) => string | null) => new Set(variants.flatMap((v) => optionValues(v).flatMap((value) => read(value) ?? []))).size > 1;
  const sizes = differ((value) => sizeIn(value)?.value ?? null);
  const colours = differ((value) => optionColour(value)?.name ?? null);
  if (sizes && colours) return say(language, { en: "Choose a size and colour", ko: "사이즈와 색상을 선택해 주세요" });
  if (sizes) return say(language, { en: "Choose a size", ko: "사이즈를 선택해 주세요" });
  if (colours) return say(language, { en: "Choose a colour", ko: "색상을 선택해 주세요" });
  return say(language, { en: "Choose an option", ko: "옵션을 선택해 주세요" });
}

/** Shopify's title for the one variant of a product without options. */
const ONLY_VARIANT = "Default Title";

/**
 * One fitting variant is added as it is (its title on the button when the product has others); several are shown for
 * the shopper to choose from, never the first taken for them.
 */
function addToCartAction(variants: Variant[], quantity: number, language: Language): CardAction {
  const add = quantity > 1 ? say(language, { en: "Add {n} to cart", ko: "{n}개 장바구니 담기" }, { n: quantity }) : say(language, { en: "Add to cart", ko: "장바구니 담기" });
  const amount = quantity > 1 ? { quantity } : {};
  const [only, ...others] = variants;
  if (others.length === 0) return { kind: "add_to_cart", label: only!.title === ONLY_VARIANT ? add : `${add} (${only!.title})`, variantId: only!.id, ...amount };
  return { kind: "choose_variant", label: add, prompt: choosePrompt(variants, language), variants: variants.map((v) => ({ variantId: v.id, title: v.title })), ...amount };
}

export const productRecommendations: SkillDefinition = {
  id: "product_recommendations",
  name: "Product recommendations",
  overview: "Suggests products from your catalog that fit what the shopper describes, with product cards.",
  whenUsed: "A shopper asks what to buy, for gift ideas, for something matching a need, a category or a budget, or for something cheaper.",
  howItResponds:
    "Searches your Shopify catalog by need, category and price, shows up to four available products with image, price and add-to-cart, and refines the picks on follow-ups such as \"something cheaper?\".",
  shopperTopic: { en: "Finding a product", ko: "상품 추천" },
  tools: ["shopify.searchProducts"],
  needsLogin: "no",
  prerequisites: [],
  async handle(ctx) {
    const { language } = ctx;
    const request = parseProductRequest(ctx.message);
    const last = ctx.state.lastProductSearch;
    const cheaper = CHEAPER.test(ctx.message) && last !== null;
    const terms = request.terms.length || !last ? request.terms : last.terms.split(" ").filter(Boolean);
    const found = await searchCatalog(ctx, terms);
    // Prices are compared in the shop's currency, the one its products are priced in.
    const shopCurrency = found[0]?.priceRangeV2.minVariantPrice.currencyCode ?? null;
    const budget = request.amount && shopCurrency ? budgetIn(request.amount, shopCurrency, language) : null;
    // "Cheaper" means cheaper than the top pick shown last time, for the same kind of thing.
    const price: PriceRange = cheaper && last?.topPickPrice
      ? { min: null, max: last.topPickPrice - 0.01 }
      : (budget?.price ?? { min: null, max: request.terms.length ? null : (last?.maxPrice ?? null) });
    const picks = pick(found, terms, price, request.wish);
    const products = picks.map((p) => p.product);
    const remember = {
      lastProductSearch: { terms: terms.join(" "), maxPrice: price.max, topPickPrice: products[0] ? minPrice(products[0]) : (last?.topPickPrice ?? null) },
    };
    const limits = shopCurrency && (price.min !== null || price.max !== null) ? describeRange(price, shopCurrency, language, true) : null;
    const facts = { terms, priceLimit: limits, budgetNote: budget?.note ?? null, maxPrice: price.max, size: request.wish.size?.value ?? null, colour: request.wish.colour?.name ?? null, quantity: request.quantity };
    const withBudgetNote = (text: string) => (budget?.note ? `${text}\n\n${budget.note}` : text);
    if (products.length === 0) {
      // Say what was asked for, so the shopper sees which of it to loosen.
      const { size, colour } = request.wish;
      const asked = [
        colour && say(language, { en: "in {colour}", ko: "{colour}" }, { colour: colourName(colour, language) }),
        size && say(language, { en: "in size {size}", ko: "{size} 사이즈" }, { size: size.value }),
        limits,
      ].filter((condition): condition is string => Boolean(condition));
      return {
        outcome: "needs_input",
        text: withBudgetNote(say(language, {
          en: "I couldn't find anything in stock{conditions}. Could you tell me a bit more — what it's for, or a different budget?",
          ko: "{conditions}조건에 맞는 재고 상품을 찾지 못했어요. 용도나 예산을 조금 더 알려 주시겠어요?",
        }, { conditions: asked.length ? say(language, { en: " {list}", ko: "({list}) " }, { list: joinList(asked, language) }) : "" })),
        facts: { ...facts, products: [] },
        remember,
      };
    }
    const card: ProductCard = {
      type: "product",
      products: picks.map(({ product: p, variants }) => ({
        productId: p.id,
        title: p.title,
        price: p.priceRangeV2.minVariantPrice,
        imageUrl: p.featuredMedia?.preview?.image?.url ?? null,
        url: p.onlineStoreUrl,
        available: true,
        actions: [
          addToCartAction(variants, request.quantity, language),
          ...(p.onlineStoreUrl ? [{ kind: "link" as const, label: say(language, { en: "View", ko: "보기" }), url: p.onlineStoreUrl }] : []),
        ],
      })),
    };
    const list = joinList(products.map((p) => `${p.title} (${formatMoney(p.priceRangeV2.minVariantPrice, language)})`), language);
    return {
      outcome: "resolved",
      text: withBudgetNote(cheaper
        ? say(language, { en: "Here are some more affordable picks: {list}.", ko: "조금 더 저렴한 상품들이에요: {list}." }, { list })
        : say(language, { en: "Here are a few picks for you: {list}.", ko: "이런 상품은 어떠세요: {list}." }, { list })),
      facts: { ...facts, products: products.map((p) => ({ title: p.title, price: p.priceRangeV2.minVariantPrice, url: p.onlineStoreUrl })) },
      card,
      quickReplies: [say(language, { en: "Something cheaper?", ko: "더 저렴한 건요?" })],
      remember,
    };
  },
};
