/**
 * The order number a message names: "#1029", "order 1029", "order no. 1029", "order number: 1029", "주문번호 1029",
 * "1029번 주문", or a bare "1029" when nothing around it says it is something else (a ZIP code in an address, a price,
 * a quantity). Shops number orders from #1001, so 4–6 digits.
 */
const NAMED = /(?:#\s*|\border\s*(?:no\.?|num(?:ber)?|#)?\s*[:#]?\s*|\bno\.\s*|주문\s*(?:번호)?\s*[:#]?\s*)(\d{4,6})(?!\d)|(?<!\d)(\d{4,6})\s*번(?:\s*주문)?/i;
const BARE = /(?<![\d$₩]|\d[.,])\b(\d{4,6})\b(?!\d|[.,]\d|\s*(?:원|won|dollars?|usd|krw|%|개|pcs|points?|pts|포인트|점))/i;

/** Words that make a bare number part of an address or a price, not an order number. */
const ADDRESS_CONTEXT = /\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|hwy|apt|suite|unit|zip|postal)\b|\b[A-Z]{2}\s+\d{5}\b|[가-힣]+(?:로|길)\s*\d|우편번호|\$|₩/i;

export function orderNumberIn(text: string): string | null {
  const named = NAMED.exec(text);
  if (named) return named[1] ?? named[2] ?? null;
  if (ADDRESS_CONTEXT.test(text)) return null;
  return BARE.exec(text)?.[1] ?? null;
}
