import { Badge, BlockStack, Button, Card, IndexTable, InlineStack, Link, Text as PolarisText, useBreakpoints } from "@shopify/polaris";
import { useState } from "react";
import type { ArticleSource, ArticleSummary } from "../../../services/knowledge.server";
import { type Text, useT } from "../../i18n";
import { useFormat } from "../format";
import { DeleteArticleModal } from "./DeleteArticleModal";
import { SkillBadges } from "./SkillBadges";
import { TopicBadges } from "./TopicBadges";

const MESSAGES = {
  heading: { en: "Articles ({count})", ko: "글 ({count})" },
  resourceSingular: { en: "article", ko: "글" },
  resourcePlural: { en: "articles", ko: "글" },
  title: { en: "Title", ko: "제목" },
  source: { en: "Source", ko: "출처" },
  topics: { en: "Topics", ko: "주제" },
  feeds: { en: "Feeds skills", ko: "사용하는 스킬" },
  updated: { en: "Updated", ko: "수정일" },
  actions: { en: "Actions", ko: "작업" },
  delete: { en: "Delete", ko: "삭제" },
  deleteLabel: { en: "Delete {title}", ko: "{title} 삭제" },
};

const SOURCE_LABELS: Record<ArticleSource, Text> = {
  manual: { en: "Written here", ko: "직접 작성" },
  upload: { en: "Uploaded", ko: "업로드" },
  policy: { en: "Shopify policy", ko: "Shopify 정책" },
  demo: { en: "Demo", ko: "데모" },
};

/** The knowledge base as a table (a stacked list on phones), with delete behind a confirmation. */
export function ArticlesTable({ articles }: { articles: ArticleSummary[] }) {
  const t = useT();
  const format = useFormat();
  const condensed = useBreakpoints().smDown;
  const [deleting, setDeleting] = useState<ArticleSummary | null>(null);

  const titleCell = (article: ArticleSummary) => (
    <BlockStack gap="050">
      <Link url={`/app/knowledge/${article.id}`} removeUnderline>
        <PolarisText as="span" fontWeight="semibold" breakWord>
          {article.title}
        </PolarisText>
      </Link>
      {article.source === "upload" && article.fileName && (
        <PolarisText as="span" variant="bodySm" tone="subdued" breakWord>
          {article.fileName}
        </PolarisText>
      )}
    </BlockStack>
  );
  const deleteButton = (article: ArticleSummary) => (
    <Button variant="plain" tone="critical" accessibilityLabel={t(MESSAGES.deleteLabel, { title: article.title })} onClick={() => setDeleting(article)}>
      {t(MESSAGES.delete)}
    </Button>
  );

  return (
    <Card padding="0">
      <BlockStack>
        <div style={{ padding: "var(--p-space-400)" }}>
          <PolarisText as="h2" variant="headingMd">
            {t(MESSAGES.heading, { count: articles.length })}
          </PolarisText>
        </div>
        <IndexTable
          condensed={condensed}
          selectable={false}
          resourceName={{ singular: t(MESSAGES.resourceSingular), plural: t(MESSAGES.resourcePlural) }}
          itemCount={articles.length}
          headings={[
            { title: t(MESSAGES.title) },
            { title: t(MESSAGES.source) },
            { title: t(MESSAGES.topics) },
            { title: t(MESSAGES.feeds) },
            { title: t(MESSAGES.updated) },
            { title: t(MESSAGES.actions), hidden: true },
          ]}
        >
          {articles.map((article, index) => (
            <IndexTable.Row key={article.id} id={article.id} position={index}>
              {condensed ? (
                <div style={{ padding: "var(--p-space-300) var(--p-space-400)" }}>
                  <BlockStack gap="200">
                    {titleCell(article)}
                    <InlineStack gap="100" wrap>
                      <Badge>{t(SOURCE_LABELS[article.source])}</Badge>
                      <TopicBadges topics={article.topics} />
                    </InlineStack>
                    <SkillBadges skills={article.feeds} />
                    <InlineStack align="space-between" blockAlign="center">
                      <PolarisText as="span" variant="bodySm" tone="subdued">
                        {format.date(article.updatedAt.toISOString())}
                      </PolarisText>
                      {deleteButton(article)}
                    </InlineStack>
                  </BlockStack>
                </div>
              ) : (
                <>
                  <IndexTable.Cell>{titleCell(article)}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Badge>{t(SOURCE_LABELS[article.source])}</Badge>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <TopicBadges topics={article.topics} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <SkillBadges skills={article.feeds} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>{format.date(article.updatedAt.toISOString())}</IndexTable.Cell>
                  <IndexTable.Cell>{deleteButton(article)}</IndexTable.Cell>
                </>
              )}
            </IndexTable.Row>
          ))}
        </IndexTable>
      </BlockStack>
      <DeleteArticleModal article={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}
