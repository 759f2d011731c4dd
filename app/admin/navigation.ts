import type { Text } from "./i18n";

/** The admin's pages, in menu order: Shopify's NavMenu inside the admin, a top bar in the demo. */
export const ADMIN_PAGES: { path: string; label: Text; badge?: "openHandoffs" }[] = [
  { path: "/app", label: { en: "Home", ko: "홈" } },
  { path: "/app/skills", label: { en: "Skills", ko: "스킬" } },
  { path: "/app/knowledge", label: { en: "Knowledge base", ko: "지식 베이스" } },
  { path: "/app/integrations", label: { en: "Integrations", ko: "연동" } },
  { path: "/app/handoffs", label: { en: "Handoffs", ko: "상담 이관" }, badge: "openHandoffs" },
  { path: "/app/conversations", label: { en: "Conversations", ko: "대화" } },
  { path: "/app/preview", label: { en: "Preview", ko: "미리보기" } },
  { path: "/app/settings", label: { en: "Guidance & settings", ko: "가이드 및 설정" } },
];
