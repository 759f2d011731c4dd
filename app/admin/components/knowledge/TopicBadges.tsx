import { Badge, InlineStack } from "@shopify/polaris";
import { type Text, useT } from "../../i18n";
import type { KnowledgeTopic } from "../../../agent/knowledge/topics";

const TOPIC_LABELS: Record<KnowledgeTopic, Text> = {
  returns: { en: "Returns", ko: "반품" },
  order_changes: { en: "Order changes", ko: "주문 변경" },
  subscriptions: { en: "Subscriptions", ko: "구독" },
  loyalty: { en: "Loyalty", ko: "로열티" },
  coupons: { en: "Coupons", ko: "쿠폰" },
  shipping: { en: "Shipping", ko: "배송" },
  faq: { en: "General", ko: "일반" },
};

/** An article's topics; one that is about nothing specific reads "General" (it still feeds General Q&A). */
export function TopicBadges({ topics }: { topics: KnowledgeTopic[] }) {
  const t = useT();
  const shown: KnowledgeTopic[] = topics.length > 0 ? topics : ["faq"];
  return (
    <InlineStack gap="100" wrap>
      {shown.map((topic) => (
        <Badge key={topic} tone={topic === "faq" ? undefined : "info"}>
          {t(TOPIC_LABELS[topic])}
        </Badge>
      ))}
    </InlineStack>
  );
}
