import { addDays } from "../../../lib/calendar";
import { deliveredAt, itemLabel, type OrderItem } from "../../../models/order";
import { formatDate, say } from "../../language";
import type { ReturnableItem } from "../../tools/shopify";
import type { Language, SkillContext } from "../../types";
import { knowledgeAnswer } from "../policy";

/**
 * Whether each item of an order can still go back, from that item's own delivery date and the windows the store's
 * policy states. A return and an exchange may have different windows (30 and 45 days in the demo), so each is asked
 * of the policy on its own; an item never counts as "too late" before it has arrived.
 */
export type ReturnWindows = { returnDays: number | null; exchangeDays: number | null };

const DAYS = /(\d{1,3})\s*(?:-\s*)?(?:days?|일)/i;

/** The number of days a policy passage gives for `kind`, when the passage is about it ("Exchanges: free within 45 days"). */
function windowIn(passage: string | null, about: RegExp): number | null {
  const sentence = passage?.split(/\n+|(?<=[.!?])\s+/).find((part) => about.test(part) && DAYS.test(part));
  return sentence ? Number(DAYS.exec(sentence)![1]) : null;
}

/** The questions whose answers state each window, in every language the knowledge base may be written in. */
const WINDOW_QUESTIONS = {
  return: ["How many days do I have to return an item?", "반품은 며칠 안에 할 수 있나요?"],
  exchange: ["How many days do I have to exchange an item?", "교환은 며칠 안에 할 수 있나요?"],
};

async function windowDays(ctx: SkillContext, questions: string[], about: RegExp): Promise<number | null> {
  for (const question of questions) {
    const days = windowIn((await knowledgeAnswer(ctx, question, "returns"))?.text ?? null, about);
    if (days !== null) return days;
  }
  return null;
}

/** The store's return and exchange windows, read from its policy; an exchange window not stated is the return window. */
export async function returnWindows(ctx: SkillContext): Promise<ReturnWindows> {
  const [returnDays, exchangeDays] = await Promise.all([
    windowDays(ctx, WINDOW_QUESTIONS.return, /return|반품/i),
    windowDays(ctx, WINDOW_QUESTIONS.exchange, /exchang|교환/i),
  ]);
  return { returnDays, exchangeDays: exchangeDays ?? returnDays };
}

export type Eligibility =
  /** Can go back until those dates (null: the policy states no window); `exchangeOnly`: the return window has ended. */
  | { kind: "returnable"; item: OrderItem; returnable: ReturnableItem | null; returnUntil: string | null; exchangeUntil: string | null; exchangeOnly: boolean }
  | { kind: "window_closed"; item: OrderItem; until: string }
  | { kind: "not_delivered"; item: OrderItem; returnDays: number | null }
  | { kind: "not_returnable"; item: OrderItem };

const windowEnd = (delivered: string, days: number | null) => (days === null ? null : addDays(new Date(delivered), days).toISOString());

/**
 * One item's eligibility. Without Shopify's list of returnable items (when choosing among orders), an item inside a
 * window counts; the chosen order is then checked against Shopify item by item.
 */
export function eligibilityOf(item: OrderItem, windows: ReturnWindows, now: Date, shopifyReturnable: ReturnableItem[] | null): Eligibility {
  const delivered = deliveredAt(item);
  if (!delivered) return { kind: "not_delivered", item, returnDays: windows.returnDays };
  const open = (end: string | null) => end === null || Date.parse(end) >= now.getTime();
  const returnEnd = windowEnd(delivered, windows.returnDays);
  const exchangeEnd = windowEnd(delivered, windows.exchangeDays);
  if (!open(returnEnd) && !open(exchangeEnd)) return { kind: "window_closed", item, until: [returnEnd!, exchangeEnd!].sort().at(-1)! };
  const returnable = shopifyReturnable === null ? null : shopifyReturnable.find((r) => r.lineItemId === item.lineItemId);
  if (returnable === undefined) return { kind: "not_returnable", item };
  return { kind: "returnable", item, returnable, returnUntil: returnEnd, exchangeUntil: exchangeEnd, exchangeOnly: !open(returnEnd) };
}

export function eligibilityLine(e: Eligibility, language: Language): string {
  const item = itemLabel(e.item);
  const date = (iso: string) => formatDate(iso, language);
  switch (e.kind) {
    case "returnable":
      if (e.exchangeOnly) {
        return say(language, { en: "{item}: the return window ended on {return}, but it can still be exchanged until {exchange}", ko: "{item}: 반품 기간은 {return}에 끝났지만 {exchange}까지 교환 가능" }, { item, return: date(e.returnUntil!), exchange: date(e.exchangeUntil!) });
      }
      if (e.returnUntil === null) return say(language, { en: "{item}: can be returned or exchanged", ko: "{item}: 반품·교환 가능" }, { item });
      if (e.exchangeUntil && e.exchangeUntil !== e.returnUntil) {
        return say(language, { en: "{item}: can be returned until {return} or exchanged until {exchange}", ko: "{item}: {return}까지 반품, {exchange}까지 교환 가능" }, { item, return: date(e.returnUntil), exchange: date(e.exchangeUntil) });
      }
      return say(language, { en: "{item}: can be returned or exchanged until {return}", ko: "{item}: {return}까지 반품·교환 가능" }, { item, return: date(e.returnUntil) });
    case "window_closed":
      return say(language, { en: "{item}: the return and exchange window ended on {until}", ko: "{item}: 반품·교환 가능 기간이 {until}에 끝났어요" }, { item, until: date(e.until) });
    case "not_delivered":
      return e.returnDays
        ? say(language, { en: "{item}: not delivered yet — returnable for {days} days once it arrives", ko: "{item}: 아직 배송 전 — 받으신 날부터 {days}일 동안 반품 가능" }, { item, days: e.returnDays })
        : say(language, { en: "{item}: not delivered yet — returnable once it arrives", ko: "{item}: 아직 배송 전 — 받으신 후 반품 가능" }, { item });
    case "not_returnable":
      return say(language, { en: "{item}: already returned, or a return for it is open", ko: "{item}: 이미 반품되었거나 반품이 진행 중이에요" }, { item });
  }
}
