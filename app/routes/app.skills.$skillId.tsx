import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, isRouteErrorResponse, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Box,
  Button,
  ButtonGroup,
  Card,
  DataTable,
  Divider,
  InlineGrid,
  InlineStack,
  Layout,
  Link,
  Page,
  Pagination,
  Tabs,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import { z } from "zod";
import { requireAdmin } from "../admin-context.server";
import { BarChart } from "../admin/components/BarChart";
import { useFormat } from "../admin/components/format";
import { SkillStatusBadge } from "../admin/components/SkillStatusBadge";
import { RateStatCards } from "../admin/components/RateStatCards";
import { ACTION_LABELS, labelFor } from "../admin/components/transcript/labels";
import { prerequisiteFixUrl, useSkillLabels } from "../admin/components/skill-labels";
import { useT } from "../admin/i18n";
import { SkillId } from "../agent/skill-ids";
import { SKILLS, skillStatus } from "../agent/skills";
import { TOOL_DESCRIPTIONS } from "../agent/tools";
import { db } from "../db.server";
import { shopCapabilities } from "../services/shop-capabilities.server";
import { skillPerformance, skillQuestions } from "../services/skill-analytics.server";

const TABS = ["overview", "performance"] as const;

/** The page's state lives in the URL, so a tab, a period, a search or a page can be linked to and reloaded. */
const View = z.object({
  tab: z.enum(TABS).catch("overview"),
  period: z.enum(["day", "week"]).catch("day"),
  q: z.string().max(200).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
});

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const id = SkillId.safeParse(params.skillId);
  if (!id.success) throw new Response("Not found", { status: 404 });
  const skill = SKILLS[id.data];
  const view = View.parse(Object.fromEntries(new URL(request.url).searchParams));
  const status = skillStatus(skill, await shopCapabilities(db, shop));
  const missing = status.status === "unavailable" ? status.missing : [];

  const performance =
    view.tab === "performance"
      ? await Promise.all([
          skillPerformance(db, shop, skill.id, view.period, new Date()),
          skillQuestions(db, shop, skill.id, { search: view.q, page: view.page }),
        ]).then(([summary, questions]) => ({ ...summary, ...questions }))
      : null;

  return {
    view,
    status,
    skill: {
      id: skill.id,
      name: skill.name,
      overview: skill.overview,
      whenUsed: skill.whenUsed,
      howItResponds: skill.howItResponds,
      needsLogin: skill.needsLogin,
      tools: skill.tools.map((name) => ({ name, description: TOOL_DESCRIPTIONS[name] })),
      prerequisites: skill.prerequisites.map((prerequisite) => ({ prerequisite, met: !missing.includes(prerequisite) })),
    },
    performance,
  };
};

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

/** The chart's wording per period: bars are days, or weeks named by their Monday. */
const DAY_MESSAGES = {
  window: { en: "Last {count} days (UTC)", ko: "최근 {count}일 (UTC)" },
  column: { en: "Day", ko: "날짜" },
  summary: {
    en: "{skill}: {total} conversations in the last {count} days, the most ({max}) on {peak}.",
    ko: "{skill}: 최근 {count}일 동안 대화 {total}건, 가장 많은 날은 {peak} ({max}건).",
  },
  summaryEmpty: { en: "{skill}: no conversations in the last {count} days.", ko: "{skill}: 최근 {count}일 동안 대화가 없어요." },
};
const WEEK_MESSAGES = {
  window: { en: "Last {count} weeks, by the Monday they start on (UTC)", ko: "최근 {count}주, 주 시작 월요일 기준 (UTC)" },
  column: { en: "Week starting", ko: "주 시작일" },
  summary: {
    en: "{skill}: {total} conversations in the last {count} weeks, the most ({max}) in the week of {peak}.",
    ko: "{skill}: 최근 {count}주 동안 대화 {total}건, 가장 많은 주는 {peak} 주 ({max}건).",
  },
  summaryEmpty: { en: "{skill}: no conversations in the last {count} weeks.", ko: "{skill}: 최근 {count}주 동안 대화가 없어요." },
};

const MESSAGES = {
  allSkills: { en: "Skills", ko: "스킬" },
  overviewTab: { en: "Overview", ko: "개요" },
  performanceTab: { en: "Performance", ko: "성과" },
  actionsTitle: { en: "Account actions", ko: "계정 작업" },
  actionColumn: { en: "Action", ko: "작업" },
  actionProposed: { en: "Asked to confirm", ko: "확인 요청" },
  actionDone: { en: "Done", ko: "완료" },
  actionDeclined: { en: "Declined", ko: "거절" },
  actionFailed: { en: "Failed (handed over)", ko: "실패 (이관)" },
  overview: { en: "Overview", ko: "개요" },
  whenUsed: { en: "When it is used", ko: "사용되는 경우" },
  howItResponds: { en: "How it responds", ko: "응답 방식" },
  whoCanUse: { en: "Shopper login", ko: "쇼핑객 로그인" },
  needsLogin: {
    yes: { en: "Account answers need a logged-in customer, or a guest who verifies with order number and email.", ko: "계정 정보는 로그인한 고객이나 주문 번호와 이메일로 인증한 게스트에게만 보여요." },
    partly: { en: "Some answers (e.g. codes reserved for a customer) need a logged-in customer.", ko: "일부 답변(예: 특정 고객 전용 코드)은 로그인한 고객에게만 보여요." },
    no: { en: "Anyone can use it; no login needed.", ko: "누구나 사용할 수 있어요. 로그인이 필요 없어요." },
  },
  toolsTitle: { en: "Tools it uses", ko: "사용하는 도구" },
  prerequisitesTitle: { en: "Prerequisites", ko: "필요 조건" },
  noPrerequisites: { en: "Nothing to set up: it works with your Shopify store alone.", ko: "설정할 것이 없어요. Shopify 스토어만으로 작동해요." },
  met: { en: "Met", ko: "충족" },
  missing: { en: "Missing", ko: "없음" },
  fixIntegration: { en: "Connect in Integrations", ko: "연동에서 연결하기" },
  fixKnowledge: { en: "Add in Knowledge base", ko: "지식 베이스에 추가하기" },
  volumeTitle: { en: "Conversations", ko: "대화 수" },
  byDay: { en: "Day", ko: "일별" },
  byWeek: { en: "Week", ko: "주별" },
  columnConversations: { en: "Conversations", ko: "대화 수" },
  questionsTitle: { en: "Shoppers' questions", ko: "쇼핑객 질문" },
  questionsHelp: { en: "The messages this skill answered, newest first.", ko: "이 스킬이 답한 메시지예요. 최신순." },
  search: { en: "Search questions", ko: "질문 검색" },
  searchButton: { en: "Search", ko: "검색" },
  noQuestions: { en: "No questions yet. They appear here once shoppers ask something this skill answers.", ko: "아직 질문이 없어요. 쇼핑객이 이 스킬이 답하는 질문을 하면 여기에 표시돼요." },
  noMatches: { en: "No questions contain \"{q}\".", ko: "\"{q}\"이(가) 포함된 질문이 없어요." },
  page: { en: "Page {page}", ko: "{page}페이지" },
  notFoundTitle: { en: "Skill not found", ko: "스킬을 찾을 수 없어요" },
  notFoundBody: { en: "There is no skill at this address. Pick one from the list of skills.", ko: "이 주소에는 스킬이 없어요. 스킬 목록에서 선택해 주세요." },
};

export default function SkillDetail() {
  const { view, status, skill, performance } = useLoaderData<typeof loader>();
  const t = useT();
  const labels = useSkillLabels();
  const [, setSearchParams] = useSearchParams();
  const tabs = [
    { id: "overview", content: t(MESSAGES.overviewTab) },
    { id: "performance", content: t(MESSAGES.performanceTab) },
  ];
  // A new tab starts fresh (no search, first page) but keeps the chosen period.
  const selectTab = (index: number) => setSearchParams({ tab: TABS[index] ?? "overview", period: view.period }, { preventScrollReset: true });

  return (
    <Page backAction={{ content: t(MESSAGES.allSkills), url: "/app/skills" }} title={labels.skillName(skill)} titleMetadata={<SkillStatusBadge status={status} compact />}>
      <BlockStack gap="400">
        <Tabs tabs={tabs} selected={TABS.indexOf(view.tab)} onSelect={selectTab} />
        {performance ? <PerformanceTab skill={skill} view={view} performance={performance} /> : <OverviewTab skill={skill} />}
      </BlockStack>
    </Page>
  );
}

function OverviewTab({ skill }: { skill: LoaderData["skill"] }) {
  const t = useT();
  const labels = useSkillLabels();
  const sections = [
    { title: MESSAGES.overview, body: skill.overview },
    { title: MESSAGES.whenUsed, body: skill.whenUsed },
    { title: MESSAGES.howItResponds, body: skill.howItResponds },
    { title: MESSAGES.whoCanUse, body: t(MESSAGES.needsLogin[skill.needsLogin]) },
  ];
  return (
    <Layout>
      <Layout.Section>
        <Card>
          <BlockStack gap="400">
            {sections.map((section) => (
              <BlockStack gap="100" key={section.title.en}>
                <Text as="h2" variant="headingSm">
                  {t(section.title)}
                </Text>
                <Text as="p">{section.body}</Text>
              </BlockStack>
            ))}
          </BlockStack>
        </Card>
      </Layout.Section>
      <Layout.Section variant="oneThird">
        <BlockStack gap="400">
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingSm">
                {t(MESSAGES.prerequisitesTitle)}
              </Text>
              {skill.prerequisites.length === 0 && <Text as="p">{t(MESSAGES.noPrerequisites)}</Text>}
              {skill.prerequisites.map(({ prerequisite, met }) => (
                <BlockStack gap="100" key={prerequisite.missing} inlineAlign="start">
                  <InlineStack gap="200" blockAlign="center" wrap={false}>
                    <Badge tone={met ? "success" : "critical"} progress={met ? "complete" : "incomplete"}>
                      {t(met ? MESSAGES.met : MESSAGES.missing)}
                    </Badge>
                    <Text as="span">{labels.missing(prerequisite)}</Text>
                  </InlineStack>
                  {!met && (
                    <Link url={prerequisiteFixUrl(prerequisite)}>
                      {t(prerequisite.kind === "integration" ? MESSAGES.fixIntegration : MESSAGES.fixKnowledge)}
                    </Link>
                  )}
                </BlockStack>
              ))}
            </BlockStack>
          </Card>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingSm">
                {t(MESSAGES.toolsTitle)}
              </Text>
              {skill.tools.map((tool) => (
                <BlockStack gap="050" key={tool.name}>
                  <Text as="span" variant="bodySm" fontWeight="semibold">
                    <code>{tool.name}</code>
                  </Text>
                  <Text as="p" variant="bodySm" tone="subdued">
                    {tool.description}
                  </Text>
                </BlockStack>
              ))}
            </BlockStack>
          </Card>
        </BlockStack>
      </Layout.Section>
    </Layout>
  );
}

function PerformanceTab({ skill, view, performance }: { skill: LoaderData["skill"]; view: LoaderData["view"]; performance: NonNullable<LoaderData["performance"]> }) {
  return (
    <BlockStack gap="400">
      <VolumeCard skill={skill} period={view.period} volume={performance.volume} />
      <InlineGrid columns={2} gap="400">
        <RateStatCards rates={performance.rates} />
      </InlineGrid>
      {performance.actions.length ? <ActionsCard actions={performance.actions} /> : null}
      {/* Keyed by the search so the field shows the URL's search after back/forward navigation. */}
      <QuestionsCard key={view.q} view={view} questions={performance.questions} hasNextPage={performance.hasNextPage} />
    </BlockStack>
  );
}

/** The account actions the skill proposed in the window and how each ended: what shoppers confirmed and what failed. */
function ActionsCard({ actions }: { actions: NonNullable<LoaderData["performance"]>["actions"] }) {
  const t = useT();
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t(MESSAGES.actionsTitle)}
        </Text>
        <DataTable
          columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric"]}
          headings={[t(MESSAGES.actionColumn), t(MESSAGES.actionProposed), t(MESSAGES.actionDone), t(MESSAGES.actionDeclined), t(MESSAGES.actionFailed)]}
          rows={actions.map((row) => [labelFor(t, ACTION_LABELS, row.action), row.proposed, row.done, row.declined, row.failed])}
        />
      </BlockStack>
    </Card>
  );
}

function VolumeCard({ skill, period, volume }: { skill: LoaderData["skill"]; period: LoaderData["view"]["period"]; volume: { from: string; conversations: number }[] }) {
  const t = useT();
  const format = useFormat();
  const labels = useSkillLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const choosePeriod = (next: typeof period) => {
    const params = new URLSearchParams(searchParams);
    params.set("period", next);
    setSearchParams(params, { preventScrollReset: true });
  };

  const count = volume.length;
  const bars = volume.map((point) => ({ label: format.day(point.from), value: point.conversations }));
  const total = bars.reduce((sum, bar) => sum + bar.value, 0);
  const peak = bars.reduce((best, bar) => (bar.value > best.value ? bar : best), bars[0]!);
  const messages = period === "day" ? DAY_MESSAGES : WEEK_MESSAGES;
  const skillName = labels.skillName(skill);
  const summary = total ? t(messages.summary, { skill: skillName, count, total, max: peak.value, peak: peak.label }) : t(messages.summaryEmpty, { skill: skillName, count });

  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <BlockStack gap="050">
            <Text as="h2" variant="headingMd">
              {t(MESSAGES.volumeTitle)}
            </Text>
            <Text as="p" variant="bodySm" tone="subdued">
              {t(messages.window, { count })}
            </Text>
          </BlockStack>
          <ButtonGroup variant="segmented">
            <Button pressed={period === "day"} onClick={() => choosePeriod("day")}>
              {t(MESSAGES.byDay)}
            </Button>
            <Button pressed={period === "week"} onClick={() => choosePeriod("week")}>
              {t(MESSAGES.byWeek)}
            </Button>
          </ButtonGroup>
        </InlineStack>
        <BarChart bars={bars} summary={summary} labelHeading={t(messages.column)} valueHeading={t(MESSAGES.columnConversations)} />
      </BlockStack>
    </Card>
  );
}

function QuestionsCard({ view, questions, hasNextPage }: { view: LoaderData["view"]; questions: { id: string; conversationId: string; text: string; askedAt: string }[]; hasNextPage: boolean }) {
  const t = useT();
  const format = useFormat();
  const [search, setSearch] = useState(view.q);
  const [searchParams] = useSearchParams();
  const pageUrl = (page: number) => {
    const params = new URLSearchParams(searchParams);
    params.set("page", String(page));
    return `?${params}`;
  };

  return (
    <Card>
      <BlockStack gap="300">
        <BlockStack gap="050">
          <Text as="h2" variant="headingMd">
            {t(MESSAGES.questionsTitle)}
          </Text>
          <Text as="p" variant="bodySm" tone="subdued">
            {t(MESSAGES.questionsHelp)}
          </Text>
        </BlockStack>
        {/* A GET form: the search lands in the URL (?q=) and starts again on the first page. */}
        <Form method="get" preventScrollReset>
          <input type="hidden" name="tab" value="performance" />
          <input type="hidden" name="period" value={view.period} />
          <TextField
            label={t(MESSAGES.search)}
            labelHidden
            name="q"
            type="search"
            value={search}
            onChange={setSearch}
            placeholder={t(MESSAGES.search)}
            autoComplete="off"
            connectedRight={<Button submit>{t(MESSAGES.searchButton)}</Button>}
          />
        </Form>
        {questions.length === 0 ? (
          <Text as="p" tone="subdued">
            {view.q ? t(MESSAGES.noMatches, { q: view.q }) : t(MESSAGES.noQuestions)}
          </Text>
        ) : (
          <BlockStack gap="200">
            {questions.map((question, index) => (
              <BlockStack gap="200" key={question.id}>
                {index > 0 && <Divider />}
                <InlineStack align="space-between" blockAlign="start" gap="200" wrap={false}>
                  <Box minWidth="0">
                    <Link url={`/app/conversations/${question.conversationId}`} removeUnderline>
                      <Text as="span" breakWord>
                        {question.text}
                      </Text>
                    </Link>
                  </Box>
                  <Text as="span" variant="bodySm" tone="subdued">
                    {format.date(question.askedAt)}
                  </Text>
                </InlineStack>
              </BlockStack>
            ))}
          </BlockStack>
        )}
        {(view.page > 1 || hasNextPage) && (
          <InlineStack align="center">
            <Pagination
              hasPrevious={view.page > 1}
              previousURL={pageUrl(view.page - 1)}
              hasNext={hasNextPage}
              nextURL={pageUrl(view.page + 1)}
              label={t(MESSAGES.page, { page: view.page })}
            />
          </InlineStack>
        )}
      </BlockStack>
    </Card>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  // Anything but an unknown skill goes to the app's boundary, which knows Shopify's errors.
  if (!isRouteErrorResponse(error) || error.status !== 404) throw error;
  return (
    <Page backAction={{ content: t(MESSAGES.allSkills), url: "/app/skills" }} title={t(MESSAGES.notFoundTitle)}>
      <Card>
        <Text as="p">{t(MESSAGES.notFoundBody)}</Text>
      </Card>
    </Page>
  );
}
