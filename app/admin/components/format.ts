import { useAdminLocale } from "../i18n";

/**
 * Numbers and dates in the admin's language. Dates are formatted in UTC, the time zone the analytics buckets use,
 * which also keeps the server's and the browser's rendering identical.
 */
export function useFormat() {
  const locale = useAdminLocale();
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    /** A rate of 0–1 as a whole percentage; "—" when there was nothing to measure. */
    percent: (rate: number | null) => (rate === null ? "—" : percent.format(rate)),
    /** "Mar 3" — for chart axes. */
    day: (iso: string) => day.format(new Date(iso)),
    /** "Mar 3, 2026" — for lists. */
    date: (iso: string) => date.format(new Date(iso)),
  };
}
