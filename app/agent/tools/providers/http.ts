import type { z } from "zod";
import type { FetchLike } from "../../../shopify/admin-client";

/**
 * Plain fetch for provider APIs, with what every adapter needs: a timeout, retries with backoff, and typed errors.
 *
 * Retries are safe by construction: a 429 means the request was refused before it ran, so it is retried for every
 * method (after Retry-After when the provider sends one); a 5xx, a timeout or a dropped connection may have left a
 * POST half done, so those are retried only for requests marked idempotent (GET by default). Redeeming points is
 * never sent twice because a response was slow.
 */

export type ProviderErrorReason =
  | "timeout"
  | "unreachable"
  | "server_error"
  | "rate_limited"
  | "unauthorized"
  | "not_found"
  | "rejected"
  | "bad_response";

export class ProviderError extends Error {
  override name = "ProviderError";
  constructor(
    /** The provider's display name, e.g. "Loop Returns". */
    readonly provider: string,
    readonly reason: ProviderErrorReason,
    message: string,
    readonly status: number | null = null,
  ) {
    super(`${provider}: ${message}`);
  }
}

/** What a read gives when the provider says there is no such thing: null rather than an error (other errors stand). */
export async function nullIfNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ProviderError && error.reason === "not_found") return null;
    throw error;
  }
}

export type ProviderHttpOptions = {
  /** The provider's display name, for error messages. */
  provider: string;
  /** e.g. https://api.loopreturns.com/api/v1 (no trailing slash needed). */
  baseUrl: string;
  /** Authentication and version headers, sent with every request. */
  headers: Record<string, string>;
  fetch?: FetchLike;
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts after the first. */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
};

export type ProviderRequest<T> = {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The response body's shape; anything else is a "bad_response" error, never a half-read answer. */
  schema: z.ZodType<T>;
  /** Whether the request may be repeated after a 5xx or timeout. Default: true for GET, false otherwise. */
  idempotent?: boolean;
};

export const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_RETRIES = 2;
const BACKOFF_BASE_MS = 250;
const MAX_RETRY_AFTER_MS = 5_000;

export type ProviderHttp = {
  request<T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, options: ProviderRequest<T>): Promise<T>;
};

export function providerHttp(options: ProviderHttpOptions): ProviderHttp {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = options.baseUrl.replace(/\/+$/, "");
  const fail = (reason: ProviderErrorReason, message: string, status: number | null = null) =>
    new ProviderError(options.provider, reason, message, status);

  return {
    async request(method, path, request) {
      const url = new URL(`${base}${path}`);
      for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
      // Errors name the method and path only: query strings carry emails, which logs must not.
      const what = `${method} ${path.split("?")[0]}`;
      const idempotent = request.idempotent ?? method === "GET";

      for (let attempt = 0; ; attempt++) {
        const canRetry = attempt < retries;
        const backoff = BACKOFF_BASE_MS * 2 ** attempt * (0.5 + Math.random() / 2);
        let response: Response;
        // A timer of our own rather than AbortSignal.timeout, whose unref'd timer lets a process with nothing
        // else to do exit mid-request instead of timing out.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
        try {
          response = await fetchImpl(url.toString(), {
            method,
            headers: { Accept: "application/json", ...(request.body !== undefined ? { "Content-Type": "application/json" } : {}), ...options.headers },
            body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
            signal: controller.signal,
          });
        } catch (error) {
          const timedOut = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError";
          if (canRetry && idempotent) {
            await sleep(backoff);
            continue;
          }
          throw timedOut
            ? fail("timeout", `no answer within ${timeoutMs} ms (${what})`)
            : fail("unreachable", `could not connect (${what}): ${(error as Error).message}`);
        } finally {
          clearTimeout(timer);
        }

        if (response.status === 429) {
          if (canRetry) {
            await sleep(Math.min(retryAfterMs(response) ?? backoff, MAX_RETRY_AFTER_MS));
            continue;
          }
          throw fail("rate_limited", `still rate limited after ${retries + 1} attempts (${what})`, 429);
        }
        if (response.status >= 500) {
          if (canRetry && idempotent) {
            await sleep(backoff);
            continue;
          }
          throw fail("server_error", `answered ${response.status} (${what})`, response.status);
        }

        const text = await response.text().catch(() => "");
        if (!response.ok) {
          const detail = errorDetail(text);
          const reason: ProviderErrorReason =
            response.status === 401 || response.status === 403 ? "unauthorized" : response.status === 404 ? "not_found" : "rejected";
          throw fail(reason, `answered ${response.status} (${what})${detail ? `: ${detail}` : ""}`, response.status);
        }
        let json: unknown;
        try {
          json = text === "" ? {} : JSON.parse(text);
        } catch {
          throw fail("bad_response", `answered with something that is not JSON (${what})`, response.status);
        }
        const parsed = request.schema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw fail("bad_response", `answered in an unexpected shape (${what}: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""})`, response.status);
        }
        return parsed.data;
      }
    },
  };
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(response: Response): number | null {
  const header = response.headers.get("Retry-After");
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** The provider's own words about a refused request, when it gave some (kept short: it goes into handoff reasons). */
function errorDetail(text: string): string | null {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const candidate = body.message ?? body.error ?? body.errors ?? (body.meta as Record<string, unknown> | undefined)?.message;
    const detail = typeof candidate === "string" ? candidate : candidate ? JSON.stringify(candidate) : null;
    return detail ? detail.slice(0, 200) : null;
  } catch {
    return text ? text.slice(0, 200) : null;
  }
}
