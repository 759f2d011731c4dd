import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigation } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Box,
  Card,
  ChoiceList,
  EmptySearchResult,
  EmptyState,
  Filters,
  IndexTable,
  InlineStack,
  Layout,
  Link,
  Page,
  Tabs,
  Text,
  useBreakpoints,
} from "@shopify/polaris";
import { requireAdmin } from "../admin-context.server";
import { CustomerSummary } from "../admin/components/transcript/CustomerDetails";
import { EMPTY_ILLUSTRATION } from "../admin/components/transcript/empty-illustration";
import { labelFor, SKILL_LABELS } from "../admin/components/transcript/labels";
import { useListParams, useSearchField } from "../admin/components/transcript/list-params";
import { LocalTime } from "../admin/components/transcript/LocalTime";
import { ChannelBadge, HandoffStatusBadge } from "../admin/components/transcript/StatusBadges";
import { useT } from "../admin/i18n";
import { ROUTE_LABELS } from "../agent/skill-ids";
import { db } from "../db.server";
import { listHandoffs, parseHandoffFilters, type HandoffFilters } from "../services/handoffs.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const filters = parseHandoffFilters(new URL(request.url).searchParams);
  return { filters, handoffs: await listHandoffs(db, shop, filters) };
};

/** The status tabs; "open" first, as the default view. */
const STATUS_TABS = ["open", "resolved", "all"] as const satisfies readonly HandoffFilters["status"][];

const MESSAGES = {
  title: { en: "Handoffs", ko: "상담 이관" },
  subtitle: { en: "Conversations the agent handed to your team", ko: "에이전트가 팀에 넘긴 대화" },
  emptyHeading: { en: "No handoffs yet", ko: "아직 이관된 대화가 없어요" },
  emptyBody: {
    en: "When the agent hands a conversation to your team, it appears here",
    ko: "에이전트가 대화를 팀에 넘기면 여기에 표시돼요",
  },
  noMatchTitle: { en: "No handoffs match", ko: "조건에 맞는 이관이 없어요" },
  noMatchBody: { en: "Try another status, skill or reason.", ko: "다른 상태, 스킬 또는 사유로 찾아보세요." },
  tabs: {
    open: { en: "Open", ko: "처리 대기" },
    resolved: { en: "Resolved", ko: "해결됨" },
    all: { en: "All", ko: "전체" },
  },
  searchReason: { en: "Search reasons", ko: "사유 검색" },
  skill: { en: "Skill", ko: "스킬" },
  skillApplied: { en: "Skill: {skill}", ko: "스킬: {skill}" },
  resourceSingular: { en: "handoff", ko: "이관" },
  resourcePlural: { en: "handoffs", ko: "이관" },
  headings: {
    handedOver: { en: "Handed over", ko: "이관 시각" },
    customer: { en: "Customer", ko: "고객" },
    skill: { en: "Skill", ko: "스킬" },
    reason: { en: "Reason", ko: "사유" },
    status: { en: "Status", ko: "상태" },
  },
  count: { en: "Page {page} · {total} in total", ko: "{page}페이지 · 총 {total}건" },
};

export default function HandoffLog() {
  const { filters, handoffs } = useLoaderData<typeof loader>();
  const t = useT();
  const list = useListParams();
  const [reason, setReason] = useSearchField(list, "reason");
  const navigation = useNavigation();
  const { smDown } = useBreakpoints();

  if (!handoffs.everHandedOff) {
    return (
      <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)}>
        <Card>
          <EmptyState heading={t(MESSAGES.emptyHeading)} image={EMPTY_ILLUSTRATION}>
            <p>{t(MESSAGES.emptyBody)}</p>
          </EmptyState>
        </Card>
      </Page>
    );
  }

  const skillLabel = (skill: string) => labelFor(t, SKILL_LABELS, skill);
  return (
    <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)}>
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <Tabs
              tabs={STATUS_TABS.map((status) => ({ id: `handoffs-${status}`, content: t(MESSAGES.tabs[status]) }))}
              selected={STATUS_TABS.indexOf(filters.status)}
              // "open" is the default, so it is left out of the URL.
              onSelect={(index) => list.update({ status: index === 0 ? null : STATUS_TABS[index]! })}
            />
            <Filters
              queryValue={reason}
              queryPlaceholder={t(MESSAGES.searchReason)}
              onQueryChange={setReason}
              onQueryClear={() => setReason("")}
              onClearAll={() => list.update({ skill: null, reason: null })}
              filters={[
                {
                  key: "skill",
                  label: t(MESSAGES.skill),
                  shortcut: true,
                  filter: (
                    <ChoiceList
                      title={t(MESSAGES.skill)}
                      titleHidden
                      choices={ROUTE_LABELS.map((skill) => ({ label: skillLabel(skill), value: skill }))}
                      selected={filters.skill ? [filters.skill] : []}
                      onChange={([skill]) => list.update({ skill: skill ?? null })}
                    />
                  ),
                },
              ]}
              appliedFilters={
                filters.skill ? [{ key: "skill", label: t(MESSAGES.skillApplied, { skill: skillLabel(filters.skill) }), onRemove: () => list.update({ skill: null }) }] : []
              }
            />
            <IndexTable
              resourceName={{ singular: t(MESSAGES.resourceSingular), plural: t(MESSAGES.resourcePlural) }}
              itemCount={handoffs.items.length}
              selectable={false}
              condensed={smDown}
              loading={navigation.state === "loading" && navigation.location.pathname === "/app/handoffs"}
              emptyState={<EmptySearchResult title={t(MESSAGES.noMatchTitle)} description={t(MESSAGES.noMatchBody)} withIllustration />}
              headings={[
                { title: t(MESSAGES.headings.handedOver) },
                { title: t(MESSAGES.headings.customer) },
                { title: t(MESSAGES.headings.skill) },
                { title: t(MESSAGES.headings.reason) },
                { title: t(MESSAGES.headings.status) },
              ]}
              pagination={{ ...list.pagination(handoffs), label: t(MESSAGES.count, { total: handoffs.total, page: handoffs.page }) }}
            >
              {handoffs.items.map((handoff, index) => (
                <HandoffRow key={handoff.id} handoff={handoff} position={index} condensed={smDown} />
              ))}
            </IndexTable>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

type HandoffRowData = ReturnType<typeof useLoaderData<typeof loader>>["handoffs"]["items"][number];

/** One handoff: table cells on wide screens; on a phone (condensed) the same facts stacked in one block. */
function HandoffRow({ handoff, position, condensed }: { handoff: HandoffRowData; position: number; condensed: boolean }) {
  const t = useT();
  const handedOver = (
    <Link url={`/app/handoffs/${handoff.id}`} dataPrimaryLink removeUnderline>
      <Text as="span" fontWeight="semibold">
        <LocalTime value={handoff.createdAt} />
      </Text>
    </Link>
  );
  const customer = <CustomerSummary customerId={handoff.conversation.customerId} customerEmail={handoff.conversation.customerEmail} />;
  const skill = handoff.skill ? <Badge tone="info">{labelFor(t, SKILL_LABELS, handoff.skill)}</Badge> : null;
  const reason = (
    <Text as="span" breakWord>
      {handoff.reason}
    </Text>
  );
  // A handoff from the preview is the merchant's own test; it says so, so the team does not answer it.
  const status = (
    <InlineStack gap="100" wrap={false}>
      <HandoffStatusBadge status={handoff.status} />
      {handoff.conversation.channel === "preview" ? <ChannelBadge channel="preview" /> : null}
    </InlineStack>
  );
  return (
    <IndexTable.Row id={handoff.id} position={position}>
      {condensed ? (
        <Box padding="300" width="100%">
          <BlockStack gap="100">
            <InlineStack align="space-between" gap="200">
              {handedOver}
              {status}
            </InlineStack>
            <InlineStack gap="200" blockAlign="center">
              {customer}
              {skill}
            </InlineStack>
            {reason}
          </BlockStack>
        </Box>
      ) : (
        <>
          <IndexTable.Cell>{handedOver}</IndexTable.Cell>
          <IndexTable.Cell>{customer}</IndexTable.Cell>
          <IndexTable.Cell>{skill}</IndexTable.Cell>
          <IndexTable.Cell>{reason}</IndexTable.Cell>
          <IndexTable.Cell>{status}</IndexTable.Cell>
        </>
      )}
    </IndexTable.Row>
  );
}
