/** How many of something a shopper wants: "two", "x3", "3 pairs", "a dozen", "2개", "두 개", "세 켤레". */
export type Quantity = { count: number };

const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12, "a dozen": 12,
};
/** Before a counter ("두 개")… */
const KOREAN_COUNTED: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };
/** …and on their own ("둘이요"); "네" alone is "yes", so only these stand alone. */
const KOREAN_ALONE: Record<string, number> = { 하나: 1, 둘: 2, 셋: 3, 넷: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };

const ENGLISH_NUMBER = `\\d{1,3}|${Object.keys(ENGLISH_NUMBERS).sort((a, b) => b.length - a.length).join("|")}`;
/** Korean counters; not 개월 ("2개월" is two months). */
const COUNTER = "개(?!월)|켤레|벌|장|병|팩|세트|박스|봉지|족";

/**
 * Words ending in s after a number that are not items: measures ("2 weeks", "20 degrees", "3 sizes up") and verbs
 * ("this one looks better").
 */
const NOT_ITEMS =
  "weeks|days|months|years|hours|minutes|mins|times|seasons|people|persons|sizes|degrees|lbs|pounds|ounces|liters|litres|miles|inches|feet|dollars|bucks|points|orders|stars|is|was|has|does|goes|looks|fits|runs|seems|costs|comes|works|ships|takes|makes|gets|needs|wants|keeps";

const PATTERNS: RegExp[] = [
  // "x3", "×2", "qty 2", "quantity: 4"
  /(?:(?<![A-Za-z])x|×|\bqty\.?|\bquantity)\s*:?\s*(\d{1,3})\b/i,
  // "3 pairs", "two of them", "a dozen", "2 more tees"; not "2 weeks"
  new RegExp(`(?<![\\d.$₩,])\\b(${ENGLISH_NUMBER})\\s+(?:(?:pairs?|pieces?|pcs|units?|packs?|sets?|of\\s+(?:them|these|those|it|each))\\b|(?:more\\s+)?(?!(?:${NOT_ITEMS})\\b)[a-z]{2,}s\\b)`, "i"),
  new RegExp(`\\b(a\\s+dozen)\\b`, "i"),
  // "2개", "3 켤레"; "두 개", "세 켤레"
  new RegExp(`(?<![\\d.])(\\d{1,3})\\s*(?:${COUNTER})`),
  new RegExp(`(?<![가-힣])(${Object.keys(KOREAN_COUNTED).join("|")})\\s*(?:${COUNTER})`),
];
/** A message that is only a number: "2", "two", "둘", "two please". */
const WHOLE = new RegExp(`^\\s*(${ENGLISH_NUMBER}|${Object.keys(KOREAN_ALONE).join("|")})\\s*(?:please|pls|요|이요)?\\s*[.!]?\\s*$`, "i");

function count(said: string): number | null {
  const word = said.toLowerCase().replace(/\s+/g, " ");
  const value = /^\d+$/.test(word) ? Number(word) : (ENGLISH_NUMBERS[word] ?? KOREAN_COUNTED[word] ?? KOREAN_ALONE[word] ?? null);
  return value && value > 0 ? value : null;
}

export function quantityIn(text: string): Quantity | null {
  for (const pattern of [WHOLE, ...PATTERNS]) {
    const match = pattern.exec(text);
    const value = match ? count(match[1]!) : null;
    if (value) return { count: value };
  }
  return null;
}
