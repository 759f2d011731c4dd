import type { ActionName } from "../../../agent/actions";
import { ROUTE_LABEL_NAMES, type RouteLabel } from "../../../agent/skill-ids";
import type { ConversationChannel } from "../../../services/conversations.server";
import type { Text } from "../../i18n";

/** The route labels the agent stores on each reply, as merchants read them (one list: skill-ids.ts). */
export const SKILL_LABELS: Record<RouteLabel, Text> = ROUTE_LABEL_NAMES;

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
