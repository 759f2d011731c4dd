import { useEffect, useState } from "react";
import { useAdminLocale } from "../../i18n";

const format = (date: Date, locale: string, timeZone?: string) =>
  date.toLocaleString(locale === "ko" ? "ko-KR" : "en-US", { dateStyle: "medium", timeStyle: "short", timeZone });

/**
 * A moment in the merchant's own time zone. The server does not know it, so the first render (server and hydration)
 * says UTC and the browser then shows local time — the same text on both sides, no hydration mismatch.
 */
export function LocalTime({ value }: { value: Date | string }) {
  const locale = useAdminLocale();
  const date = new Date(value);
  const [text, setText] = useState(() => `${format(date, locale, "UTC")} UTC`);
  const time = date.getTime();
  useEffect(() => setText(format(new Date(time), locale)), [time, locale]);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
