import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { Page } from "@shopify/polaris";
import { requireAdmin } from "../admin-context.server";
import { ArticleForm } from "../admin/components/knowledge/ArticleForm";
import { useT } from "../admin/i18n";
import { db } from "../db.server";
import { createArticle } from "../services/knowledge.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireAdmin(request);
  return null;
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const form = await request.formData();
  const result = await createArticle(db, shop, { title: form.get("title"), body: form.get("body") });
  return result.ok ? redirect("/app/knowledge") : result;
};

const MESSAGES = {
  title: { en: "Add article", ko: "글 추가" },
  back: { en: "Knowledge base", ko: "지식 베이스" },
};

export default function NewArticle() {
  const t = useT();
  const result = useActionData<typeof action>();
  return (
    <Page title={t(MESSAGES.title)} backAction={{ content: t(MESSAGES.back), url: "/app/knowledge" }}>
      <ArticleForm initial={{ title: "", body: "" }} problems={result?.problems} />
    </Page>
  );
}
