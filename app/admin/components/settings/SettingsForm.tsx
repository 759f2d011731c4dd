import { Form, useNavigation } from "@remix-run/react";
import { BlockStack, Button, Card, Checkbox, ChoiceList, FormLayout, InlineStack, Layout, Select, TextField } from "@shopify/polaris";
import { useState } from "react";
import type { Helpdesk, LIMITS, ShopSettings, TonePreset } from "../../../services/settings.server";
import { type Text, useT } from "../../i18n";
import { type FieldProblems, useProblemMessage } from "../../field-problems";
import { PhraseListField } from "./PhraseListField";

/** The settings service's limits, passed down by the loader for the fields' character counters. */
type SettingsLimits = typeof LIMITS;

const MESSAGES = {
  brandTitle: { en: "Brand", ko: "브랜드" },
  brandDescription: {
    en: "Who the agent speaks for. The summary helps it answer “what do you sell?” and stay on brand.",
    ko: "에이전트가 대표하는 브랜드예요. 소개 문구는 “무엇을 파나요?” 같은 질문에 답하고 브랜드다운 말투를 지키는 데 쓰여요.",
  },
  brandName: { en: "Brand name", ko: "브랜드 이름" },
  brandSummary: { en: "Brand summary", ko: "브랜드 소개" },
  brandSummaryHelp: {
    en: "Two or three sentences: what you sell, for whom, what makes you different.",
    ko: "두세 문장으로: 무엇을, 누구에게 팔고, 무엇이 다른지.",
  },
  toneTitle: { en: "Tone", ko: "말투" },
  toneDescription: { en: "How the agent's replies sound.", ko: "에이전트 답변의 말투예요." },
  tone: { en: "Tone of voice", ko: "말투" },
  customTone: { en: "Describe the tone", ko: "말투 설명" },
  customTonePlaceholder: { en: "Warm and concise, a little witty, never pushy", ko: "따뜻하고 간결하게, 약간 재치 있게, 강요하지 않게" },
  rulesTitle: { en: "Writing rules", ko: "작성 규칙" },
  rulesDescription: {
    en: "Short rules every reply follows, such as words to avoid or how to sign off.",
    ko: "모든 답변이 따르는 짧은 규칙이에요. 피해야 할 표현, 마무리 인사 방식 등.",
  },
  rules: { en: "Rules", ko: "규칙" },
  rulesHelp: { en: "One rule at a time; press Enter or Add.", ko: "규칙을 하나씩 입력하고 Enter나 추가를 누르세요." },
  rulesPlaceholder: { en: "Never promise a delivery date", ko: "배송 날짜를 약속하지 않기" },
  handoffTitle: { en: "Handoffs to your team", ko: "팀으로 이관" },
  handoffDescription: {
    en: "Conversations the agent should not handle itself, and where they go. Every handoff is also kept in the handoff log.",
    ko: "에이전트가 직접 처리하지 않을 대화와 그 전달 위치예요. 모든 이관은 이관 기록에도 남아요.",
  },
  topics: { en: "Always hand these topics to a person", ko: "항상 사람에게 넘길 주제" },
  topicsHelp: { en: "A message mentioning one of these phrases goes straight to your team.", ko: "이 문구가 포함된 메시지는 바로 팀에 전달돼요." },
  topicsPlaceholder: { en: "chargeback", ko: "결제 취소 요청" },
  destination: { en: "Send handoffs to", ko: "이관 전달 위치" },
  destinationLog: { en: "The handoff log in this app", ko: "이 앱의 이관 기록" },
  destinationEmail: { en: "An email address", ko: "이메일 주소" },
  destinationHelpdesk: { en: "A helpdesk (Gorgias or Zendesk)", ko: "헬프데스크 (Gorgias 또는 Zendesk)" },
  email: { en: "Email address", ko: "이메일 주소" },
  helpdesk: { en: "Helpdesk", ko: "헬프데스크" },
  helpdeskDomain: { en: "Account domain", ko: "계정 도메인" },
  helpdeskDomainHelp: { en: "The address you sign in at, like {example}.", ko: "로그인하는 주소예요. 예: {example}" },
  hoursTitle: { en: "Business hours", ko: "영업시간" },
  hoursDescription: {
    en: "What the agent tells shoppers about when your team answers.",
    ko: "팀이 언제 답변하는지 에이전트가 고객에게 안내하는 내용이에요.",
  },
  openHours: { en: "Opening hours", ko: "영업시간" },
  openHoursPlaceholder: { en: "Mon–Fri, 9 am–6 pm Eastern", ko: "평일 오전 9시~오후 6시 (한국 시간)" },
  outsideHours: { en: "Message outside business hours", ko: "영업시간 외 메시지" },
  outsideHoursPlaceholder: {
    en: "Our team is offline right now and will reply by email the next business day.",
    ko: "지금은 상담 시간이 아니에요. 다음 영업일에 이메일로 답변드릴게요.",
  },
  saveOfferTitle: { en: "Subscription cancellations", ko: "구독 해지" },
  saveOfferDescription: {
    en: "Before a shopper cancels a subscription, the agent can offer to skip or pause instead. The cancellation still happens if they insist.",
    ko: "고객이 구독을 해지하기 전에 에이전트가 건너뛰기나 일시 중지를 먼저 제안할 수 있어요. 고객이 원하면 해지는 그대로 진행돼요.",
  },
  saveOfferEnabled: { en: "Make a save offer before cancelling", ko: "해지 전에 유지 혜택 제안하기" },
  saveOfferMessage: { en: "Offer message", ko: "제안 메시지" },
  saveOfferMessageHelp: {
    en: "Leave empty for the default: skip the next delivery or pause instead, and keep the subscription price.",
    ko: "비워 두면 기본 문구를 사용해요: 다음 배송 건너뛰기나 일시 중지를 제안하고 구독 가격을 유지한다고 안내해요.",
  },
  saveOfferMessagePlaceholder: { en: "We'd hate to see you go! Skip a delivery or pause instead?", ko: "떠나신다니 아쉬워요! 대신 한 번 건너뛰거나 잠시 멈춰 보시겠어요?" },
  saveOfferCode: { en: "Discount code for staying (optional)", ko: "유지 시 할인 코드 (선택)" },
  saveOfferCodeHelp: { en: "A code from Shopify Discounts, mentioned in the offer.", ko: "Shopify 할인에서 만든 코드로, 제안 메시지에 함께 안내돼요." },
  save: { en: "Save settings", ko: "설정 저장" },
} satisfies Record<string, Text>;

const TONES: { value: TonePreset | "custom"; label: Text; help: Text }[] = [
  { value: "friendly", label: { en: "Friendly", ko: "친근하게" }, help: { en: "Warm and helpful, like a good shop assistant.", ko: "좋은 매장 직원처럼 따뜻하고 친절하게." } },
  { value: "professional", label: { en: "Professional", ko: "전문적으로" }, help: { en: "Clear, polite and to the point.", ko: "명확하고 정중하며 간결하게." } },
  { value: "playful", label: { en: "Playful", ko: "유쾌하게" }, help: { en: "Light and upbeat, with a little humour.", ko: "가볍고 밝게, 약간의 유머와 함께." } },
  { value: "custom", label: { en: "Custom", ko: "직접 설정" }, help: { en: "Describe it in your own words.", ko: "원하는 말투를 직접 설명하세요." } },
];

const HELPDESK_OPTIONS: { value: Helpdesk; label: string; example: string }[] = [
  { value: "gorgias", label: "Gorgias", example: "acme.gorgias.com" },
  { value: "zendesk", label: "Zendesk", example: "acme.zendesk.com" },
];

const PAGE_PROBLEMS: Record<string, Text> = {
  wrongHelpdesk: { en: "That's the other helpdesk's address: pick the matching helpdesk above.", ko: "다른 헬프데스크의 주소예요. 위에서 맞는 헬프데스크를 선택하세요." },
  format: { en: "Enter the account's address, like acme.gorgias.com.", ko: "acme.gorgias.com 같은 계정 주소를 입력하세요." },
};

/** The discount code field has its own format problem: letters, digits, dashes and underscores only. */
const CODE_PROBLEMS: Record<string, Text> = {
  format: { en: "Use letters, digits, dashes and underscores only, like STAY10.", ko: "STAY10처럼 영문, 숫자, -와 _만 사용하세요." },
};

/** The form's working copy of the settings, flat so each field has one piece of state. */
function formState(settings: ShopSettings) {
  const { tone, handoff } = settings;
  return {
    brandName: settings.brandName,
    brandSummary: settings.brandSummary,
    tone: tone.preset,
    customTone: tone.preset === "custom" ? tone.description : "",
    writingRules: settings.writingRules,
    handoffTopics: settings.alwaysHandoffTopics,
    destination: handoff.destination,
    email: handoff.destination === "email" ? handoff.email : "",
    helpdesk: handoff.destination === "helpdesk" ? handoff.helpdesk : ("gorgias" as Helpdesk),
    helpdeskDomain: handoff.destination === "helpdesk" ? handoff.domain : "",
    openHours: settings.businessHours.openHours,
    outsideHoursMessage: settings.businessHours.outsideHoursMessage,
    saveOfferEnabled: settings.saveOffer.enabled,
    saveOfferMessage: settings.saveOffer.message,
    saveOfferCode: settings.saveOffer.discountCode,
  };
}

/** Field names match settings.server's `settingsFromForm`; problems come back keyed by SettingsInput's paths. */
export function SettingsForm({ settings, limits, problems = {} }: { settings: ShopSettings; limits: SettingsLimits; problems?: FieldProblems }) {
  const t = useT();
  const message = useProblemMessage(PAGE_PROBLEMS);
  const codeMessage = useProblemMessage(CODE_PROBLEMS);
  const [form, setForm] = useState(() => formState(settings));
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));
  const saving = useNavigation().state === "submitting";
  const example = HELPDESK_OPTIONS.find((option) => option.value === form.helpdesk)!.example;

  return (
    // noValidate: the server's checks answer in the admin's language, where the browser's bubbles would not.
    <Form method="post" noValidate>
      <BlockStack gap="500">
        <Layout>
          <Layout.AnnotatedSection title={t(MESSAGES.brandTitle)} description={t(MESSAGES.brandDescription)}>
            <Card>
              <FormLayout>
                <TextField label={t(MESSAGES.brandName)} name="brandName" value={form.brandName} onChange={set("brandName")} autoComplete="organization" maxLength={limits.brandName} error={message(problems.brandName)} />
                <TextField
                  label={t(MESSAGES.brandSummary)}
                  name="brandSummary"
                  value={form.brandSummary}
                  onChange={set("brandSummary")}
                  autoComplete="off"
                  multiline={3}
                  maxLength={limits.brandSummary}
                  showCharacterCount
                  helpText={t(MESSAGES.brandSummaryHelp)}
                  error={message(problems.brandSummary)}
                />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection title={t(MESSAGES.toneTitle)} description={t(MESSAGES.toneDescription)}>
            <Card>
              <ChoiceList
                title={t(MESSAGES.tone)}
                name="tone"
                selected={[form.tone]}
                onChange={([value]) => set("tone")(value as typeof form.tone)}
                error={message(problems["tone.preset"])}
                choices={TONES.map((tone) => ({
                  value: tone.value,
                  label: t(tone.label),
                  helpText: t(tone.help),
                  renderChildren:
                    tone.value === "custom"
                      ? (selected: boolean) =>
                          selected && (
                            <TextField
                              label={t(MESSAGES.customTone)}
                              name="customTone"
                              value={form.customTone}
                              onChange={set("customTone")}
                              placeholder={t(MESSAGES.customTonePlaceholder)}
                              autoComplete="off"
                              maxLength={limits.customTone}
                              error={message(problems["tone.description"])}
                            />
                          )
                      : undefined,
                }))}
              />
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection title={t(MESSAGES.rulesTitle)} description={t(MESSAGES.rulesDescription)}>
            <Card>
              <PhraseListField
                name="writingRule"
                label={t(MESSAGES.rules)}
                helpText={t(MESSAGES.rulesHelp)}
                placeholder={t(MESSAGES.rulesPlaceholder)}
                items={form.writingRules}
                onChange={set("writingRules")}
                maxLength={limits.rule}
                maxItems={limits.rules}
                problemAt={(index) => problems[`writingRules.${index}`]}
                listProblem={message(problems.writingRules)}
                problemMessage={message}
              />
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection title={t(MESSAGES.handoffTitle)} description={t(MESSAGES.handoffDescription)}>
            <Card>
              <BlockStack gap="400">
                <PhraseListField
                  name="handoffTopic"
                  label={t(MESSAGES.topics)}
                  helpText={t(MESSAGES.topicsHelp)}
                  placeholder={t(MESSAGES.topicsPlaceholder)}
                  items={form.handoffTopics}
                  onChange={set("handoffTopics")}
                  maxLength={limits.topic}
                  maxItems={limits.topics}
                  problemAt={(index) => problems[`alwaysHandoffTopics.${index}`]}
                  listProblem={message(problems.alwaysHandoffTopics)}
                  problemMessage={message}
                />
                <ChoiceList
                  title={t(MESSAGES.destination)}
                  name="handoffDestination"
                  selected={[form.destination]}
                  onChange={([value]) => set("destination")(value as typeof form.destination)}
                  error={message(problems["handoff.destination"])}
                  choices={[
                    { value: "log", label: t(MESSAGES.destinationLog) },
                    {
                      value: "email",
                      label: t(MESSAGES.destinationEmail),
                      renderChildren: (selected: boolean) =>
                        selected && (
                          <TextField
                            label={t(MESSAGES.email)}
                            name="handoffEmail"
                            type="email"
                            value={form.email}
                            onChange={set("email")}
                            placeholder="support@example.com"
                            autoComplete="email"
                            error={message(problems["handoff.email"])}
                          />
                        ),
                    },
                    {
                      value: "helpdesk",
                      label: t(MESSAGES.destinationHelpdesk),
                      renderChildren: (selected: boolean) =>
                        selected && (
                          <FormLayout>
                            <Select
                              label={t(MESSAGES.helpdesk)}
                              name="helpdesk"
                              options={HELPDESK_OPTIONS.map(({ value, label }) => ({ value, label }))}
                              value={form.helpdesk}
                              onChange={(value) => set("helpdesk")(value as Helpdesk)}
                              error={message(problems["handoff.helpdesk"])}
                            />
                            <TextField
                              label={t(MESSAGES.helpdeskDomain)}
                              name="helpdeskDomain"
                              value={form.helpdeskDomain}
                              onChange={set("helpdeskDomain")}
                              placeholder={example}
                              autoComplete="off"
                              helpText={t(MESSAGES.helpdeskDomainHelp, { example })}
                              error={message(problems["handoff.domain"])}
                            />
                          </FormLayout>
                        ),
                    },
                  ]}
                />
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection title={t(MESSAGES.hoursTitle)} description={t(MESSAGES.hoursDescription)}>
            <Card>
              <FormLayout>
                <TextField
                  label={t(MESSAGES.openHours)}
                  name="openHours"
                  value={form.openHours}
                  onChange={set("openHours")}
                  placeholder={t(MESSAGES.openHoursPlaceholder)}
                  autoComplete="off"
                  maxLength={limits.openHours}
                  error={message(problems["businessHours.openHours"])}
                />
                <TextField
                  label={t(MESSAGES.outsideHours)}
                  name="outsideHoursMessage"
                  value={form.outsideHoursMessage}
                  onChange={set("outsideHoursMessage")}
                  placeholder={t(MESSAGES.outsideHoursPlaceholder)}
                  autoComplete="off"
                  multiline={3}
                  maxLength={limits.outsideHoursMessage}
                  error={message(problems["businessHours.outsideHoursMessage"])}
                />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection title={t(MESSAGES.saveOfferTitle)} description={t(MESSAGES.saveOfferDescription)}>
            <Card>
              <FormLayout>
                <Checkbox label={t(MESSAGES.saveOfferEnabled)} name="saveOfferEnabled" checked={form.saveOfferEnabled} onChange={set("saveOfferEnabled")} />
                <TextField
                  label={t(MESSAGES.saveOfferMessage)}
                  name="saveOfferMessage"
                  value={form.saveOfferMessage}
                  onChange={set("saveOfferMessage")}
                  placeholder={t(MESSAGES.saveOfferMessagePlaceholder)}
                  helpText={t(MESSAGES.saveOfferMessageHelp)}
                  autoComplete="off"
                  multiline={2}
                  maxLength={limits.saveOfferMessage}
                  error={message(problems["saveOffer.message"])}
                />
                <TextField
                  label={t(MESSAGES.saveOfferCode)}
                  name="saveOfferCode"
                  value={form.saveOfferCode}
                  onChange={set("saveOfferCode")}
                  helpText={t(MESSAGES.saveOfferCodeHelp)}
                  autoComplete="off"
                  maxLength={limits.saveOfferCode}
                  error={codeMessage(problems["saveOffer.discountCode"])}
                />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>
        </Layout>
        <InlineStack align="end">
          <Button submit variant="primary" loading={saving}>
            {t(MESSAGES.save)}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
