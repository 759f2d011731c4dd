import { useSearchParams } from "@remix-run/react";
import { useCallback, useEffect, useState } from "react";

export type ListParams = ReturnType<typeof useListParams>;

/**
 * A list's filters and page live in its URL, so a filtered view can be shared, reloaded and left with the back
 * button. Changing a filter goes back to the first page.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (!("page" in changes)) next.delete("page");
          return next;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );
  const pagination = (page: { page: number; hasPrevious: boolean; hasNext: boolean }) => ({
    hasPrevious: page.hasPrevious,
    hasNext: page.hasNext,
    onPrevious: () => update({ page: String(page.page - 1) }),
    onNext: () => update({ page: String(page.page + 1) }),
  });
  return { params, update, pagination };
}

/**
 * A search field over the list: what is typed shows at once and reaches the URL (and the loader) when typing pauses.
 * When the URL changes by other means (clear all, back button) the field follows it.
 */
export function useSearchField({ params, update }: ListParams, name: string) {
  const inUrl = params.get(name) ?? "";
  const [value, setValue] = useState(inUrl);
  const [lastInUrl, setLastInUrl] = useState(inUrl);
  if (inUrl !== lastInUrl) {
    setLastInUrl(inUrl);
    setValue(inUrl);
  }
  useEffect(() => {
    if (value === inUrl) return;
    const timer = setTimeout(() => update({ [name]: value || null }), 300);
    return () => clearTimeout(timer);
  }, [value, inUrl, name, update]);
  return [value, setValue] as const;
}
