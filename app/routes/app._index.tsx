import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Badge, BlockStack, Box, Button, Card, DataTable, InlineGrid, InlineStack, Layout, Link, Page, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { SectionCard } from "../admin/components/SectionCard";
import { requireAdmin } from "../admin-context.server";
import { RateStatCards } from "../admin/components/RateStatCards";
import { StatCard } from "../admin/components/StatCard";
import { useSkillLabels } from "../admin/components/skill-labels";
import { useT } from "../admin/i18n";
import { config } from "../config.server";
import { db } from "../db.server";
import { appEmbedEditorUrl, dashboardOverview } from "../services/dashboard.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop, demo } = await requireAdmin(request);
  const overview = await dashboardOverview(db, shop);
  return { ...overview, demo, themeEditorUrl: appEmbedEditorUrl(shop, config().apiKey) };
};

type Dashboard = ReturnType<typeof useLoaderData<typeof loader>>;

const MESSAGES = {
  title: { en: "Home", ko: "홈" },
  subtitle: { en: "How your customer agent did in the last 7 days", ko: "최근 7일 동안 고객 상담 에이전트의 성과" },
  openHandoffs: { en: "Open handoffs", ko: "대기 중인 상담 이관" },
  reviewHandoffs: { en: "Review handoffs", ko: "상담 이관 확인하기" },
  noOpenHandoffs: { en: "Nothing is waiting for your team", ko: "팀이 처리할 건이 없어요" },
  volumeTitle: { en: "Conversations by skill", ko: "스킬별 대화 수" },
  volumeHelp: {
    en: "Conversations each skill answered in the last 7 days, against the 7 days before.",
    ko: "최근 7일 동안 각 스킬이 답한 대화 수를 그 전 7일과 비교해요.",
  },
  columnSkill: { en: "Skill", ko: "스킬" },
  columnThisWeek: { en: "Last 7 days", ko: "최근 7일" },
  columnWeekBefore: { en: "7 days before", ko: "그 전 7일" },
  columnChange: { en: "Change", ko: "변화" },
  newSkillVolume: { en: "new", ko: "신규" },
  emptyTitle: { en: "No shopper conversations yet", ko: "아직 쇼핑객 대화가 없어요" },
  emptyBody: {
    en: "Your agent answers shoppers from the chat bubble on your storefront. Try it in Preview first (ask where an order is, or for a discount code); numbers appear here once shoppers start chatting.",
    ko: "에이전트는 스토어의 채팅 버블에서 쇼핑객에게 답해요. 먼저 미리보기에서 사용해 보세요(주문 위치나 할인 코드를 물어보세요). 쇼핑객이 채팅을 시작하면 여기에 수치가 표시돼요.",
  },
  openPreview: { en: "Try it in Preview", ko: "미리보기에서 사용해 보기" },
  openDemoStorefront: { en: "Open the demo storefront", ko: "데모 스토어 열기" },
  openThemeEditor: { en: "Open the theme editor", ko: "테마 편집기 열기" },
  setupTitle: { en: "Finish setting up", ko: "설정 마치기" },
  setupProgress: { en: "{done} of {total} steps done", ko: "{total}단계 중 {done}단계 완료" },
  done: { en: "Done", ko: "완료" },
  toDo: { en: "To do", ko: "할 일" },
  embedTitle: { en: "Show the chat on your storefront", ko: "스토어에 채팅 표시하기" },
  embedDemo: { en: "The chat is enabled on the demo storefront.", ko: "데모 스토어에는 채팅이 켜져 있어요." },
  embedSeen: { en: "Shoppers are chatting on your storefront.", ko: "쇼핑객이 스토어에서 채팅하고 있어요." },
  embedToDo: {
    en: "Turn on \"Customer Agent chat\" under App embeds in your theme editor, then save.",
    ko: "테마 편집기의 앱 임베드에서 \"Customer Agent chat\"을 켜고 저장하세요.",
  },
  knowledgeTitle: { en: "Add your store's knowledge", ko: "스토어 지식 추가하기" },
  knowledgeNone: {
    en: "Add your policies and FAQs so the agent can answer questions about returns, shipping and more.",
    ko: "정책과 FAQ를 추가하면 에이전트가 반품, 배송 등의 질문에 답할 수 있어요.",
  },
  knowledgeMissing: { en: "Some skills need content your knowledge base does not cover yet:", ko: "일부 스킬에 필요한 콘텐츠가 지식 베이스에 아직 없어요:" },
  knowledgeDone: { en: "Your knowledge base covers what every skill needs.", ko: "지식 베이스가 모든 스킬에 필요한 내용을 담고 있어요." },
  addKnowledge: { en: "Add knowledge", ko: "지식 추가하기" },
  providersTitle: { en: "Connect your apps", ko: "앱 연결하기" },
  providersMissing: { en: "These skills go Live once their provider is connected:", ko: "제공업체를 연결하면 이 스킬들이 사용 중이 돼요:" },
  providersDone: { en: "Every skill that needs a provider has one.", ko: "제공업체가 필요한 모든 스킬이 연결되어 있어요." },
  unlocks: { en: "{kind}: unlocks {skills}", ko: "{kind}: {skills} 사용 가능" },
  improves: { en: "Optional: {kind} adds its portal to {skills}", ko: "선택: {kind}을(를) 연결하면 {skills}에 포털 링크가 추가돼요" },
  connectProviders: { en: "Connect a provider", ko: "제공업체 연결하기" },
};

export default function Home() {
  const dashboard = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)}>
      <Layout>
        <SetupChecklist dashboard={dashboard} />
        {dashboard.hasShopperConversations ? (
          <>
            <Layout.Section>
              <InlineGrid columns={{ xs: 1, sm: 3 }} gap="400">
                <RateStatCards rates={dashboard.rates} />
                <StatCard
                  title={t(MESSAGES.openHandoffs)}
                  value={dashboard.openHandoffs}
                  detail={dashboard.openHandoffs ? <Link url="/app/handoffs">{t(MESSAGES.reviewHandoffs)}</Link> : t(MESSAGES.noOpenHandoffs)}
                />
              </InlineGrid>
            </Layout.Section>
            <Layout.Section>
              <VolumeBySkill volume={dashboard.volumeBySkill} />
            </Layout.Section>
          </>
        ) : (
          <Layout.Section>
            <GettingStarted dashboard={dashboard} />
          </Layout.Section>
        )}
      </Layout>
    </Page>
  );
}

function GettingStarted({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  return (
    <SectionCard title={t(MESSAGES.emptyTitle)} gap="300">
      <Text as="p">{t(MESSAGES.emptyBody)}</Text>
      <InlineStack gap="200">
        <Button variant="primary" url="/app/preview">
          {t(MESSAGES.openPreview)}
        </Button>
        <StorefrontButton dashboard={dashboard} />
      </InlineStack>
    </SectionCard>
  );
}

/** Where the chat lives: the demo storefront, or the theme editor that switches the app embed on. */
function StorefrontButton({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  return dashboard.demo ? (
    <Button url="/demo/storefront" target="_blank">
      {t(MESSAGES.openDemoStorefront)}
    </Button>
  ) : (
    <Button url={dashboard.themeEditorUrl} target="_blank">
      {t(MESSAGES.openThemeEditor)}
    </Button>
  );
}

function VolumeBySkill({ volume }: { volume: Dashboard["volumeBySkill"] }) {
  const t = useT();
  const labels = useSkillLabels();
  const change = (row: Dashboard["volumeBySkill"][number]) => {
    if (row.weekBefore === 0) return row.thisWeek === 0 ? "—" : t(MESSAGES.newSkillVolume);
    const delta = row.thisWeek - row.weekBefore;
    const percent = Math.round((delta / row.weekBefore) * 100);
    return `${delta > 0 ? "+" : delta < 0 ? "−" : ""}${Math.abs(delta)} (${percent > 0 ? "+" : ""}${percent}%)`;
  };
  const rows = [...volume]
    .sort((a, b) => b.thisWeek - a.thisWeek || b.weekBefore - a.weekBefore)
    .map((row) => [
      <Link key={row.id} url={`/app/skills/${row.id}`} removeUnderline>
        {labels.skillName(row)}
      </Link>,
      row.thisWeek,
      row.weekBefore,
      change(row),
    ]);
  return (
    <Card padding="0">
      <Box padding="400" paddingBlockEnd="200">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            {t(MESSAGES.volumeTitle)}
          </Text>
          <Text as="p" variant="bodySm" tone="subdued">
            {t(MESSAGES.volumeHelp)}
          </Text>
        </BlockStack>
      </Box>
      <DataTable
        columnContentTypes={["text", "numeric", "numeric", "numeric"]}
        headings={[t(MESSAGES.columnSkill), t(MESSAGES.columnThisWeek), t(MESSAGES.columnWeekBefore), t(MESSAGES.columnChange)]}
        rows={rows}
      />
    </Card>
  );
}

/** The set-up steps, each done or still to do; hidden once everything is set up. */
function SetupChecklist({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const labels = useSkillLabels();
  const { setup, demo } = dashboard;
  const skillList = (skills: Parameters<typeof labels.skillName>[0][]) => skills.map(labels.skillName).join(", ");
  const missingProviders = setup.missingIntegrations.filter((kind) => kind.unlocks.length > 0);
  const optionalProviders = setup.missingIntegrations.filter((kind) => kind.unlocks.length === 0 && kind.improves.length > 0);

  const steps: SetupStepProps[] = [
    {
      title: t(MESSAGES.embedTitle),
      done: demo || setup.appEmbedSeen,
      body: t(demo ? MESSAGES.embedDemo : setup.appEmbedSeen ? MESSAGES.embedSeen : MESSAGES.embedToDo),
      action: demo ? null : <StorefrontButton dashboard={dashboard} />,
    },
    {
      title: t(MESSAGES.knowledgeTitle),
      done: setup.knowledgeDocuments > 0 && setup.missingKnowledge.length === 0,
      body:
        setup.knowledgeDocuments === 0 ? (
          t(MESSAGES.knowledgeNone)
        ) : setup.missingKnowledge.length === 0 ? (
          t(MESSAGES.knowledgeDone)
        ) : (
          <StepList
            intro={t(MESSAGES.knowledgeMissing)}
            items={setup.missingKnowledge.flatMap((topic) =>
              topic.skills.map((skill) => `${labels.skillName(skill)}: ${labels.missing({ kind: "knowledge", topic: topic.topic, missing: skill.missing })}`),
            )}
          />
        ),
      action: <Button url="/app/knowledge">{t(MESSAGES.addKnowledge)}</Button>,
    },
    {
      title: t(MESSAGES.providersTitle),
      done: missingProviders.length === 0,
      body: (
        <BlockStack gap="100">
          {missingProviders.length === 0 ? (
            <Text as="p">{t(MESSAGES.providersDone)}</Text>
          ) : (
            <StepList
              intro={t(MESSAGES.providersMissing)}
              items={missingProviders.map((kind) => t(MESSAGES.unlocks, { kind: labels.integrationKind(kind.kind), skills: skillList(kind.unlocks) }))}
            />
          )}
          {optionalProviders.map((kind) => (
            <Text as="p" tone="subdued" key={kind.kind}>
              {t(MESSAGES.improves, { kind: labels.integrationKind(kind.kind), skills: skillList(kind.improves) })}
            </Text>
          ))}
        </BlockStack>
      ),
      action: <Button url="/app/integrations">{t(MESSAGES.connectProviders)}</Button>,
    },
  ];
  const done = steps.filter((step) => step.done).length;
  if (done === steps.length) return null;

  return (
    <Layout.Section>
      <Card>
        <BlockStack gap="400">
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="h2" variant="headingMd">
              {t(MESSAGES.setupTitle)}
            </Text>
            <Text as="span" tone="subdued">
              {t(MESSAGES.setupProgress, { done, total: steps.length })}
            </Text>
          </InlineStack>
          {steps.map((step) => (
            <SetupStep key={step.title} {...step} />
          ))}
        </BlockStack>
      </Card>
    </Layout.Section>
  );
}

type SetupStepProps = { title: string; done: boolean; body: ReactNode; action: ReactNode };

function SetupStep({ title, done, body, action }: SetupStepProps) {
  const t = useT();
  return (
    <BlockStack gap="200">
      <InlineStack gap="200" blockAlign="center">
        <Badge tone={done ? "success" : "attention"} progress={done ? "complete" : "incomplete"}>
          {t(done ? MESSAGES.done : MESSAGES.toDo)}
        </Badge>
        <Text as="h3" variant="headingSm">
          {title}
        </Text>
      </InlineStack>
      <Box paddingInlineStart="400">
        <BlockStack gap="200" inlineAlign="start">
          {typeof body === "string" ? <Text as="p">{body}</Text> : body}
          {!done && action}
        </BlockStack>
      </Box>
    </BlockStack>
  );
}

function StepList({ intro, items }: { intro: string; items: string[] }) {
  return (
    <BlockStack gap="100">
      <Text as="p">{intro}</Text>
      <ul style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </BlockStack>
  );
}
