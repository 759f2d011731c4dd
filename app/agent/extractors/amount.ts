/**
 * A price limit a shopper gives: "under $50", "less than 50 bucks", "$30-$60", "below 100 dollars", "5만원 이하",
 * "3만 원 미만", "over $100". The bounds are inclusive — a shop's "gifts under $50" include the $50 ones. A bare
 * amount with no bound ("a $40 gift") is not a limit, and a number that measures something else ("under 5 lbs",
 * "20도 이하") is not money.
 */
export type Currency = "USD" | "KRW";
/** `currency` is null when none was named ("under 50"): the shop's own is meant. */
export type Amount = { currency: Currency | null; min: number | null; max: number | null };

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** One amount: "$50", "USD 50", "50 dollars", "50 bucks", "50불", "₩200,000", "200,000원", "20만원", "3만 원", "1만5천원", "50". */
const MONEY = new RegExp(
  [
    String.raw`(?:US\$|\$|USD\s?)\s*(?<usd>${NUMBER})(?:\s*(?:dollars?|bucks|usd)\b)?`,
    String.raw`₩\s*(?<won>${NUMBER})`,
    String.raw`(?<man>${NUMBER})\s*만(?:\s*(?<cheon>\d)\s*천)?(?:\s*원)?`,
    String.raw`(?<thousandWon>${NUMBER})\s*천\s*원`,
    String.raw`(?<![#\w.,$₩])(?<plain>${NUMBER})(?:\s*(?<unit>dollars?\b|bucks\b|usd\b|달러|불(?![가-힣])|원|won\b|krw\b))?`,
  ].join("|"),
  "gi",
);
/** Numbers that measure something else: "under 5 lbs", "below 20 degrees", "5일 이하". */
const MEASURE_AFTER = /^\s*(?:°|%|lbs?\b|pounds?\b|oz\b|ounces?\b|kg\b|kilos?\b|g\b|grams?\b|l\b|lit(?:er|re)s?\b|ml\b|degrees?\b|miles?\b|mi\b|km\b|inch(?:es)?\b|in\b|cm\b|mm\b|ft\b|feet\b|foot\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|min(?:ute)?s?\b|people\b|persons?\b|pairs?\b|pieces?\b|도|킬로|키로|리터|개월|년|주|일|시간|분|명|인용|미터|센티|그램|개|켤레|벌|살|사이즈)/i;

const MAX_BEFORE = /(?:under|below|less\s+than|cheaper\s+than|up\s+to|no\s+more\s+than|not\s+more\s+than|max(?:imum)?(?:\s+of)?|at\s+most|within|budget(?:\s+(?:is|of))?|spend|<=?|≤)\s*:?\s*$/i;
const MAX_AFTER = /^\s*(?:or\s+(?:less|under|below|cheaper)|and\s+(?:under|below|less)|max(?:imum)?\b|tops\b|at\s+most|이하|미만|까지|아래|안쪽|이내|안으로|내로|내에서)/i;
const MIN_BEFORE = /(?:over|above|more\s+than|at\s+least|starting\s+at|>=?|≥)\s*:?\s*$/i;
const MIN_AFTER = /^\s*(?:or\s+more|and\s+(?:up|over|above)|plus\b|\+|이상|초과|넘는|넘게)/i;
/** Between two amounts: "$30-$60", "30 to 60 dollars", "between 30 and 60", "3만~5만원", "3만원에서 5만원 사이". */
const RANGE_JOIN = /^\s*(?:-|–|—|~|to|and|에서)\s*$/i;

type Said = { value: number; currency: Currency | null; start: number; end: number };

const toNumber = (text: string) => Number(text.replace(/,/g, ""));

function said(match: RegExpMatchArray): Said | null {
  const g = match.groups!;
  const at = { start: match.index!, end: match.index! + match[0].length };
  if (g.usd) return { value: toNumber(g.usd), currency: "USD", ...at };
  if (g.won) return { value: toNumber(g.won), currency: "KRW", ...at };
  if (g.man) return { value: toNumber(g.man) * 10_000 + Number(g.cheon ?? 0) * 1_000, currency: "KRW", ...at };
  if (g.thousandWon) return { value: toNumber(g.thousandWon) * 1_000, currency: "KRW", ...at };
  const unit = g.unit?.toLowerCase();
  const currency = !unit ? null : /^(?:원|won|krw)$/.test(unit) ? "KRW" : "USD";
  return { value: toNumber(g.plain!), currency, ...at };
}

export function amountIn(text: string): Amount | null {
  const amounts = [...text.matchAll(MONEY)]
    .map(said)
    .filter((a): a is Said => a !== null && a.value > 0 && (a.currency !== null || !MEASURE_AFTER.test(text.slice(a.end))));
  for (const [index, amount] of amounts.entries()) {
    const before = text.slice(0, amount.start);
    const after = text.slice(amount.end);
    if (MAX_BEFORE.test(before) || MAX_AFTER.test(after)) return { currency: amount.currency, min: null, max: amount.value };
    if (MIN_BEFORE.test(before) || MIN_AFTER.test(after)) return { currency: amount.currency, min: amount.value, max: null };
    const next = amounts[index + 1];
    if (next && RANGE_JOIN.test(text.slice(amount.end, next.start)) && amount.value < next.value) {
      return { currency: amount.currency ?? next.currency, min: amount.value, max: next.value };
    }
  }
  return null;
}
