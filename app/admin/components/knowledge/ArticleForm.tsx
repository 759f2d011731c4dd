import { Form, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, InlineStack, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useT } from "../../i18n";
import { type FieldProblems, useProblemMessage } from "../../field-problems";
import { MAX_BODY_CHARS, MAX_TITLE_CHARS } from "./article-rules";


const MESSAGES = {
  title: { en: "Title", ko: "제목" },
  titleHelp: { en: "Shoppers see it when the agent cites the article.", ko: "에이전트가 이 글을 인용할 때 고객에게 보여요." },
  body: { en: "Content", ko: "내용" },
  bodyHelp: {
    en: "Plain text or Markdown. Headings (## Refunds) split the article into sections the agent can quote one at a time.",
    ko: "일반 텍스트나 마크다운. 제목(## 환불)으로 나누면 에이전트가 섹션별로 인용할 수 있어요.",
  },
  save: { en: "Save article", ko: "글 저장" },
  problems: { en: "The article wasn't saved: fix the fields below.", ko: "글을 저장하지 못했어요. 아래 항목을 고쳐 주세요." },
};

/** Title and content of an article; the route's action validates and saves. */
export function ArticleForm({ initial, problems }: { initial: { title: string; body: string }; problems?: FieldProblems }) {
  const t = useT();
  const message = useProblemMessage();
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const saving = useNavigation().state === "submitting";
  return (
    <Form method="post">
      <BlockStack gap="400">
        {problems && <Banner tone="critical" title={t(MESSAGES.problems)} />}
        <Card>
          <FormLayout>
            <TextField
              label={t(MESSAGES.title)}
              name="title"
              value={title}
              onChange={setTitle}
              autoComplete="off"
              maxLength={MAX_TITLE_CHARS}
              showCharacterCount
              helpText={t(MESSAGES.titleHelp)}
              error={message(problems?.title)}
            />
            <TextField
              label={t(MESSAGES.body)}
              name="body"
              value={body}
              onChange={setBody}
              autoComplete="off"
              multiline={14}
              maxLength={MAX_BODY_CHARS}
              helpText={t(MESSAGES.bodyHelp)}
              error={message(problems?.body)}
            />
          </FormLayout>
        </Card>
        <InlineStack align="end">
          <Button submit variant="primary" loading={saving}>
            {t(MESSAGES.save)}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
