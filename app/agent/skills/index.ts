import type { SkillId } from "../skill-ids";
import { couponsDiscounts } from "./coupons-discounts";
import type { SkillDefinition } from "./definition";
import { generalQa } from "./general-qa";
import { loyalty } from "./loyalty";
import { orderEditing } from "./order-editing";
import { orderTracking } from "./order-tracking";
import { productRecommendations } from "./product-recommendations";
import { returnsExchanges } from "./returns-exchanges";
import { subscriptions } from "./subscriptions";

/** Every skill, by id: one folder each in this folder (its definition is the folder's index.ts). */
export const SKILLS: Record<SkillId, SkillDefinition> = {
  returns_exchanges: returnsExchanges,
  order_editing: orderEditing,
  subscriptions,
  loyalty,
  order_tracking: orderTracking,
  coupons_discounts: couponsDiscounts,
  general_qa: generalQa,
  product_recommendations: productRecommendations,
};

export { skillStatus, type SkillDefinition, type SkillStatus, type ShopCapabilities } from "./definition";
