import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, Card, InlineStack, Layout, Page, Select, Spinner, Text, TextField } from "@shopify/polaris";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { requireAdmin } from "../admin-context.server";
import { MultilineText } from "../admin/components/CardPreview";
import { Transcript } from "../admin/components/transcript/Transcript";
import { useAdminLocale, useT } from "../admin/i18n";
import { db } from "../db.server";
import { answerWebchat } from "../services/agent.server";
import { conversationDetail, findShopCustomer, listShopCustomers, type TranscriptMessage } from "../services/conversations.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, demo } = await requireAdmin(request);
  return { customers: await listShopCustomers(admin), adminLinks: !demo };
};

const PreviewMessage = z.object({
  text: z.string().trim().min(1).max(2000),
  conversationId: z.string().max(64).optional(),
  /** The numeric id of the customer to chat as; empty for a guest. */
  customerId: z.string().max(40).optional(),
});

/**
 * One message from the merchant, answered by the same engine as the storefront chat (channel "preview"). The posted
 * customer id is a claim: it is used only after the Admin API confirms it is one of this shop's customers.
 */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, admin } = await requireAdmin(request);
  const message = PreviewMessage.safeParse(Object.fromEntries(await request.formData()));
  if (!message.success) return data({ error: "invalid_message" as const }, { status: 400 });
  const { text, conversationId, customerId } = message.data;
  const customer = customerId ? await findShopCustomer(admin, customerId) : null;
  if (customerId && !customer) return data({ error: "unknown_customer" as const }, { status: 400 });
  const reply = await answerWebchat({ shop, channel: "preview", conversationId: conversationId || null, identity: { customerId: customer?.id ?? null }, text });
  const conversation = await conversationDetail(db, shop, reply.conversationId);
  return { conversationId: reply.conversationId, messages: conversation?.messages ?? [], quickReplies: reply.message.quickReplies };
};

type PreviewAnswer = { conversationId: string; messages: TranscriptMessage[]; quickReplies: string[] };

const MESSAGES = {
  title: { en: "Preview", ko: "미리보기" },
  test: { en: "Test", ko: "테스트" },
  subtitle: { en: "Chat with your agent as a customer would", ko: "고객처럼 에이전트와 대화해 보세요" },
  bannerTitle: { en: "This is a test chat", ko: "테스트 채팅이에요" },
  bannerBody: {
    en: "The agent answers from your store's live data and shows every step of an action (cancelling an order, skipping a subscription, redeeming points), but here a “yes” changes nothing on the customer's account. Test conversations are saved under Conversations with the channel “Preview (test)”.",
    ko: "에이전트는 스토어의 실제 데이터로 답하고 작업(주문 취소, 구독 건너뛰기, 포인트 교환)의 모든 단계를 보여 주지만, 여기서는 “네”라고 답해도 고객 계정은 바뀌지 않아요. 테스트 대화는 대화 메뉴에 “미리보기 (테스트)” 채널로 저장돼요.",
  },
  chatAs: { en: "Chat as", ko: "대화할 고객" },
  guest: { en: "Guest (not logged in)", ko: "비회원 (로그인하지 않음)" },
  startOver: { en: "Start over", ko: "새 대화" },
  chat: { en: "Conversation", ko: "대화" },
  welcome: { en: "Hi! How can we help you today?", ko: "안녕하세요! 무엇을 도와드릴까요?" },
  starters: {
    en: ["Where is my order?", "Any discount codes?", "Recommend a product", "Talk to a person"],
    ko: ["내 주문 어디쯤 왔나요?", "할인 코드 있나요?", "상품 추천해 주세요", "상담원 연결"],
  },
  suggestions: { en: "Suggested replies", ko: "추천 답변" },
  message: { en: "Message", ko: "메시지" },
  placeholder: { en: "Type a message as the shopper…", ko: "고객으로서 메시지를 입력하세요…" },
  send: { en: "Send", ko: "보내기" },
  typing: { en: "The agent is replying…", ko: "에이전트가 답하는 중…" },
  errors: {
    invalid_message: { en: "Type a message (2,000 characters at most).", ko: "메시지를 입력하세요 (최대 2,000자)." },
    unknown_customer: { en: "That customer is not in your store. Pick another one.", ko: "스토어에 없는 고객이에요. 다른 고객을 고르세요." },
  },
};

export default function Preview() {
  const { customers, adminLinks } = useLoaderData<typeof loader>();
  const t = useT();
  const [customerId, setCustomerId] = useState("");
  // Start over (or another customer) mounts a fresh chat: a new fetcher, no conversation id.
  const [chatNumber, setChatNumber] = useState(0);
  return (
    <Page title={t(MESSAGES.title)} titleMetadata={<Badge tone="magic">{t(MESSAGES.test)}</Badge>} subtitle={t(MESSAGES.subtitle)}>
      <Layout>
        <Layout.Section>
          <Banner tone="warning" title={t(MESSAGES.bannerTitle)}>
            <p>{t(MESSAGES.bannerBody)}</p>
          </Banner>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <InlineStack gap="300" align="space-between" blockAlign="end" wrap>
              <Box minWidth="16rem">
                <Select
                  label={t(MESSAGES.chatAs)}
                  options={[
                    { label: t(MESSAGES.guest), value: "" },
                    ...customers.map((c) => ({ label: c.email ? `${c.name} — ${c.email}` : c.name, value: c.numericId })),
                  ]}
                  value={customerId}
                  onChange={setCustomerId}
                />
              </Box>
              <Button onClick={() => setChatNumber((n) => n + 1)}>{t(MESSAGES.startOver)}</Button>
            </InlineStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <PreviewChat key={`${customerId}:${chatNumber}`} customerId={customerId} adminLinks={adminLinks} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function PreviewChat({ customerId, adminLinks }: { customerId: string; adminLinks: boolean }) {
  const t = useT();
  const locale = useAdminLocale();
  const fetcher = useFetcher<typeof action>();
  const [draft, setDraft] = useState("");
  // The last answer stays on screen while the next message is on its way, and when one is refused.
  const [chat, setChat] = useState<PreviewAnswer | null>(null);
  if (fetcher.data && "messages" in fetcher.data && fetcher.data !== chat) setChat(fetcher.data);
  const error = fetcher.data && "error" in fetcher.data ? fetcher.data.error : null;
  const busy = fetcher.state !== "idle";
  const pending = busy ? String(fetcher.formData?.get("text") ?? "") : "";
  const conversationId = chat?.conversationId ?? "";

  // One message at a time, as in the widget: the next one goes with the conversation id the last answer gave.
  const send = (text: string) => {
    if (!busy) fetcher.submit({ text, conversationId, customerId }, { method: "post" });
  };

  const log = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Like the widget: the newest reply shows from its top, so a tall card is read from the beginning.
    const container = log.current;
    const latest = container ? [...container.querySelectorAll<HTMLElement>('[data-role="agent"], [data-pending]')].at(-1) : undefined;
    if (container && latest) container.scrollTop = latest.offsetTop - 8;
  }, [chat, pending]);

  const suggestions = chat ? chat.quickReplies : MESSAGES.starters[locale];
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          {t(MESSAGES.chat)}
        </Text>
        <div ref={log} style={{ maxHeight: "60vh", overflowY: "auto", position: "relative" }} aria-live="polite">
          <BlockStack gap="400">
            <Box background="bg-surface-secondary" padding="300" borderRadius="300" maxWidth="44rem">
              <MultilineText>{t(MESSAGES.welcome)}</MultilineText>
            </Box>
            {chat ? <Transcript messages={chat.messages} adminLinks={adminLinks} onReply={send} /> : null}
            {pending ? (
              <div data-pending>
                <BlockStack gap="200" inlineAlign="end">
                  <Box background="bg-surface-info" padding="300" borderRadius="300" maxWidth="85%">
                    <MultilineText>{pending}</MultilineText>
                  </Box>
                  <InlineStack gap="200" blockAlign="center" align="start">
                    <Spinner size="small" accessibilityLabel={t(MESSAGES.typing)} />
                    <Text as="span" tone="subdued">
                      {t(MESSAGES.typing)}
                    </Text>
                  </InlineStack>
                </BlockStack>
              </div>
            ) : null}
          </BlockStack>
        </div>
        {error ? <Banner tone="critical">{t(MESSAGES.errors[error])}</Banner> : null}
        {suggestions.length > 0 && !busy ? (
          <BlockStack gap="100">
            <Text as="h3" variant="headingXs" tone="subdued">
              {t(MESSAGES.suggestions)}
            </Text>
            <InlineStack gap="200" wrap>
              {suggestions.map((suggestion) => (
                <Button key={suggestion} size="slim" onClick={() => send(suggestion)}>
                  {suggestion}
                </Button>
              ))}
            </InlineStack>
          </BlockStack>
        ) : null}
        <fetcher.Form method="post" onSubmit={() => setDraft("")}>
          <input type="hidden" name="conversationId" value={conversationId} />
          <input type="hidden" name="customerId" value={customerId} />
          <TextField
            label={t(MESSAGES.message)}
            labelHidden
            name="text"
            value={draft}
            onChange={setDraft}
            placeholder={t(MESSAGES.placeholder)}
            autoComplete="off"
            maxLength={2000}
            connectedRight={
              <Button submit variant="primary" disabled={busy || !draft.trim()}>
                {t(MESSAGES.send)}
              </Button>
            }
          />
        </fetcher.Form>
      </BlockStack>
    </Card>
  );
}
