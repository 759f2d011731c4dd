import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BlockStack, Card, Layout, Page, Text as PolarisText } from "@shopify/polaris";
import { useState } from "react";
import { requireAdmin } from "../admin-context.server";
import { ArticleForm } from "../admin/components/knowledge/ArticleForm";
import { DeleteArticleModal } from "../admin/components/knowledge/DeleteArticleModal";
import { SkillBadges } from "../admin/components/knowledge/SkillBadges";
import { TopicBadges } from "../admin/components/knowledge/TopicBadges";
import { useT } from "../admin/i18n";
import { topicsOf } from "../agent/knowledge";
import { db } from "../db.server";
import { getArticle, skillsFedBy, updateArticle } from "../services/knowledge.server";

const notFound = () => new Response("Article not found", { status: 404 });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const article = await getArticle(db, shop, params.id ?? "");
  if (!article) throw notFound();
  const topics = topicsOf(article);
  return {
    article: { id: article.id, title: article.title, body: article.body, fileName: article.fileName },
    topics: topics.filter((topic) => topic !== "faq"),
    feeds: skillsFedBy(topics),
  };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const form = await request.formData();
  const result = await updateArticle(db, shop, params.id ?? "", { title: form.get("title"), body: form.get("body") });
  if (!result) throw notFound();
  return result.ok ? redirect("/app/knowledge") : result;
};

const MESSAGES = {
  back: { en: "Knowledge base", ko: "지식 베이스" },
  delete: { en: "Delete", ko: "삭제" },
  usage: { en: "How the agent uses it", ko: "에이전트가 사용하는 방식" },
  topics: { en: "Topics", ko: "주제" },
  feeds: { en: "Feeds these skills", ko: "이 글을 사용하는 스킬" },
  usageHelp: {
    en: "Worked out from the saved title and content. A title that names the topic (“Returns policy”) is the surest way to feed a skill.",
    ko: "저장된 제목과 내용으로 판단해요. 주제가 드러나는 제목(“반품 정책”)이 스킬에 연결하는 가장 확실한 방법이에요.",
  },
};

export default function EditArticle() {
  const t = useT();
  const { article, topics, feeds } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  return (
    <Page
      title={article.title}
      subtitle={article.fileName ?? undefined}
      backAction={{ content: t(MESSAGES.back), url: "/app/knowledge" }}
      secondaryActions={[{ content: t(MESSAGES.delete), destructive: true, onAction: () => setConfirmingDelete(true) }]}
    >
      <Layout>
        <Layout.Section>
          <ArticleForm initial={article} problems={result?.problems} />
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="300">
              <PolarisText as="h2" variant="headingMd">
                {t(MESSAGES.usage)}
              </PolarisText>
              <BlockStack gap="100">
                <PolarisText as="h3" variant="headingSm">
                  {t(MESSAGES.topics)}
                </PolarisText>
                <TopicBadges topics={topics} />
              </BlockStack>
              <BlockStack gap="100">
                <PolarisText as="h3" variant="headingSm">
                  {t(MESSAGES.feeds)}
                </PolarisText>
                <SkillBadges skills={feeds} />
              </BlockStack>
              <PolarisText as="p" variant="bodySm" tone="subdued">
                {t(MESSAGES.usageHelp)}
              </PolarisText>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
      <DeleteArticleModal article={confirmingDelete ? article : null} onClose={() => setConfirmingDelete(false)} />
    </Page>
  );
}
