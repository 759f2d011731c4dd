import type { RouteLabel } from "../../../agent/skill-ids";
import type { ConversationChannel } from "../../../services/conversations.server";
import type { Text } from "../../i18n";

/**
 * The route labels the agent stores on each reply, as merchants read them. The skills' own modules (server-side)
 * hold the English names, and skill-labels.ts the Korean ones for the Skills page; these match both (the English
 * ones are tested against the skills) so a skill reads the same on every page, and add the router's "asked for a
 * person".
 */
export const SKILL_LABELS: Record<RouteLabel, Text> = {
  returns_exchanges: { en: "Returns & exchanges", ko: "반품 및 교환" },
  order_editing: { en: "Order editing", ko: "주문 변경" },
  subscriptions: { en: "Subscriptions", ko: "구독" },
  loyalty: { en: "Loyalty", ko: "로열티" },
  order_tracking: { en: "Order tracking", ko: "주문 추적" },
  coupons_discounts: { en: "Coupons & discounts", ko: "쿠폰 및 할인" },
  general_qa: { en: "General Q&A", ko: "일반 Q&A" },
  product_recommendations: { en: "Product recommendations", ko: "상품 추천" },
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
