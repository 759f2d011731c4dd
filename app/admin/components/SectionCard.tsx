import { BlockStack, Card, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

type Gap = "100" | "200" | "300" | "400";

/** A Polaris card with a heading (and optional help line) over its content — the admin's usual section. */
export function SectionCard({ title, help, gap = "200", children }: { title: ReactNode; help?: ReactNode; gap?: Gap; children: ReactNode }) {
  const heading = (
    <Text as="h2" variant="headingMd">
      {title}
    </Text>
  );
  return (
    <Card>
      <BlockStack gap={gap}>
        {help ? (
          <BlockStack gap="100">
            {heading}
            <Text as="p" tone="subdued">
              {help}
            </Text>
          </BlockStack>
        ) : (
          heading
        )}
        {children}
      </BlockStack>
    </Card>
  );
}
