import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, Card, Divider, FormLayout, InlineStack, Layout, Page, Text as PolarisText, TextField } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { requireAdmin } from "../admin-context.server";
import { SkillBadges } from "../admin/components/knowledge/SkillBadges";
import { type FieldProblems, useProblemMessage } from "../admin/field-problems";
import { useFormat } from "../admin/components/format";
import { type Text, useT } from "../admin/i18n";
import type { IntegrationKind } from "../agent/tools/providers";
import { config } from "../config.server";
import { db } from "../db.server";
import { DEMO_PROVIDER_CREDENTIALS } from "../demo/providers/credentials";
import { connectProvider, disconnectIntegration, type IntegrationKindOverview, integrationsOverview } from "../services/integrations.server";
import { providerNetwork } from "../services/provider-network.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  // The demo's provider fakes accept one key each; the page shows it so the other providers can be tried.
  const demoCredentials: Record<string, Record<string, string>> | null = config().mode === "demo" ? DEMO_PROVIDER_CREDENTIALS : null;
  return { kinds: await integrationsOverview(db, config().encryptionKey, shop, config().appUrl), demoCredentials };
};

/** Form fields named `credential.<key>` are the provider's credentials. */
const CREDENTIAL_PREFIX = "credential.";

export type IntegrationActionResult = { provider: string; ok: true } | { provider: string; ok: false; problems: FieldProblems };

export const action = async ({ request }: ActionFunctionArgs): Promise<IntegrationActionResult> => {
  const { shop, admin } = await requireAdmin(request);
  const form = await request.formData();
  const provider = String(form.get("provider") ?? "");
  switch (form.get("intent")) {
    case "connect": {
      const credentials = Object.fromEntries(
        [...form.entries()].filter(([name]) => name.startsWith(CREDENTIAL_PREFIX)).map(([name, value]) => [name.slice(CREDENTIAL_PREFIX.length), String(value)]),
      );
      const network = providerNetwork(admin);
      return { provider, ...(await connectProvider(db, config().encryptionKey, { shop, provider, credentials }, network)) };
    }
    case "disconnect":
      await disconnectIntegration(db, shop, provider);
      return { provider, ok: true };
    default:
      throw new Response("Unknown intent", { status: 400 });
  }
};

const MESSAGES = {
  title: { en: "Integrations", ko: "연동" },
  subtitle: {
    en: "Connect one provider of each kind. Credentials are encrypted and never shown again in full.",
    ko: "종류마다 제공업체 하나를 연결하세요. 인증 정보는 암호화되어 저장되고 다시 전체가 표시되지 않아요.",
  },
  unlocks: { en: "Unlocks", ko: "사용 가능해지는 스킬" },
  improves: { en: "Adds to", ko: "기능이 추가되는 스킬" },
  connected: { en: "Connected", ko: "연결됨" },
  notConnected: { en: "Not connected", ko: "연결 안 됨" },
  credentialsRefused: { en: "Credentials refused", ko: "인증 정보 거부됨" },
  connectedSince: { en: "Connected on {date}", ko: "{date}에 연결됨" },
  unreadable: {
    en: "The saved credentials can't be read (the encryption key changed). Connect again to replace them.",
    ko: "저장된 인증 정보를 읽을 수 없어요 (암호화 키가 바뀌었어요). 다시 연결해 교체하세요.",
  },
  disconnect: { en: "Disconnect", ko: "연결 해제" },
  connectProvider: { en: "Connect {provider}", ko: "{provider} 연결" },
  updateCredentials: { en: "Update {provider} credentials", ko: "{provider} 인증 정보 변경" },
  replaces: {
    en: "Connecting {provider} replaces {current}: the agent uses one {kind} provider at a time.",
    ko: "{provider}을(를) 연결하면 {current}을(를) 대체해요. 에이전트는 한 번에 하나의 {kind} 제공업체만 사용해요.",
  },
  sentAs: { en: "Sent as {header}.", ko: "{header}(으)로 전송돼요." },
  noCredentials: {
    en: "Nothing to enter: the agent reads subscription contracts through this app's Shopify access.",
    ko: "입력할 항목이 없어요. 에이전트가 이 앱의 Shopify 권한으로 구독 계약을 읽어요.",
  },
  save: { en: "Save and connect", ko: "저장하고 연결" },
  cancel: { en: "Cancel", ko: "취소" },
  problems: { en: "Not connected: check the highlighted fields.", ko: "연결하지 못했어요. 표시된 항목을 확인하세요." },
  refused: {
    en: "{provider} refused these credentials, so the skills that need it are Unavailable. Connect again with a current key.",
    ko: "{provider}이(가) 이 인증 정보를 거부해 이 제공업체가 필요한 스킬을 사용할 수 없어요. 유효한 키로 다시 연결하세요.",
  },
  webhookUrl: { en: "Webhook URL:", ko: "웹훅 URL:" },
  lastWebhook: { en: "last verified webhook {date}: {event}", ko: "마지막 확인된 웹훅 {date}: {event}" },
  noWebhookYet: { en: "no verified webhook received yet", ko: "아직 확인된 웹훅이 없어요" },
  demoKey: { en: "Demo store: this provider's local stand-in accepts {value}", ko: "데모 스토어: 이 제공업체의 로컬 대역은 {value} 값을 받아요" },
} satisfies Record<string, Text>;

/** Problems only a provider check can find: the provider refused the key, or could not be reached to ask. */
const PROVIDER_PROBLEMS: Record<string, Text> = {
  rejectedByProvider: { en: "The provider refused this key. Copy it again from the provider's settings.", ko: "제공업체가 이 키를 거부했어요. 제공업체 설정에서 다시 복사해 주세요." },
  providerUnreachable: {
    en: "Couldn't reach the provider to check these credentials. Nothing was saved; try again in a moment.",
    ko: "인증 정보를 확인하려고 제공업체에 연결했지만 응답이 없어요. 아무것도 저장되지 않았어요. 잠시 후 다시 시도해 주세요.",
  },
};

const KIND_LABELS: Record<IntegrationKind, { title: Text; description: Text }> = {
  returns: {
    title: { en: "Returns", ko: "반품" },
    description: {
      en: "Lets the agent start returns and exchanges in your returns portal.",
      ko: "에이전트가 반품 포털에서 반품과 교환을 시작할 수 있어요.",
    },
  },
  subscriptions: {
    title: { en: "Subscriptions", ko: "구독" },
    description: {
      en: "Lets the agent show a shopper's subscriptions and skip, pause, resume, change or cancel them after the shopper confirms.",
      ko: "에이전트가 고객의 구독을 조회하고, 고객이 확인하면 건너뛰기, 일시 중지, 재개, 주기 변경, 해지를 할 수 있어요.",
    },
  },
  loyalty: {
    title: { en: "Loyalty", ko: "로열티" },
    description: {
      en: "Lets the agent tell shoppers their points, tier and rewards, and redeem a reward into a discount code after the shopper confirms.",
      ko: "에이전트가 고객에게 포인트, 등급, 리워드를 알려 주고, 고객이 확인하면 리워드를 할인 코드로 교환할 수 있어요.",
    },
  },
};

export default function Integrations() {
  const t = useT();
  const { kinds, demoCredentials } = useLoaderData<typeof loader>();
  return (
    <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)}>
      <Layout>
        {kinds.map((kind) => (
          <Layout.Section key={kind.kind}>
            <KindCard overview={kind} demoCredentials={demoCredentials} />
          </Layout.Section>
        ))}
      </Layout>
    </Page>
  );
}

function KindCard({ overview, demoCredentials }: { overview: IntegrationKindOverview; demoCredentials: Record<string, Record<string, string>> | null }) {
  const t = useT();
  const format = useFormat();
  const fetcher = useFetcher<typeof action>();
  const [formFor, setFormFor] = useState<string | null>(null);
  const { connected } = overview;
  const labels = KIND_LABELS[overview.kind];
  const connectedProvider = overview.providers.find((provider) => provider.id === connected?.provider);
  const formProvider = overview.providers.find((provider) => provider.id === formFor);

  // A successful connect closes the form; its fields (the typed secret) are dropped with it.
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok) setFormFor(null);
  }, [fetcher.state, fetcher.data]);

  const disconnect = (provider: string) => fetcher.submit({ intent: "disconnect", provider }, { method: "post" });

  return (
    <Card>
      <BlockStack gap="400">
        <BlockStack gap="200">
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <PolarisText as="h2" variant="headingMd">
              {t(labels.title)}
            </PolarisText>
            {connected ? (
              <Badge tone={connected.status === "connected" ? "success" : "critical"}>{`${t(connected.status === "connected" ? MESSAGES.connected : MESSAGES.credentialsRefused)}: ${connected.name}`}</Badge>
            ) : (
              <Badge>{t(MESSAGES.notConnected)}</Badge>
            )}
          </InlineStack>
          <PolarisText as="p" tone="subdued">
            {t(labels.description)}
          </PolarisText>
          <SkillsLine label={t(MESSAGES.unlocks)} skills={overview.unlocks} />
          <SkillsLine label={t(MESSAGES.improves)} skills={overview.improves} />
        </BlockStack>

        {connected && (
          <Box background="bg-surface-secondary" padding="300" borderRadius="200">
            <InlineStack align="space-between" blockAlign="center" gap="300">
              <BlockStack gap="100">
                <PolarisText as="p" fontWeight="semibold">
                  {connected.name}
                </PolarisText>
                {connected.status === "invalid" && (
                  <PolarisText as="p" tone="critical">
                    {t(MESSAGES.refused, { provider: connected.name })}
                  </PolarisText>
                )}
                {connected.maskedCredentials === null ? (
                  <PolarisText as="p" tone="critical">
                    {t(MESSAGES.unreadable)}
                  </PolarisText>
                ) : (
                  connected.maskedCredentials.map(({ key, masked }) => (
                    <PolarisText as="p" key={key} variant="bodySm" tone="subdued">
                      {`${t(connectedProvider?.fields.find((field) => field.key === key)?.label ?? { en: key, ko: key })}: `}
                      <span data-testid={`masked-${key}`}>{masked}</span>
                    </PolarisText>
                  ))
                )}
                <PolarisText as="p" variant="bodySm" tone="subdued">
                  {t(MESSAGES.connectedSince, { date: format.date(connected.connectedAt.toISOString()) })}
                </PolarisText>
                {connected.webhook && (
                  <PolarisText as="p" variant="bodySm" tone="subdued">
                    {t(MESSAGES.webhookUrl)} <span data-testid="webhook-url">{connected.webhook.url}</span>
                    {" · "}
                    {connected.webhook.lastEvent
                      ? t(MESSAGES.lastWebhook, { date: format.date(connected.webhook.lastEvent.at.toISOString()), event: connected.webhook.lastEvent.summary })
                      : t(MESSAGES.noWebhookYet)}
                  </PolarisText>
                )}
              </BlockStack>
              <Button tone="critical" onClick={() => disconnect(connected.provider)} loading={fetcher.state !== "idle" && fetcher.formData?.get("intent") === "disconnect"}>
                {t(MESSAGES.disconnect)}
              </Button>
            </InlineStack>
          </Box>
        )}

        <Divider />
        {formProvider ? (
          <fetcher.Form method="post" key={formProvider.id}>
            <input type="hidden" name="intent" value="connect" />
            <input type="hidden" name="provider" value={formProvider.id} />
            <CredentialsForm
              provider={formProvider}
              replaces={connected && connected.provider !== formProvider.id ? t(MESSAGES.replaces, { provider: formProvider.name, current: connected.name, kind: t(labels.title) }) : null}
              problems={fetcher.data && !fetcher.data.ok && fetcher.data.provider === formProvider.id ? fetcher.data.problems : undefined}
              saving={fetcher.state !== "idle"}
              demoValues={demoCredentials?.[formProvider.id] ?? null}
              onCancel={() => setFormFor(null)}
            />
          </fetcher.Form>
        ) : (
          <InlineStack gap="200" wrap>
            {overview.providers.map((provider) => (
              <Button key={provider.id} onClick={() => setFormFor(provider.id)}>
                {t(provider.id === connected?.provider ? MESSAGES.updateCredentials : MESSAGES.connectProvider, { provider: provider.name })}
              </Button>
            ))}
          </InlineStack>
        )}
      </BlockStack>
    </Card>
  );
}

function SkillsLine({ label, skills }: { label: string; skills: IntegrationKindOverview["unlocks"] }) {
  if (skills.length === 0) return null;
  return (
    <InlineStack gap="200" blockAlign="center">
      <PolarisText as="span" variant="bodySm" fontWeight="semibold">
        {label}
      </PolarisText>
      <SkillBadges skills={skills} />
    </InlineStack>
  );
}

function CredentialsForm(props: {
  provider: IntegrationKindOverview["providers"][number];
  replaces: string | null;
  problems?: FieldProblems;
  saving: boolean;
  demoValues: Record<string, string> | null;
  onCancel: () => void;
}) {
  const { provider, replaces, problems, saving, demoValues, onCancel } = props;
  const t = useT();
  const message = useProblemMessage(PROVIDER_PROBLEMS);
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <BlockStack gap="300">
      <PolarisText as="h3" variant="headingSm">
        {t(MESSAGES.connectProvider, { provider: provider.name })}
      </PolarisText>
      {replaces && <Banner tone="warning">{replaces}</Banner>}
      {problems && <Banner tone="critical" title={t(MESSAGES.problems)}>{message(problems.provider)}</Banner>}
      <FormLayout>
        {provider.fields.length === 0 && <PolarisText as="p">{t(MESSAGES.noCredentials)}</PolarisText>}
        {provider.fields.map((field) => (
          <TextField
            key={field.key}
            label={t(field.label)}
            name={`${CREDENTIAL_PREFIX}${field.key}`}
            type={field.secret ? "password" : "text"}
            autoComplete="off"
            value={values[field.key] ?? ""}
            onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
            maxLength={field.maxLength}
            helpText={[field.sentAs ? t(MESSAGES.sentAs, { header: field.sentAs }) : "", field.secret && demoValues?.[field.key] ? t(MESSAGES.demoKey, { value: demoValues[field.key]! }) : ""].filter(Boolean).join(" ")}
            error={message(problems?.[field.key])}
          />
        ))}
      </FormLayout>
      <InlineStack gap="200">
        <Button submit variant="primary" loading={saving}>
          {t(MESSAGES.save)}
        </Button>
        <Button onClick={onCancel}>{t(MESSAGES.cancel)}</Button>
      </InlineStack>
    </BlockStack>
  );
}
