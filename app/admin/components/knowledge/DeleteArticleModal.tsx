import { useSubmit } from "@remix-run/react";
import { Modal, Text as PolarisText } from "@shopify/polaris";
import { useT } from "../../i18n";

const MESSAGES = {
  title: { en: "Delete “{title}”?", ko: "“{title}”을(를) 삭제할까요?" },
  body: {
    en: "The agent stops using this article at once. This can't be undone.",
    ko: "에이전트가 즉시 이 글을 더 이상 사용하지 않아요. 되돌릴 수 없어요.",
  },
  delete: { en: "Delete article", ko: "글 삭제" },
  cancel: { en: "Cancel", ko: "취소" },
};

/** Asks before deleting; the list page's action deletes (from the list or from the article's own page). */
export function DeleteArticleModal({ article, onClose }: { article: { id: string; title: string } | null; onClose: () => void }) {
  const t = useT();
  const submit = useSubmit();
  return (
    <Modal
      open={article !== null}
      onClose={onClose}
      title={t(MESSAGES.title, { title: article?.title ?? "" })}
      primaryAction={{
        content: t(MESSAGES.delete),
        destructive: true,
        onAction: () => {
          if (!article) return;
          submit({ intent: "delete", id: article.id }, { method: "post", action: "/app/knowledge?index" });
          onClose();
        },
      }}
      secondaryActions={[{ content: t(MESSAGES.cancel), onAction: onClose }]}
    >
      <Modal.Section>
        <PolarisText as="p">{t(MESSAGES.body)}</PolarisText>
      </Modal.Section>
    </Modal>
  );
}
