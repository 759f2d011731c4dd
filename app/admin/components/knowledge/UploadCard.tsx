import { useFetcher } from "@remix-run/react";
import { Badge, BlockStack, Button, Card, DropZone, InlineStack, Link, ProgressBar, Text as PolarisText } from "@shopify/polaris";
import { useEffect, useRef, useState } from "react";
import { type Text, useT } from "../../i18n";
import { MAX_BODY_CHARS, MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS, type UploadProblem, uploadProblemBeforeReading } from "./article-rules";

/** What the upload route answers for one file; `uploadId` (sent in the query) says which file it was. */
export type UploadResponse =
  | { uploadId: string; ok: true; article: { id: string; title: string } }
  | { uploadId: string; ok: false; problem: UploadProblem | "failed" };

type UploadItem = {
  key: string;
  name: string;
  status: "waiting" | "uploading" | "done" | "failed";
  problem?: UploadProblem | "failed";
  article?: { id: string; title: string };
};

const MESSAGES = {
  title: { en: "Upload files", ko: "파일 업로드" },
  intro: {
    en: "Each file becomes an article, titled from its first heading or its name. Markdown, text, HTML and PDF, up to {mb} MB each.",
    ko: "파일마다 글 하나가 되고, 제목은 첫 번째 제목(heading)이나 파일 이름에서 가져와요. 마크다운, 텍스트, HTML, PDF를 파일당 최대 {mb}MB까지 올릴 수 있어요.",
  },
  action: { en: "Add files", ko: "파일 추가" },
  hint: { en: "or drop .md, .txt, .html or .pdf files here", ko: "또는 .md, .txt, .html, .pdf 파일을 여기에 끌어 놓으세요" },
  uploading: { en: "Uploading {current} of {total}…", ko: "{total}개 중 {current}번째 업로드 중…" },
  finished: { en: "{added} of {total} files added", ko: "{total}개 중 {added}개 파일을 추가했어요" },
  clear: { en: "Clear list", ko: "목록 지우기" },
} satisfies Record<string, Text>;

const PROBLEMS: Record<UploadProblem | "failed", Text> = {
  type: { en: "Not a file type we can read: use .md, .txt, .html or .pdf.", ko: "읽을 수 없는 파일 형식이에요. .md, .txt, .html, .pdf를 사용하세요." },
  size: { en: "Larger than {mb} MB: split it into smaller files.", ko: "{mb}MB보다 커요. 더 작은 파일로 나눠 주세요." },
  empty: {
    en: "No text found in it (a scanned PDF needs text recognition first).",
    ko: "텍스트를 찾지 못했어요 (스캔한 PDF는 먼저 문자 인식이 필요해요).",
  },
  unreadable: {
    en: "Couldn't read it: text files must be UTF-8, and PDFs must not be damaged or password-protected.",
    ko: "읽을 수 없어요. 텍스트 파일은 UTF-8이어야 하고, PDF는 손상되거나 암호로 보호되지 않아야 해요.",
  },
  tooLong: { en: "More than {chars} characters of text: split it into several files.", ko: "텍스트가 {chars}자를 넘어요. 여러 파일로 나눠 주세요." },
  failed: { en: "Upload failed; try this file again.", ko: "업로드에 실패했어요. 이 파일을 다시 시도하세요." },
};

const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);

/**
 * Uploads files one at a time, each through the upload route's action, so a long batch shows real progress ("3 of
 * 12") and a file that fails costs only itself: the articles before it are already saved.
 */
export function UploadCard() {
  const t = useT();
  const { submit, state, data } = useFetcher<UploadResponse>();
  const [items, setItems] = useState<UploadItem[]>([]);
  const files = useRef(new Map<string, File>());
  const nextKey = useRef(0);

  const enqueue = (dropped: File[]) => {
    const added = dropped.map((file): UploadItem => {
      const key = `upload-${nextKey.current++}`;
      const problem = uploadProblemBeforeReading(file);
      if (problem) return { key, name: file.name, status: "failed", problem };
      files.current.set(key, file);
      return { key, name: file.name, status: "waiting" };
    });
    setItems((current) => [...current, ...added]);
  };

  // Drives the queue: record the answer for the file in flight, then send the next waiting one.
  useEffect(() => {
    if (state !== "idle") return;
    const inFlight = items.find((item) => item.status === "uploading");
    if (inFlight) {
      if (data?.uploadId !== inFlight.key) return; // sent, its answer not here yet
      files.current.delete(inFlight.key);
      setItems((current) =>
        current.map((item) =>
          item.key !== inFlight.key ? item : data.ok ? { ...item, status: "done", article: data.article } : { ...item, status: "failed", problem: data.problem },
        ),
      );
      return;
    }
    const next = items.find((item) => item.status === "waiting");
    const file = next && files.current.get(next.key);
    if (!next || !file) return;
    const form = new FormData();
    form.set("file", file);
    submit(form, { method: "post", action: `/app/knowledge/upload?uploadId=${next.key}`, encType: "multipart/form-data" });
    setItems((current) => current.map((item) => (item.key === next.key ? { ...item, status: "uploading" } : item)));
  }, [state, data, items, submit]);

  const finished = items.filter((item) => item.status === "done" || item.status === "failed").length;
  const added = items.filter((item) => item.status === "done").length;
  const running = finished < items.length;

  return (
    <Card>
      <BlockStack gap="300">
        <PolarisText as="h2" variant="headingMd">
          {t(MESSAGES.title)}
        </PolarisText>
        <PolarisText as="p" tone="subdued">
          {t(MESSAGES.intro, { mb: MAX_UPLOAD_MB })}
        </PolarisText>
        <DropZone accept={UPLOAD_EXTENSIONS.join(",")} allowMultiple onDrop={enqueue} variableHeight label={t(MESSAGES.title)} labelHidden>
          <DropZone.FileUpload actionTitle={t(MESSAGES.action)} actionHint={t(MESSAGES.hint)} />
        </DropZone>
        {items.length > 0 && (
          <BlockStack gap="200">
            <InlineStack align="space-between" blockAlign="center">
              <PolarisText as="p" variant="bodyMd" fontWeight="semibold">
                {running ? t(MESSAGES.uploading, { current: Math.min(finished + 1, items.length), total: items.length }) : t(MESSAGES.finished, { added, total: items.length })}
              </PolarisText>
              {!running && (
                <Button variant="plain" onClick={() => setItems([])}>
                  {t(MESSAGES.clear)}
                </Button>
              )}
            </InlineStack>
            <ProgressBar progress={(finished / items.length) * 100} tone={running ? "highlight" : "success"} size="small" />
            <BlockStack gap="100" as="ul">
              {items.map((item) => (
                <UploadRow key={item.key} item={item} problemText={item.problem ? t(PROBLEMS[item.problem], { mb: MAX_UPLOAD_MB, chars: MAX_BODY_CHARS.toLocaleString("en-US") }) : undefined} />
              ))}
            </BlockStack>
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}

const STATUS_BADGES: Record<UploadItem["status"], { label: Text; tone?: "success" | "critical" | "info"; progress: "incomplete" | "partiallyComplete" | "complete" }> = {
  waiting: { label: { en: "Waiting", ko: "대기 중" }, progress: "incomplete" },
  uploading: { label: { en: "Uploading", ko: "업로드 중" }, tone: "info", progress: "partiallyComplete" },
  done: { label: { en: "Added", ko: "추가됨" }, tone: "success", progress: "complete" },
  failed: { label: { en: "Not added", ko: "추가 안 됨" }, tone: "critical", progress: "incomplete" },
};

function UploadRow({ item, problemText }: { item: UploadItem; problemText?: string }) {
  const t = useT();
  const badge = STATUS_BADGES[item.status];
  return (
    <li style={{ listStyle: "none" }}>
      <InlineStack gap="200" blockAlign="start" wrap={false}>
        <Badge tone={badge.tone} progress={badge.progress}>
          {t(badge.label)}
        </Badge>
        <BlockStack gap="0">
          <PolarisText as="span" breakWord>
            {item.article ? <Link url={`/app/knowledge/${item.article.id}`}>{item.article.title}</Link> : item.name}
          </PolarisText>
          {item.article && (
            <PolarisText as="span" variant="bodySm" tone="subdued" breakWord>
              {item.name}
            </PolarisText>
          )}
          {problemText && (
            <PolarisText as="span" variant="bodySm" tone="critical" breakWord>
              {problemText}
            </PolarisText>
          )}
        </BlockStack>
      </InlineStack>
    </li>
  );
}
