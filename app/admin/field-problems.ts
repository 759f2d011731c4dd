import type { z } from "zod";
import { type Text, useT } from "./i18n";

/**
 * What is wrong with one form field, as a code the page translates — services validate in one language, pages
 * speak English and Korean. Shared by the knowledge, integrations and settings forms so the same mistake reads the
 * same everywhere. `limit` is the length or count the field allows.
 */
export type FieldProblem = { problem: string; limit?: number };
/** Problems by field path ("title", "writingRules.2", "credential.apiKey"); at most one per field. */
export type FieldProblems = Record<string, FieldProblem>;

/** Turns zod's issues into field problems. A refinement names its problem in its message (e.g. "wrongHelpdesk"). */
export function problemsFromZod(error: z.ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".");
    problems[field] ??= problemOf(issue);
  }
  return problems;
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1 && issue.origin === "string" ? { problem: "required" } : { problem: "tooShort", limit: Number(issue.minimum) };
    case "too_big":
      return { problem: issue.origin === "array" ? "tooMany" : "tooLong", limit: Number(issue.maximum) };
    case "invalid_format":
      return { problem: issue.format === "email" ? "email" : "format" };
    case "custom":
      return { problem: issue.message };
    default:
      return { problem: "invalid" };
  }
}

/** The messages for the common problems; a page adds its own for its refinements. */
export const COMMON_PROBLEMS: Record<string, Text> = {
  required: { en: "This can't be empty.", ko: "비워 둘 수 없어요." },
  tooShort: { en: "Must be at least {limit} characters.", ko: "{limit}자 이상이어야 해요." },
  tooLong: { en: "Keep this to {limit} characters or fewer.", ko: "{limit}자 이하로 입력하세요." },
  tooMany: { en: "At most {limit} items.", ko: "최대 {limit}개까지 추가할 수 있어요." },
  format: { en: "This doesn't look right; check for spaces or missing characters.", ko: "형식이 올바르지 않아요. 공백이나 빠진 문자가 없는지 확인하세요." },
  email: { en: "Enter an email address like support@example.com.", ko: "support@example.com 같은 이메일 주소를 입력하세요." },
  invalid: { en: "Choose one of the options.", ko: "옵션 중 하나를 선택하세요." },
};

/** `const message = useProblemMessage(PAGE_PROBLEMS); <TextField error={message(problems.title)} />` */
export function useProblemMessage(pageProblems: Record<string, Text> = {}) {
  const t = useT();
  return (found: FieldProblem | undefined): string | undefined => {
    if (!found) return undefined;
    const text = pageProblems[found.problem] ?? COMMON_PROBLEMS[found.problem] ?? COMMON_PROBLEMS.invalid!;
    return t(text, { limit: found.limit?.toLocaleString("en-US") ?? "" });
  };
}
