import type { Order } from "../../models/order";

/**
 * The state a message says its order is in — "it never arrived", "the tracking says failed", "why is it on hold",
 * "only got half my order", "배송이 지연", "반송" — as a test on orders, so "my package never arrived" finds the order
 * whose delivery failed rather than the newest one. Null when the message names no state.
 */
const STATES: [RegExp, (order: Order) => boolean][] = [
  [
    /\bnever\s+(?:arrived|came|got\s+it|received)|\bdidn'?t\s+(?:arrive|get\s+(?:it|my))|\bnot\s+(?:delivered|received)|\bfail(?:ed|ure)?\b|\breturned\s+to\s+sender|\blost\b|\bmissed\s+(?:the\s+)?delivery|\btried\s+to\s+deliver|\bdelivery\s+attempt|못\s*받|안\s*왔|배송\s*실패|반송|분실|부재/i,
    (order) => order.status.kind === "shipped" && ["failed", "attempted"].includes(order.status.shipment),
  ],
  [/\bon\s+hold\b|\bheld\b|\bhold\b|보류/i, (order) => order.status.kind === "on_hold" || (order.status.kind === "partially_shipped" && order.status.hold !== null)],
  [/\bdelay(?:ed)?\b|\blate\b|\bstuck\b|지연|늦/i, (order) => order.status.kind === "shipped" && order.status.shipment === "delayed"],
  [
    /\bonly\s+(?:got|received|came)|\bmissing\b|\bback\s*order|\bhalf\s+(?:of\s+)?my\s+order|\bthe\s+rest\b|\bpart\s+of\s+my\s+order|\bwhere\s+(?:are|is)\s+the\s+other|일부|나머지|빠졌|누락|하나만/i,
    (order) => order.status.kind === "partially_shipped",
  ],
];

export function stateMentioned(text: string): ((order: Order) => boolean) | null {
  const tests = STATES.filter(([pattern]) => pattern.test(text)).map(([, test]) => test);
  return tests.length > 0 ? (order) => tests.some((test) => test(order)) : null;
}
