import type { ProductSummary } from "../../shopify/operations/products";
import type { ProductCard } from "../cards";
import { formatMoney, joinList, say } from "../language";
import type { SkillContext } from "../types";
import type { SkillDefinition } from "./definition";

/** Korean shoppers' words for what a catalog (in English) calls things. */
const KOREAN_TERMS: Record<string, string> = {
  재킷: "jacket", 자켓: "jacket", 점퍼: "jacket", 패딩: "insulated", 바람막이: "windbreaker", 우비: "rain", 비옷: "rain",
  방수: "waterproof", 부츠: "boots", 신발: "boots", 등산화: "hiking boots", 배낭: "backpack", 백팩: "backpack", 가방: "bag",
  양말: "socks", 티셔츠: "tee", 셔츠: "shirt", 모자: "hat", 비니: "beanie", 장갑: "gloves", 커피: "coffee", 선물: "gift",
  등산: "hiking", 캠핑: "camping", 겨울: "winter", 여름: "summer", 따뜻한: "warm", 가벼운: "lightweight", 울: "wool",
};
const STOP = new Set("a an the i im i'm me my for to of in on with and or is are do you have any some something looking want need buy get show recommend suggest good best gift ideas idea please under over below above less more than cheaper cheap price around about what which one ones anything else other another similar like maybe expensive affordable costs cost options option there got can could would should".split(" "));

const CHEAPER = /cheaper|less expensive|lower price|더\s*싼|저렴한|싼\s*거/i;
const MAX_PRICE = /(?:under|below|less than|up to|max(?:imum)?|<)\s*\$?\s*(\d+(?:\.\d+)?)|\$?(\d+(?:\.\d+)?)\s*(?:dollars?)?\s*(?:or less|and under|max)|(\d+(?:\.\d+)?)\s*(만\s*원|원|달러)?\s*(?:이하|미만|까지|안쪽)/i;

/** Turns "a warm jacket under $150" into search terms and a price ceiling, in the shop's currency (10만원 = 100000). */
export function parseProductRequest(message: string) {
  const price = MAX_PRICE.exec(message);
  let maxPrice: number | null = null;
  if (price) {
    const value = Number(price[1] ?? price[2] ?? price[3]);
    maxPrice = price[4]?.startsWith("만") ? value * 10000 : value;
  }
  const words = message.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const terms = words
    .flatMap((word) => KOREAN_TERMS[word] ?? Object.entries(KOREAN_TERMS).find(([ko]) => word.startsWith(ko))?.[1] ?? (/^[a-z]/.test(word) ? word : []))
    .flatMap((term) => term.split(" "))
    .filter((term) => term.length > 2 && !STOP.has(term) && !/^\d/.test(term))
    .map((term) => term.replace(/(?<=[a-z]{3})s$/, ""));
  return { terms: [...new Set(terms)], maxPrice };
}

const minPrice = (p: ProductSummary) => Number(p.priceRangeV2.minVariantPrice.amount);

function relevance(product: ProductSummary, terms: string[]): number {
  const fields = [product.title, product.productType, product.tags.join(" "), product.description].map((f) => f.toLowerCase());
  const weights = [3, 3, 2, 1];
  return terms.reduce((score, term) => score + fields.reduce((s, field, i) => s + (field.includes(term) ? weights[i]! : 0), 0), 0);
}

async function recommend(ctx: SkillContext, terms: string[], maxPrice: number | null) {
  // Ask Shopify for matches, then rank here: the catalog search is broad, the ranking explains itself.
  const query = ["status:active", terms.length ? `(${terms.map((t) => `"${t}"`).join(" OR ")})` : ""].join(" ").trim();
  let products = await ctx.tools.shopify.searchProducts(query, 25);
  if (products.length === 0 && terms.length) products = await ctx.tools.shopify.searchProducts("status:active", 50);
  const ranked = products
    .filter((p) => p.variants.nodes.some((v) => v.availableForSale))
    .map((p) => ({ product: p, score: relevance(p, terms) }))
    .filter((r) => terms.length === 0 || r.score > 0);
  // Keep what is close to the best match at any price, so "cheaper hiking boots" does not drift into gift cards.
  const bestScore = Math.max(0, ...ranked.map((r) => r.score));
  return ranked
    .filter((r) => r.score >= bestScore / 2 && (maxPrice === null || minPrice(r.product) <= maxPrice))
    // Among equally good matches the fuller-featured (pricier) lead; "something cheaper?" then steps down from it.
    .sort((a, b) => b.score - a.score || minPrice(b.product) - minPrice(a.product))
    .slice(0, 4)
    .map((r) => r.product);
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
    // "Cheaper" means cheaper than the top pick shown last time, for the same kind of thing.
    const maxPrice = cheaper && last?.topPickPrice ? last.topPickPrice - 0.01 : (request.maxPrice ?? (request.terms.length ? null : (last?.maxPrice ?? null)));
    const products = await recommend(ctx, terms, maxPrice);
    const remember = {
      lastProductSearch: { terms: terms.join(" "), maxPrice, topPickPrice: products[0] ? minPrice(products[0]) : (last?.topPickPrice ?? null) },
    };
    if (products.length === 0) {
      return {
        outcome: "needs_input",
        text: say(language, {
          en: "I couldn't find anything in stock that fits{budget}. Could you tell me a bit more — what it's for, or a different budget?",
          ko: "조건{budget}에 맞는 재고 상품을 찾지 못했어요. 용도나 예산을 조금 더 알려 주시겠어요?",
        }, { budget: maxPrice ? say(language, { en: " under ${price}", ko: "(${price} 이하)" }, { price: Math.floor(maxPrice) }) : "" }),
        facts: { terms, maxPrice, products: [] },
        remember,
      };
    }
    const card: ProductCard = {
      type: "product",
      products: products.map((p) => {
        const variant = p.variants.nodes.find((v) => v.availableForSale)!;
        return {
          productId: p.id,
          title: p.title,
          price: p.priceRangeV2.minVariantPrice,
          imageUrl: p.featuredMedia?.preview?.image?.url ?? null,
          url: p.onlineStoreUrl,
          available: true,
          actions: [
            { kind: "add_to_cart", label: say(language, { en: "Add to cart", ko: "장바구니 담기" }), variantId: variant.id },
            ...(p.onlineStoreUrl ? [{ kind: "link" as const, label: say(language, { en: "View", ko: "보기" }), url: p.onlineStoreUrl }] : []),
          ],
        };
      }),
    };
    const list = joinList(products.map((p) => `${p.title} (${formatMoney(p.priceRangeV2.minVariantPrice, language)})`), language);
    return {
      outcome: "resolved",
      text: cheaper
        ? say(language, { en: "Here are some more affordable picks: {list}.", ko: "조금 더 저렴한 상품들이에요: {list}." }, { list })
        : say(language, { en: "Here are a few picks for you: {list}.", ko: "이런 상품은 어떠세요: {list}." }, { list }),
      facts: { terms, maxPrice, products: products.map((p) => ({ title: p.title, price: p.priceRangeV2.minVariantPrice, url: p.onlineStoreUrl })) },
      card,
      quickReplies: [say(language, { en: "Something cheaper?", ko: "더 저렴한 건요?" })],
      remember,
    };
  },
};
