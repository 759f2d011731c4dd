import { EMAIL } from "../text-patterns";

/** The email address a message gives ("it's JANE@example.com" → jane@example.com). */
export const emailIn = (text: string): string | null => EMAIL.exec(text)?.[0]?.toLowerCase() ?? null;
