import { BlockStack, Card, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

/** One headline number with what it is measured on, e.g. "Resolution rate · 82% · of 120 shopper messages". */
export function StatCard({ title, value, detail }: { title: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h2" variant="headingSm" tone="subdued">
          {title}
        </Text>
        <Text as="p" variant="heading2xl">
          {value}
        </Text>
        {detail && (
          <Text as="p" variant="bodySm" tone="subdued">
            {detail}
          </Text>
        )}
      </BlockStack>
    </Card>
  );
}
