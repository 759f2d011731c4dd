import type { KnowledgeTopic } from "../../agent/knowledge/topics";
import { ROUTE_LABEL_NAMES, type SkillId } from "../../agent/skill-ids";
import type { Prerequisite } from "../../agent/skills/definition";
import type { IntegrationKind } from "../../agent/tools/providers";
import { useAdminLocale, type Text } from "../i18n";

const MISSING_INTEGRATION_KO: Record<IntegrationKind, string> = {
  returns: "반품 제공업체 연결 필요",
  subscriptions: "구독 제공업체 연결 필요",
  loyalty: "로열티 제공업체 연결 필요",
};

const MISSING_KNOWLEDGE_KO: Record<KnowledgeTopic, string> = {
  returns: "반품 및 교환 정책 콘텐츠 필요",
  order_changes: "주문 변경 및 취소 정책 콘텐츠 필요",
  subscriptions: "구독 정책 콘텐츠 필요",
  loyalty: "로열티 프로그램 콘텐츠 필요",
  coupons: "쿠폰 및 할인 안내 필요",
  shipping: "배송 안내 콘텐츠 필요",
  faq: "브랜드 FAQ 및 아티클 필요",
};

const INTEGRATION_KINDS: Record<IntegrationKind, Text> = {
  returns: { en: "Returns provider (Loop, AfterShip)", ko: "반품 제공업체 (Loop, AfterShip)" },
  subscriptions: { en: "Subscription provider (Recharge, Skio, Shopify)", ko: "구독 제공업체 (Recharge, Skio, Shopify)" },
  loyalty: { en: "Loyalty provider (Smile, Yotpo, LoyaltyLion)", ko: "로열티 제공업체 (Smile, Yotpo, LoyaltyLion)" },
};

/** Where the merchant fixes a missing prerequisite. */
export function prerequisiteFixUrl(prerequisite: Pick<Prerequisite, "kind">): string {
  return prerequisite.kind === "integration" ? "/app/integrations" : "/app/knowledge";
}

/** Skill names, missing prerequisites and provider kinds in the admin's language. */
export function useSkillLabels() {
  const korean = useAdminLocale() === "ko";
  return {
    skillName: (skill: { id: SkillId; name: string }) => (korean ? ROUTE_LABEL_NAMES[skill.id].ko : skill.name),
    missing: (prerequisite: Prerequisite) => {
      if (!korean) return prerequisite.missing;
      return prerequisite.kind === "integration" ? MISSING_INTEGRATION_KO[prerequisite.integration] : MISSING_KNOWLEDGE_KO[prerequisite.topic];
    },
    integrationKind: (kind: IntegrationKind) => INTEGRATION_KINDS[kind][korean ? "ko" : "en"],
  };
}
