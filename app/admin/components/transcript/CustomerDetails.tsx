import { BlockStack, Link, Text } from "@shopify/polaris";
import type { ConversationCustomer } from "../../../services/conversations.server";
import { useT } from "../../i18n";

const MESSAGES = {
  guest: { en: "Guest (not logged in)", ko: "비회원 (로그인하지 않음)" },
  customer: { en: "Customer {id}", ko: "고객 {id}" },
  customerId: { en: "Customer ID {id}", ko: "고객 ID {id}" },
  noEmail: { en: "No email known", ko: "알려진 이메일 없음" },
  openCustomer: { en: "Open {name} in Shopify admin", ko: "Shopify 관리자에서 {name} 열기" },
};

/** Who the conversation was with; inside the Shopify admin a customer links to their admin page. */
export function CustomerDetails({ customer, adminLinks }: { customer: ConversationCustomer; adminLinks: boolean }) {
  const t = useT();
  if (customer.kind === "guest") {
    return (
      <BlockStack gap="100">
        <Text as="p">{t(MESSAGES.guest)}</Text>
        <Text as="p" tone="subdued">
          {customer.email ?? t(MESSAGES.noEmail)}
        </Text>
      </BlockStack>
    );
  }
  const name = customer.name ?? t(MESSAGES.customer, { id: customer.numericId });
  return (
    <BlockStack gap="100">
      <Text as="p" fontWeight="semibold">
        {adminLinks ? (
          <Link url={`shopify://admin/customers/${customer.numericId}`} target="_top" accessibilityLabel={t(MESSAGES.openCustomer, { name })}>
            {name}
          </Link>
        ) : (
          name
        )}
      </Text>
      <Text as="p">{customer.email ?? t(MESSAGES.noEmail)}</Text>
      <Text as="p" tone="subdued">
        {t(MESSAGES.customerId, { id: customer.numericId })}
      </Text>
    </BlockStack>
  );
}

const SUMMARY = {
  guest: { en: "Guest", ko: "비회원" },
  customer: { en: "Customer {id}", ko: "고객 {id}" },
};

/** A list cell's "who": the email when known, else the customer's number, else a guest. */
export function CustomerSummary({ customerId, customerEmail }: { customerId: string | null; customerEmail: string | null }) {
  const t = useT();
  if (customerEmail) return <>{customerEmail}</>;
  if (customerId) return <>{t(SUMMARY.customer, { id: /(\d+)$/.exec(customerId)?.[1] ?? customerId })}</>;
  return <>{t(SUMMARY.guest)}</>;
}
