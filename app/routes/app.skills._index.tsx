import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { BlockStack, Box, Card, Divider, IndexTable, Layout, Link, Modal, Page, Text, TextField } from "@shopify/polaris";
import { useCallback, useEffect, useState, type CSSProperties } from "react";
import { z } from "zod";
import { requireAdmin } from "../admin-context.server";
import { useFormat } from "../admin/components/format";
import { SkillStatusBadge } from "../admin/components/SkillStatusBadge";
import { useSkillLabels } from "../admin/components/skill-labels";
import { useT } from "../admin/i18n";
import { db } from "../db.server";
import { shopSkillStatuses } from "../services/shop-capabilities.server";
import { conversationsBySkill, trailingDays } from "../services/skill-analytics.server";

const VOLUME_DAYS = 30;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const [statuses, volumes, requests] = await Promise.all([
    shopSkillStatuses(db, shop),
    conversationsBySkill(db, shop, trailingDays(VOLUME_DAYS, new Date())),
    db.skillRequest.findMany({ where: { shop }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  ]);
  return {
    skills: statuses.map((skill) => ({ ...skill, conversations: volumes[skill.id] ?? 0 })),
    requests: requests.map((r) => ({ id: r.id, description: r.description, createdAt: r.createdAt.toISOString() })),
  };
};

const SkillRequestForm = z.object({ description: z.string().trim().min(10).max(1000) });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const form = SkillRequestForm.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) {
    const error = form.error.issues.some((issue) => issue.code === "too_big") ? "tooLong" : "tooShort";
    return data({ error } as const, { status: 400 });
  }
  await db.skillRequest.create({ data: { shop, description: form.data.description } });
  return { saved: true } as const;
};

/** Index table cells do not wrap; the name and status may, so all three columns fit a phone without scrolling. */
const WRAPS: CSSProperties = { whiteSpace: "normal" };

const MESSAGES = {
  title: { en: "Skills", ko: "스킬" },
  subtitle: {
    en: "Each skill answers one kind of shopper question. A skill goes Live by itself once what it needs is set up.",
    ko: "스킬마다 한 종류의 쇼핑객 질문에 답해요. 필요한 설정이 갖춰지면 스킬이 자동으로 사용 중이 돼요.",
  },
  skill: { en: "skill", ko: "스킬" },
  skills: { en: "skills", ko: "스킬" },
  columnSkill: { en: "Skill", ko: "스킬" },
  columnStatus: { en: "Status", ko: "상태" },
  columnVolume: { en: "Conversations", ko: "대화 수" },
  columnVolumeWindow: { en: "last 30 days", ko: "최근 30일" },
  requestSkill: { en: "Request a skill", ko: "스킬 요청하기" },
  requestQuestion: { en: "Which shopper questions should it cover?", ko: "어떤 쇼핑객 질문을 다뤄야 하나요?" },
  requestHelp: {
    en: "Describe the questions in 10 to 1,000 characters, e.g. \"Gift wrapping: can I add a note, how much does it cost?\"",
    ko: "10~1,000자로 질문을 설명해 주세요. 예: \"선물 포장: 메시지를 넣을 수 있나요? 비용은 얼마인가요?\"",
  },
  tooShort: { en: "Please describe the questions in at least 10 characters.", ko: "질문을 10자 이상으로 설명해 주세요." },
  tooLong: { en: "Please keep it to 1,000 characters or fewer.", ko: "1,000자 이하로 줄여 주세요." },
  send: { en: "Send request", ko: "요청 보내기" },
  cancel: { en: "Cancel", ko: "취소" },
  requestsTitle: { en: "Your skill requests", ko: "내 스킬 요청" },
  noRequests: {
    en: "No requests yet. When shoppers ask something no skill covers, tell us which questions a new skill should answer.",
    ko: "아직 요청이 없어요. 어떤 스킬도 다루지 않는 질문이 있다면 새 스킬이 답해야 할 질문을 알려 주세요.",
  },
  requestedOn: { en: "Requested {date}", ko: "{date} 요청" },
};

export default function Skills() {
  const { skills, requests } = useLoaderData<typeof loader>();
  const t = useT();
  const labels = useSkillLabels();
  const [requesting, setRequesting] = useState(false);
  const closeRequest = useCallback(() => setRequesting(false), []);

  return (
    <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)} primaryAction={{ content: t(MESSAGES.requestSkill), onAction: () => setRequesting(true) }}>
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <IndexTable
              resourceName={{ singular: t(MESSAGES.skill), plural: t(MESSAGES.skills) }}
              itemCount={skills.length}
              selectable={false}
              headings={[
                { title: t(MESSAGES.columnSkill) },
                { title: t(MESSAGES.columnStatus) },
                {
                  id: "volume",
                  title: (
                    <>
                      {t(MESSAGES.columnVolume)}
                      <br />
                      {t(MESSAGES.columnVolumeWindow)}
                    </>
                  ),
                  alignment: "end",
                },
              ]}
            >
              {skills.map((skill, index) => (
                <IndexTable.Row id={skill.id} key={skill.id} position={index}>
                  <IndexTable.Cell>
                    <div style={WRAPS}>
                      <Link url={`/app/skills/${skill.id}`} removeUnderline>
                        <Text as="span" fontWeight="semibold">
                          {labels.skillName(skill)}
                        </Text>
                      </Link>
                    </div>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <div style={WRAPS}>
                      <SkillStatusBadge status={skill.status} />
                    </div>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" alignment="end" numeric>
                      {skill.conversations}
                    </Text>
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <SkillRequests requests={requests} />
        </Layout.Section>
      </Layout>
      <SkillRequestModal open={requesting} onClose={closeRequest} />
    </Page>
  );
}

function SkillRequests({ requests }: { requests: { id: string; description: string; createdAt: string }[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t(MESSAGES.requestsTitle)}
        </Text>
        {requests.length === 0 ? (
          <Text as="p" tone="subdued">
            {t(MESSAGES.noRequests)}
          </Text>
        ) : (
          <BlockStack gap="300">
            {requests.map((request, index) => (
              <BlockStack gap="300" key={request.id}>
                {index > 0 && <Divider />}
                <Box>
                  <Text as="p" breakWord>
                    {request.description}
                  </Text>
                  <Text as="p" variant="bodySm" tone="subdued">
                    {t(MESSAGES.requestedOn, { date: format.date(request.createdAt) })}
                  </Text>
                </Box>
              </BlockStack>
            ))}
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}

/** The request form: the text stays in place when it is rejected, and clears only once the request is stored. */
function SkillRequestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const fetcher = useFetcher<typeof action>();
  const [description, setDescription] = useState("");
  const saved = fetcher.state === "idle" && fetcher.data !== undefined && "saved" in fetcher.data;
  const error = fetcher.state === "idle" && fetcher.data !== undefined && "error" in fetcher.data ? fetcher.data.error : null;

  useEffect(() => {
    if (!saved) return;
    setDescription("");
    onClose();
  }, [saved, fetcher.data, onClose]);

  const submit = () => fetcher.submit({ description }, { method: "post" });
  return (
    <Modal
      open={open}
      onClose={onClose}
      title={t(MESSAGES.requestSkill)}
      primaryAction={{ content: t(MESSAGES.send), onAction: submit, loading: fetcher.state !== "idle" }}
      secondaryActions={[{ content: t(MESSAGES.cancel), onAction: onClose }]}
    >
      <Modal.Section>
        <TextField
          label={t(MESSAGES.requestQuestion)}
          name="description"
          value={description}
          onChange={setDescription}
          multiline={4}
          maxLength={1000}
          showCharacterCount
          autoComplete="off"
          helpText={t(MESSAGES.requestHelp)}
          error={error ? t(MESSAGES[error]) : undefined}
        />
      </Modal.Section>
    </Modal>
  );
}
