import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Banner, BlockStack, Card, EmptyState, Layout, Page, Text as PolarisText } from "@shopify/polaris";
import { requireAdmin } from "../admin-context.server";
import { ArticlesTable } from "../admin/components/knowledge/ArticlesTable";
import { UploadCard } from "../admin/components/knowledge/UploadCard";
import { useT } from "../admin/i18n";
import { db } from "../db.server";
import { deleteArticle, importShopPolicies, listArticles } from "../services/knowledge.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  return { articles: await listArticles(db, shop) };
};

/** Import Shopify's policies, or delete an article (also posted here from the article's own page). */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, admin } = await requireAdmin(request);
  const form = await request.formData();
  switch (form.get("intent")) {
    case "import":
      return { intent: "import" as const, imported: await importShopPolicies(db, shop, admin) };
    case "delete":
      return { intent: "delete" as const, deleted: await deleteArticle(db, shop, String(form.get("id") ?? "")) };
    default:
      throw new Response("Unknown intent", { status: 400 });
  }
};

const MESSAGES = {
  title: { en: "Knowledge base", ko: "지식 베이스" },
  subtitle: {
    en: "What the agent knows about your store. Changes reach the agent on the next message.",
    ko: "에이전트가 스토어에 대해 아는 내용이에요. 변경 사항은 다음 메시지부터 바로 반영돼요.",
  },
  add: { en: "Add article", ko: "글 추가" },
  importPolicies: { en: "Import policies from Shopify", ko: "Shopify에서 정책 가져오기" },
  imported: {
    en: "Policies imported from Shopify: {created} added, {updated} updated, {unchanged} already up to date.",
    ko: "Shopify 정책을 가져왔어요: {created}개 추가, {updated}개 업데이트, {unchanged}개는 이미 최신이에요.",
  },
  noPolicies: {
    en: "Your store has no policies in Shopify yet. Write them under Settings → Policies in your Shopify admin, then import again.",
    ko: "Shopify에 아직 정책이 없어요. Shopify 관리자의 설정 → 정책에서 작성한 뒤 다시 가져오세요.",
  },
  deleted: { en: "Article deleted.", ko: "글을 삭제했어요." },
  alreadyDeleted: { en: "That article was already gone.", ko: "이미 삭제된 글이에요." },
  emptyHeading: { en: "Teach the agent about your store", ko: "에이전트에게 스토어를 알려 주세요" },
  emptyBody: {
    en: "The agent answers shoppers only from what you add here. Start with your return & exchange policy and a shipping FAQ (costs, times, countries) — they unlock the Returns skill and most shipping questions. Then add your order change & cancel policy, how your loyalty program and discounts work, and sizing or care guides.",
    ko: "에이전트는 여기에 추가한 내용으로만 고객에게 답해요. 먼저 반품·교환 정책과 배송 FAQ(비용, 기간, 국가)를 추가하세요. 반품 스킬과 대부분의 배송 질문에 필요해요. 그다음 주문 변경·취소 정책, 적립금과 할인 안내, 사이즈·관리 가이드를 추가하세요.",
  },
};

/** A stack of pages, inline: the admin must not depend on a CDN (the demo runs offline). */
const EMPTY_STATE_IMAGE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="226" height="160" viewBox="0 0 226 160"><rect x="70" y="26" width="86" height="112" rx="8" fill="#e3e3e3"/><rect x="60" y="18" width="86" height="112" rx="8" fill="#f1f1f1" stroke="#b5b5b5" stroke-width="2"/><rect x="74" y="38" width="58" height="8" rx="4" fill="#8a8a8a"/><rect x="74" y="56" width="50" height="6" rx="3" fill="#c9c9c9"/><rect x="74" y="70" width="56" height="6" rx="3" fill="#c9c9c9"/><rect x="74" y="84" width="44" height="6" rx="3" fill="#c9c9c9"/><circle cx="150" cy="112" r="20" fill="#29845a"/><path d="M141 112h18M150 103v18" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>',
)}`;

export default function KnowledgeBase() {
  const t = useT();
  const { articles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submit = useSubmit();
  const navigation = useNavigation();
  const importing = navigation.state !== "idle" && navigation.formData?.get("intent") === "import";
  const importPolicies = () => submit({ intent: "import" }, { method: "post" });

  return (
    <Page
      title={t(MESSAGES.title)}
      subtitle={t(MESSAGES.subtitle)}
      primaryAction={{ content: t(MESSAGES.add), url: "/app/knowledge/new" }}
      secondaryActions={[{ content: t(MESSAGES.importPolicies), onAction: importPolicies, loading: importing }]}
    >
      <Layout>
        {result && (
          <Layout.Section>
            <ResultBanner result={result} />
          </Layout.Section>
        )}
        {articles.length === 0 && (
          <Layout.Section>
            <Card>
              <EmptyState
                heading={t(MESSAGES.emptyHeading)}
                image={EMPTY_STATE_IMAGE}
                action={{ content: t(MESSAGES.add), url: "/app/knowledge/new" }}
                secondaryAction={{ content: t(MESSAGES.importPolicies), onAction: importPolicies }}
              >
                <PolarisText as="p">{t(MESSAGES.emptyBody)}</PolarisText>
              </EmptyState>
            </Card>
          </Layout.Section>
        )}
        <Layout.Section>
          <BlockStack gap="400">
            <UploadCard />
            {articles.length > 0 && <ArticlesTable articles={articles} />}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

type ActionResult = NonNullable<ReturnType<typeof useActionData<typeof action>>>;

function ResultBanner({ result }: { result: ActionResult }) {
  const t = useT();
  if (result.intent === "delete") return <Banner tone={result.deleted ? "success" : "warning"} title={t(result.deleted ? MESSAGES.deleted : MESSAGES.alreadyDeleted)} />;
  const { created, updated, unchanged } = result.imported;
  if (created + updated + unchanged === 0) return <Banner tone="warning" title={t(MESSAGES.noPolicies)} />;
  return <Banner tone="success" title={t(MESSAGES.imported, { created, updated, unchanged })} />;
}
