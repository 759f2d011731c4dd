/**
 * The blind evaluation set: 60 shopper conversations on the demo store, written from the seed alone (never from the
 * agent's code or replies), in new situations and voices. A measurement, not a gate: `npx tsx bench/scenarios.ts
 * --set blind` prints its tables; no test requires these to be resolved.
 */
import { validateScenarios } from "../scenario";
import { BLIND_COUPONS_DISCOUNTS } from "./coupons-discounts";
import { BLIND_GENERAL_QA } from "./general-qa";
import { BLIND_HUMAN_HANDOFF } from "./human-handoff";
import { BLIND_LOYALTY } from "./loyalty";
import { BLIND_ORDER_EDITING } from "./order-editing";
import { BLIND_ORDER_TRACKING } from "./order-tracking";
import { BLIND_PRODUCT_RECOMMENDATIONS } from "./product-recommendations";
import { BLIND_RETURNS_EXCHANGES } from "./returns-exchanges";
import { BLIND_SUBSCRIPTIONS } from "./subscriptions";

export const BLIND_SCENARIOS = validateScenarios([
  ...BLIND_ORDER_TRACKING,
  ...BLIND_RETURNS_EXCHANGES,
  ...BLIND_ORDER_EDITING,
  ...BLIND_SUBSCRIPTIONS,
  ...BLIND_LOYALTY,
  ...BLIND_COUPONS_DISCOUNTS,
  ...BLIND_GENERAL_QA,
  ...BLIND_PRODUCT_RECOMMENDATIONS,
  ...BLIND_HUMAN_HANDOFF,
]);
