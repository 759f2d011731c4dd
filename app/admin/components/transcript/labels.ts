import type { ActionName } from "../../../agent/actions";
import type { RouteLabel } from "../../../agent/skill-ids";
import type { ConversationChannel } from "../../../services/conversations.server";
import type { Text } from "../../i18n";
import { SKILL_NAMES_KO } from "../skill-labels";

/**
 * The route labels the agent stores on each reply, as merchants read them. The skills' own modules (server-side)
 * hold the English names (a test keeps these equal to them) and skill-labels.ts the Korean ones; this adds the
 * router's "asked for a person".
 */
export const SKILL_LABELS: Record<RouteLabel, Text> = {
  returns_exchanges: { en: "Returns & exchanges", ko: SKILL_NAMES_KO.returns_exchanges },
  order_editing: { en: "Order editing", ko: SKILL_NAMES_KO.order_editing },
  subscriptions: { en: "Subscriptions", ko: SKILL_NAMES_KO.subscriptions },
  loyalty: { en: "Loyalty", ko: SKILL_NAMES_KO.loyalty },
  order_tracking: { en: "Order tracking", ko: SKILL_NAMES_KO.order_tracking },
  coupons_discounts: { en: "Coupons & discounts", ko: SKILL_NAMES_KO.coupons_discounts },
  general_qa: { en: "General Q&A", ko: SKILL_NAMES_KO.general_qa },
  product_recommendations: { en: "Product recommendations", ko: SKILL_NAMES_KO.product_recommendations },
  human_handoff: { en: "Asked for a person", ko: "상담원 요청" },
};

export const CHANNEL_LABELS: Record<ConversationChannel, Text> = {
  webchat: { en: "Web chat", ko: "웹 채팅" },
  sms: { en: "SMS", ko: "문자" },
  whatsapp: { en: "WhatsApp", ko: "WhatsApp" },
  email: { en: "Email", ko: "이메일" },
  preview: { en: "Preview (test)", ko: "미리보기 (테스트)" },
  cli: { en: "Command line", ko: "명령줄" },
};

/** Every channel, for the conversations' channel filter (the labels' keys are checked against the engine's list). */
export const CHANNELS = Object.keys(CHANNEL_LABELS) as ConversationChannel[];

/** A label from one of the maps above; a value this version does not know (an older row) shows as stored. */
export function labelFor<K extends string>(t: (text: Text) => string, labels: Record<K, Text>, value: string): string {
  return value in labels ? t(labels[value as K]) : value;
}

/** The account actions the agent can take (app/agent/actions.ts), as merchants read them. */
export const ACTION_LABELS: Record<ActionName, Text> = {
  cancel_order: { en: "Cancel order", ko: "주문 취소" },
  change_shipping_address: { en: "Change shipping address", ko: "배송지 변경" },
  request_return: { en: "Request a return", ko: "반품 신청" },
  request_exchange: { en: "Request an exchange", ko: "교환 신청" },
  skip_subscription_charge: { en: "Skip a subscription delivery", ko: "구독 배송 건너뛰기" },
  pause_subscription: { en: "Pause a subscription", ko: "구독 일시 중지" },
  resume_subscription: { en: "Resume a subscription", ko: "구독 재개" },
  cancel_subscription: { en: "Cancel a subscription", ko: "구독 해지" },
  change_subscription_frequency: { en: "Change delivery frequency", ko: "배송 주기 변경" },
  redeem_reward: { en: "Redeem points", ko: "포인트 교환" },
};
