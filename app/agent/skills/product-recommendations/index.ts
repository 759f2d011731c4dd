import type { ProductSummary } from "../../../shopify/operations/products";
import type { CardAction, ProductCard } from "../../cards";
import { amountIn, type Amount, type Currency } from "../../extractors/amount";
import { colourIn, colourName, optionColour } from "../../extractors/colour";
import { quantityIn } from "../../extractors/quantity";
import { sizeIn } from "../../extractors/size";
import { formatMoney, joinList, say } from "../../language";
import type { Language, SkillContext } from "../../types";
import type { SkillDefinition } from "../definition";
import { asksForKids, catalogWords, matchProducts, minPrice, optionValues, searchTerms, type Candidate, type PriceRange, type Wish } from "./product-match";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

const CHEAPER = /cheaper|less expensive|lower price|더\s*싼|저렴한|싼\s*거/i;

/**
 * A budget named in another currency than the shop's is converted at this fixed, approximate rate, and the reply says
 * so (with the rate), so the shopper knows the limit is an estimate. Only currencies amount.ts reads are here.
 */
const KRW_PER_USD = 1350;
const USD_PER_UNIT: Record<Currency, number> = { USD: 1, KRW: 1 / KRW_PER_USD };

type Variant = ProductSummary["variants"]["nodes"][number];

/** Turns "two warm black jackets in M under $150" into search terms, a budget, and the size, colour and quantity wanted. */
function parseProductRequest(message: string) {
  const wish: Wish = { size: sizeIn(message), colour: colourIn(message) };
  return { terms: searchTerms(message), amount: amountIn(message), wish, quantity: quantityIn(message)?.count ?? 1 };
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

/** Asks Shopify for matches; the catalog search is broad, the ranking (matchProducts) explains itself. */
async function searchCatalog(ctx: SkillContext, terms: string[]): Promise<ProductSummary[]> {
  const words = catalogWords(terms);
  const query = ["status:active", words.length ? `(${words.map((t) => `"${t}"`).join(" OR ")})` : ""].join(" ").trim();
  const products = await ctx.tools.shopify.searchProducts(query, 25);
  return products.length === 0 && terms.length ? ctx.tools.shopify.searchProducts("status:active", 50) : products;
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
  name: ROUTE_LABEL_NAMES.product_recommendations.en,
  overview: "Suggests products from your catalog that fit what the shopper describes, with product cards.",
  whenUsed: "A shopper asks what to buy, for gift ideas, for something matching a need, a category or a budget, or for something cheaper.",
  howItResponds:
    "Searches your Shopify catalog by need, category and price, shows up to four available products of the kind asked for with image, price and add-to-cart, says when what was asked for is sold out (offering other products only as alternatives), and refines the picks on follow-ups such as \"something cheaper?\".",
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
    // "Cheaper" means cheaper than everything shown last time, for the same kind of thing.
    const price: PriceRange = cheaper && last?.lowestPriceShown
      ? { min: null, max: last.lowestPriceShown - 0.01 }
      : (budget?.price ?? { min: null, max: request.terms.length ? null : (last?.maxPrice ?? null) });
    // A follow-up keeps who the products are for: "something cheaper?" after "a rain jacket for my son".
    const forKids = asksForKids(`${ctx.message} ${terms.join(" ")}`);
    const { picks, soldOut, alternatives } = matchProducts(found, { terms, wish: request.wish, forKids }, price);
    const shown = [...picks, ...alternatives].map((c) => minPrice(c.product));
    const remember = {
      lastProductSearch: { terms: terms.join(" "), maxPrice: price.max, lowestPriceShown: shown.length ? Math.min(...shown) : (last?.lowestPriceShown ?? null) },
    };
    const limits = shopCurrency && (price.min !== null || price.max !== null) ? describeRange(price, shopCurrency, language, true) : null;
    const facts = { terms, priceLimit: limits, budgetNote: budget?.note ?? null, maxPrice: price.max, size: request.wish.size?.value ?? null, colour: request.wish.colour?.name ?? null, quantity: request.quantity };
    const withBudgetNote = (text: string) => (budget?.note ? `${text}\n\n${budget.note}` : text);
    const card = (candidates: Candidate[]): ProductCard => ({ type: "product", products: candidates.map((c) => productCardItem(c, request.quantity, language)) });

    if (soldOut.length > 0) {
      return {
        outcome: "resolved",
        text: withBudgetNote(soldOutText(soldOut, alternatives, request.wish, language)),
        facts: { ...facts, soldOut: soldOut.map(productFact), alternatives: alternatives.map(productFact) },
        card: card([...alternatives, ...soldOut]),
        remember,
      };
    }
    if (picks.length === 0) {
      // Say what was asked for, so the shopper sees which of it to loosen.
      const asked = [...wishWords(request.wish, language), ...(limits ? [limits] : [])];
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
    const list = productList(picks, language);
    return {
      outcome: "resolved",
      text: withBudgetNote(cheaper
        ? say(language, { en: "Here are some more affordable picks: {list}.", ko: "조금 더 저렴한 상품들이에요: {list}." }, { list })
        : say(language, { en: "Here are a few picks for you: {list}.", ko: "이런 상품은 어떠세요: {list}." }, { list })),
      facts: { ...facts, products: picks.map(productFact) },
      card: card(picks),
      quickReplies: [say(language, { en: "Something cheaper?", ko: "더 저렴한 건요?" })],
      remember,
    };
  },
};

/** Sold out is said as such; anything else is offered only as an alternative to it. */
function soldOutText(soldOut: Candidate[], alternatives: Candidate[], wish: Wish, language: Language): string {
  const conditions = wishWords(wish, language);
  const said = say(language, { en: "Sold out right now{conditions}: {list}.", ko: "{conditions}현재 품절이에요: {list}." }, {
    list: productList(soldOut, language),
    conditions: conditions.length ? say(language, { en: " {list}", ko: "{list} " }, { list: joinList(conditions, language) }) : "",
  });
  if (alternatives.length === 0) return said;
  return `${said}\n\n${say(language, { en: "You could look at these instead: {list}.", ko: "대신 이런 상품은 어떠세요: {list}." }, { list: productList(alternatives, language) })}`;
}

/** "Summit Down Parka ($329.00) and Trailhead Fleece Jacket ($98.00)". */
const productList = (candidates: Candidate[], language: Language) =>
  joinList(candidates.map(({ product: p }) => `${p.title} (${formatMoney(p.priceRangeV2.minVariantPrice, language)})`), language);

/** "in black", "in size M": the shopper's size and colour, as the reply repeats them. */
function wishWords({ size, colour }: Wish, language: Language): string[] {
  return [
    colour && say(language, { en: "in {colour}", ko: "{colour}" }, { colour: colourName(colour, language) }),
    size && say(language, { en: "in size {size}", ko: "{size} 사이즈" }, { size: size.value }),
  ].filter((condition): condition is string => Boolean(condition));
}

const productFact = ({ product: p, inStock }: Candidate) => ({ title: p.title, price: p.priceRangeV2.minVariantPrice, url: p.onlineStoreUrl, inStock: inStock.length > 0 });

/** A product on the card: addable when a fitting variant is in stock, otherwise shown sold out with only its page. */
function productCardItem({ product: p, inStock }: Candidate, quantity: number, language: Language): ProductCard["products"][number] {
  return {
    productId: p.id,
    title: p.title,
    price: p.priceRangeV2.minVariantPrice,
    imageUrl: p.featuredMedia?.preview?.image?.url ?? null,
    url: p.onlineStoreUrl,
    available: inStock.length > 0,
    actions: [
      ...(inStock.length > 0 ? [addToCartAction(inStock, quantity, language)] : []),
      ...(p.onlineStoreUrl ? [{ kind: "link" as const, label: say(language, { en: "View", ko: "보기" }), url: p.onlineStoreUrl }] : []),
    ],
  };
}
