import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Badge, Banner, BlockStack, Layout, Link, Page, Text } from "@shopify/polaris";
import { z } from "zod";
import { SectionCard } from "../admin/components/SectionCard";
import { requireAdmin } from "../admin-context.server";
import { OrderName } from "../admin/components/CardPreview";
import { CustomerDetails } from "../admin/components/transcript/CustomerDetails";
import { labelFor, SKILL_LABELS } from "../admin/components/transcript/labels";
import { LocalTime } from "../admin/components/transcript/LocalTime";
import { RecordNotFound } from "../admin/components/transcript/RecordNotFound";
import { ChannelBadge, HandoffStatusBadge } from "../admin/components/transcript/StatusBadges";
import { Transcript } from "../admin/components/transcript/Transcript";
import { useT } from "../admin/i18n";
import { db } from "../db.server";
import { conversationCustomer, type TranscriptMessage } from "../services/conversations.server";
import { handoffDetail, HandoffStatus, setHandoffStatus } from "../services/handoffs.server";

const notFound = () => new Response("Not found", { status: 404 });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop, admin, demo } = await requireAdmin(request);
  const handoff = await handoffDetail(db, shop, params.id ?? "");
  if (!handoff) throw notFound();
  // Links into the Shopify admin only work inside it; the demo has no Shopify admin around the app.
  return { handoff, customer: await conversationCustomer(admin, handoff.conversation), adminLinks: !demo };
};

const StatusChange = z.object({ status: HandoffStatus });

/** Mark as resolved / reopen — only ever one of this shop's handoffs, whatever id the form names. */
export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const change = StatusChange.safeParse(Object.fromEntries(await request.formData()));
  if (!change.success) throw new Response("Unknown status", { status: 400 });
  if (!(await setHandoffStatus(db, shop, params.id ?? "", change.data.status))) throw notFound();
  return { status: change.data.status };
};

const MESSAGES = {
  title: { en: "Handoff", ko: "상담 이관" },
  back: { en: "Handoffs", ko: "상담 이관" },
  handedOver: { en: "Handed over", ko: "이관 시각" },
  resolve: { en: "Mark as resolved", ko: "해결됨으로 표시" },
  reopen: { en: "Reopen", ko: "다시 열기" },
  resolvedOn: { en: "Resolved", ko: "해결됨" },
  transcript: { en: "Transcript", ko: "대화 기록" },
  transcriptHelp: { en: "The conversation as the shopper saw it when it was handed over.", ko: "이관될 때 고객이 본 그대로의 대화예요." },
  emptyTranscript: { en: "No messages were recorded.", ko: "기록된 메시지가 없어요." },
  reason: { en: "Reason", ko: "사유" },
  customer: { en: "Customer", ko: "고객" },
  conversation: { en: "Conversation", ko: "대화" },
  viewConversation: { en: "See the whole conversation and the agent's route", ko: "전체 대화와 에이전트의 경로 보기" },
  orders: { en: "Orders mentioned", ko: "언급된 주문" },
  notFoundTitle: { en: "Handoff not found", ko: "이관을 찾을 수 없어요" },
  notFoundBody: { en: "This handoff does not exist in your store.", ko: "이 스토어에 없는 이관이에요." },
};

/** The orders the shopper was shown (order and return cards), once each — what the team will likely open first. */
function mentionedOrders(transcript: TranscriptMessage[]) {
  const orders = new Map<string, string>();
  for (const { card } of transcript) {
    if (card?.type === "order") orders.set(card.orderId, card.name);
    if (card?.type === "return") orders.set(card.orderId, card.orderName);
  }
  return [...orders].map(([orderId, name]) => ({ orderId, name }));
}

export default function HandoffDetail() {
  const { handoff, customer, adminLinks } = useLoaderData<typeof loader>();
  const t = useT();
  const submit = useSubmit();
  const navigation = useNavigation();
  const open = handoff.status === "open";
  const orders = mentionedOrders(handoff.transcript);
  return (
    <Page
      backAction={{ content: t(MESSAGES.back), url: "/app/handoffs" }}
      title={t(MESSAGES.title)}
      titleMetadata={<HandoffStatusBadge status={handoff.status} />}
      primaryAction={{
        content: t(open ? MESSAGES.resolve : MESSAGES.reopen),
        loading: navigation.state === "submitting",
        onAction: () => submit({ status: open ? "resolved" : "open" }, { method: "post" }),
      }}
    >
      <Layout>
        {handoff.resolvedAt ? (
          <Layout.Section>
            <Banner tone="success" title={t(MESSAGES.resolvedOn)}>
              <LocalTime value={handoff.resolvedAt} />
            </Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <SectionCard title={t(MESSAGES.transcript)} help={t(MESSAGES.transcriptHelp)} gap="400">
            {handoff.transcript.length ? (
              <Transcript messages={handoff.transcript} adminLinks={adminLinks} />
            ) : (
              <Text as="p">{t(MESSAGES.emptyTranscript)}</Text>
            )}
          </SectionCard>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <SectionCard title={t(MESSAGES.reason)}>
              <Text as="p">{handoff.reason}</Text>
              {handoff.skill ? (
                <div>
                  <Badge tone="info">{labelFor(t, SKILL_LABELS, handoff.skill)}</Badge>
                </div>
              ) : null}
              <Text as="p" tone="subdued">
                {t(MESSAGES.handedOver)}: <LocalTime value={handoff.createdAt} />
              </Text>
            </SectionCard>
            <SectionCard title={t(MESSAGES.customer)}>
              <CustomerDetails customer={customer} adminLinks={adminLinks} />
            </SectionCard>
            {orders.length ? (
              <SectionCard title={t(MESSAGES.orders)}>
                {orders.map((order) => (
                  <Text as="p" key={order.orderId}>
                    <OrderName {...order} adminLinks={adminLinks} />
                  </Text>
                ))}
              </SectionCard>
            ) : null}
            <SectionCard title={t(MESSAGES.conversation)}>
              <div>
                <ChannelBadge channel={handoff.conversation.channel} />
              </div>
              <Link url={`/app/conversations/${handoff.conversation.id}`}>{t(MESSAGES.viewConversation)}</Link>
            </SectionCard>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

export function ErrorBoundary() {
  return <RecordNotFound title={MESSAGES.notFoundTitle} body={MESSAGES.notFoundBody} back={{ label: MESSAGES.back, url: "/app/handoffs" }} />;
}
