import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, InlineStack, Layout, Link, Page, Text } from "@shopify/polaris";
import { SectionCard } from "../admin/components/SectionCard";
import { requireAdmin } from "../admin-context.server";
import { AgentActions } from "../admin/components/transcript/AgentActions";
import { CustomerDetails } from "../admin/components/transcript/CustomerDetails";
import { LocalTime } from "../admin/components/transcript/LocalTime";
import { RecordNotFound } from "../admin/components/transcript/RecordNotFound";
import { ChannelBadge, ConversationStatusBadge, HandoffStatusBadge } from "../admin/components/transcript/StatusBadges";
import { Transcript } from "../admin/components/transcript/Transcript";
import { useT } from "../admin/i18n";
import { db } from "../db.server";
import { conversationCustomer, conversationDetail } from "../services/conversations.server";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop, admin, demo } = await requireAdmin(request);
  const conversation = await conversationDetail(db, shop, params.id ?? "");
  if (!conversation) throw new Response("Not found", { status: 404 });
  // Links into the Shopify admin only work inside it; the demo has no Shopify admin around the app.
  return { conversation, customer: await conversationCustomer(admin, conversation), adminLinks: !demo };
};

const MESSAGES = {
  title: { en: "Conversation", ko: "대화" },
  back: { en: "Conversations", ko: "대화" },
  previewBanner: {
    en: "A test conversation from Preview — not a real shopper.",
    ko: "미리보기에서 만든 테스트 대화예요. 실제 고객이 아니에요.",
  },
  messages: { en: "Messages", ko: "메시지" },
  messagesHelp: {
    en: "Under each reply: the skill the agent chose, how sure it was, the tools it called and the sources it cited.",
    ko: "답변마다 에이전트가 고른 스킬, 확신도, 호출한 도구, 인용한 출처가 표시돼요.",
  },
  customer: { en: "Customer", ko: "고객" },
  details: { en: "Details", ko: "상세 정보" },
  started: { en: "Started", ko: "시작" },
  lastActivity: { en: "Last activity", ko: "최근 활동" },
  handoffs: { en: "Handoffs", ko: "상담 이관" },
  handoffAt: { en: "Handed over", ko: "이관 시각" },
  actions: { en: "Account actions", ko: "계정 작업" },
  actionsHelp: {
    en: "Changes the agent proposed on the shopper's account: each needs their explicit yes and is re-read from Shopify or the provider before it counts as done.",
    ko: "에이전트가 고객 계정에 제안한 변경이에요. 모두 고객의 명시적인 동의가 필요하고, Shopify나 제공업체에서 다시 확인한 뒤에야 완료로 표시돼요.",
  },
  notFoundTitle: { en: "Conversation not found", ko: "대화를 찾을 수 없어요" },
  notFoundBody: { en: "This conversation does not exist in your store.", ko: "이 스토어에 없는 대화예요." },
};

export default function ConversationDetail() {
  const { conversation, customer, adminLinks } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page
      backAction={{ content: t(MESSAGES.back), url: "/app/conversations" }}
      title={t(MESSAGES.title)}
      titleMetadata={
        <InlineStack gap="200">
          <ChannelBadge channel={conversation.channel} />
          <ConversationStatusBadge status={conversation.status} />
        </InlineStack>
      }
    >
      <Layout>
        {conversation.channel === "preview" ? (
          <Layout.Section>
            <Banner tone="info">{t(MESSAGES.previewBanner)}</Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <SectionCard title={t(MESSAGES.messages)} help={t(MESSAGES.messagesHelp)} gap="400">
            <Transcript messages={conversation.messages} adminLinks={adminLinks} />
          </SectionCard>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <SectionCard title={t(MESSAGES.customer)}>
              <CustomerDetails customer={customer} adminLinks={adminLinks} />
            </SectionCard>
            <SectionCard title={t(MESSAGES.details)}>
              <Text as="p">
                {t(MESSAGES.started)}: <LocalTime value={conversation.createdAt} />
              </Text>
              <Text as="p">
                {t(MESSAGES.lastActivity)}: <LocalTime value={conversation.updatedAt} />
              </Text>
            </SectionCard>
            {conversation.actions.length ? (
              <SectionCard title={t(MESSAGES.actions)} help={t(MESSAGES.actionsHelp)}>
                <AgentActions actions={conversation.actions} />
              </SectionCard>
            ) : null}
            {conversation.handoffs.length ? (
              <SectionCard title={t(MESSAGES.handoffs)}>
                {conversation.handoffs.map((handoff) => (
                  <BlockStack key={handoff.id} gap="100">
                    <InlineStack gap="200" blockAlign="center">
                      <Link url={`/app/handoffs/${handoff.id}`}>
                        {t(MESSAGES.handoffAt)} <LocalTime value={handoff.createdAt} />
                      </Link>
                      <HandoffStatusBadge status={handoff.status} />
                    </InlineStack>
                    <Text as="p" tone="subdued">
                      {handoff.reason}
                    </Text>
                  </BlockStack>
                ))}
              </SectionCard>
            ) : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

export function ErrorBoundary() {
  return <RecordNotFound title={MESSAGES.notFoundTitle} body={MESSAGES.notFoundBody} back={{ label: MESSAGES.back, url: "/app/conversations" }} />;
}
