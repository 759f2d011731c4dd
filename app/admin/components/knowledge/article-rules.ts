/** An article's limits: the knowledge service validates them, the form counts characters against them. */
export const MAX_TITLE_CHARS = 200;
export const MAX_BODY_CHARS = 100_000;

/**
 * Which files the knowledge base takes. The upload form checks them before sending (so a 40 MB video fails at once,
 * without an upload) and the server checks them again, since a browser's check can be skipped.
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOAD_EXTENSIONS = [".md", ".txt", ".html", ".htm", ".pdf"] as const;
export type UploadFormat = "markdown" | "text" | "html" | "pdf";

const FORMAT_BY_EXTENSION: Record<(typeof UPLOAD_EXTENSIONS)[number], UploadFormat> = {
  ".md": "markdown",
  ".txt": "text",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
};

/**
 * Why a file cannot become an article: a type we cannot read, too big, no text in it (e.g. a scanned PDF),
 * unreadable (not UTF-8 text, a broken PDF), or more text than one article holds.
 */
export type UploadProblem = "type" | "size" | "empty" | "unreadable" | "tooLong";

export function uploadFormat(fileName: string): UploadFormat | null {
  const name = fileName.toLowerCase();
  const extension = UPLOAD_EXTENSIONS.find((ext) => name.endsWith(ext));
  return extension ? FORMAT_BY_EXTENSION[extension] : null;
}

/** The problems visible from a file's name and size alone. */
export function uploadProblemBeforeReading(file: { name: string; size: number }): UploadProblem | null {
  if (!uploadFormat(file.name)) return "type";
  if (file.size > MAX_UPLOAD_BYTES) return "size";
  return null;
}
