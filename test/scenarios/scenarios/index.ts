import { validateScenarios } from "../scenario";
import { COUPONS_DISCOUNTS } from "./coupons-discounts";
import { GENERAL_QA } from "./general-qa";
import { HUMAN_HANDOFF } from "./human-handoff";
import { LOYALTY } from "./loyalty";
import { ORDER_EDITING } from "./order-editing";
import { ORDER_TRACKING } from "./order-tracking";
import { PRODUCT_RECOMMENDATIONS } from "./product-recommendations";
import { RETURNS_EXCHANGES } from "./returns-exchanges";
import { SUBSCRIPTIONS } from "./subscriptions";

/** Every scenario of the suite, validated (shape, unique ids) on import. */
export const SCENARIOS = validateScenarios([
  ...ORDER_TRACKING,
  ...RETURNS_EXCHANGES,
  ...ORDER_EDITING,
  ...SUBSCRIPTIONS,
  ...LOYALTY,
  ...COUPONS_DISCOUNTS,
  ...GENERAL_QA,
  ...PRODUCT_RECOMMENDATIONS,
  ...HUMAN_HANDOFF,
]);
