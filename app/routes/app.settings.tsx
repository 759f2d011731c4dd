import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Page } from "@shopify/polaris";
import { useEffect } from "react";
import { requireAdmin } from "../admin-context.server";
import { SettingsForm } from "../admin/components/settings/SettingsForm";
import { useT } from "../admin/i18n";
import { db } from "../db.server";
import { LIMITS, saveShopSettings, settingsFromForm, shopSettings } from "../services/settings.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  return { settings: await shopSettings(db, shop), limits: LIMITS };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  return saveShopSettings(db, shop, settingsFromForm(await request.formData()));
};

const MESSAGES = {
  title: { en: "Guidance & settings", ko: "가이드 및 설정" },
  subtitle: { en: "How the agent speaks for your brand and when it brings in your team.", ko: "에이전트가 브랜드를 대신해 말하는 방식과 팀에 넘기는 시점이에요." },
  saved: { en: "Settings saved.", ko: "설정을 저장했어요." },
  problems: {
    en: "Settings not saved: {count} fields need a fix (marked below).",
    ko: "설정을 저장하지 못했어요. 아래 표시된 {count}개 항목을 고쳐 주세요.",
  },
};

export default function Settings() {
  const t = useT();
  const { settings, limits } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const problems = result && !result.ok ? result.problems : undefined;
  // Save sits at the bottom of a long form; the outcome banner is at the top, so bring it into view.
  useEffect(() => {
    if (result) window.scrollTo({ top: 0, behavior: "smooth" });
  }, [result]);
  return (
    <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)}>
      <BlockStack gap="400">
        {result?.ok && <Banner tone="success" title={t(MESSAGES.saved)} />}
        {problems && <Banner tone="critical" title={t(MESSAGES.problems, { count: Object.keys(problems).length })} />}
        {/* Remounted with what was stored after a save, so normalised values (a trimmed rule, a full helpdesk domain) show. */}
        <SettingsForm key={JSON.stringify(settings)} settings={settings} limits={limits} problems={problems} />
      </BlockStack>
    </Page>
  );
}
