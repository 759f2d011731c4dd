import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, Layout, Page, Text } from "@shopify/polaris";
import { requireAdmin } from "../admin-context.server";
import { db } from "../db.server";
import { dashboardCounts } from "../services/dashboard.server";
import { SHOP } from "../shopify/operations/shop";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop, admin } = await requireAdmin(request);
  const [{ shop: shopInfo }, counts] = await Promise.all([admin.request(SHOP), dashboardCounts(db, shop)]);
  return { shopName: shopInfo.name, policies: shopInfo.shopPolicies.length, counts };
};

export default function Dashboard() {
  const { shopName, policies, counts } = useLoaderData<typeof loader>();
  const stats = [
    { label: "Conversations", value: counts.conversations },
    { label: "Open handoffs", value: counts.openHandoffs },
    { label: "Knowledge-base articles", value: counts.knowledgeDocuments },
    { label: "Connected providers", value: counts.integrations },
  ];
  return (
    <Page title="Customer Agent" subtitle={shopName}>
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
            {stats.map((stat) => (
              <Card key={stat.label}>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingSm" tone="subdued">
                    {stat.label}
                  </Text>
                  <Text as="p" variant="heading2xl">
                    {stat.value}
                  </Text>
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Store connection
              </Text>
              <Text as="p">
                Connected to {shopName} through the Admin API; {policies} shop policies are available to import into
                the knowledge base.
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
