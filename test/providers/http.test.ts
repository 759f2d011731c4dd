import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderError, providerHttp } from "../../app/agent/tools/providers/http";

/** A provider API that answers from a script, one response (or a hang) per request, and records what it got. */
function scripted(responses: (Response | "hang" | "refuse")[]) {
  const seen: { url: string; method: string; headers: Headers; body: string | null }[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    seen.push({ url, method: init.method ?? "GET", headers: new Headers(init.headers), body: (init.body as string | undefined) ?? null });
    const next = responses.shift() ?? new Response("{}", { status: 200 });
    if (next === "refuse") throw new TypeError("fetch failed: ECONNREFUSED");
    if (next === "hang") {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    }
    return next;
  };
  return { fetch, seen };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers });
const sleeps: number[] = [];
const http = (fetch: ReturnType<typeof scripted>["fetch"], timeoutMs = 50) =>
  providerHttp({ provider: "Acme Loyalty", baseUrl: "https://api.acme.test/v1/", headers: { Authorization: "Bearer k" }, fetch, timeoutMs, sleep: async (ms) => void sleeps.push(ms) });
const Balance = z.object({ points: z.number() });

describe("provider HTTP layer", () => {
  it("sends the auth headers and query, and parses the answer with its schema", async () => {
    const api = scripted([json(200, { points: 120 })]);
    const body = await http(api.fetch).request("GET", "/customers", { query: { email: "a@b.test", page: undefined }, schema: Balance });
    expect(body).toEqual({ points: 120 });
    expect(api.seen[0]!.url).toBe("https://api.acme.test/v1/customers?email=a%40b.test");
    expect(api.seen[0]!.headers.get("authorization")).toBe("Bearer k");
  });

  it("retries a GET after 5xx and timeouts, then answers", async () => {
    const api = scripted([json(503, {}), "hang", json(200, { points: 5 })]);
    expect(await http(api.fetch).request("GET", "/x", { schema: Balance })).toEqual({ points: 5 });
    expect(api.seen).toHaveLength(3);
  });

  it("never repeats a POST after a 5xx or a timeout, which might have gone through", async () => {
    const failed = scripted([json(500, { error: "boom" })]);
    await expect(http(failed.fetch).request("POST", "/redeem", { body: { points: 500 }, schema: Balance })).rejects.toMatchObject({ reason: "server_error", status: 500 });
    expect(failed.seen).toHaveLength(1);
    const slow = scripted(["hang"]);
    await expect(http(slow.fetch).request("POST", "/redeem", { body: {}, schema: Balance })).rejects.toMatchObject({ reason: "timeout" });
    expect(slow.seen).toHaveLength(1);
  });

  it("retries a 429 for any method, waiting as Retry-After says, and gives up with rate_limited", async () => {
    sleeps.length = 0;
    const api = scripted([json(429, {}, { "Retry-After": "2" }), json(200, { points: 1 })]);
    expect(await http(api.fetch).request("POST", "/redeem", { body: {}, schema: Balance })).toEqual({ points: 1 });
    expect(sleeps).toEqual([2000]);
    const limited = scripted([json(429, {}), json(429, {}), json(429, {})]);
    await expect(http(limited.fetch).request("GET", "/x", { schema: Balance })).rejects.toMatchObject({ reason: "rate_limited" });
  });

  it("names the failure: unauthorized, not found, rejected with the provider's words, unreachable, bad shape", async () => {
    const cases: [Response | "refuse", string][] = [
      [json(401, { error: "bad key" }), "unauthorized"],
      [json(404, {}), "not_found"],
      [json(422, { message: "Not enough points" }), "rejected"],
      ["refuse", "unreachable"],
      [json(200, { points: "many" }), "bad_response"],
      [new Response("<html>", { status: 200 }), "bad_response"],
    ];
    for (const [response, reason] of cases) {
      const api = scripted([response, response, response]);
      const error = await http(api.fetch).request("POST", "/x", { body: {}, schema: Balance }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).reason).toBe(reason);
    }
    const rejected = await http(scripted([json(422, { message: "Not enough points" })]).fetch).request("POST", "/x", { body: {}, schema: Balance }).catch((e: Error) => e);
    expect((rejected as Error).message).toBe("Acme Loyalty: answered 422 (POST /x): Not enough points");
  });

  it("keeps emails in query strings out of error messages", async () => {
    const api = scripted([json(500, {}), json(500, {}), json(500, {})]);
    const error = (await http(api.fetch).request("GET", "/customers", { query: { email: "jane@x.test" }, schema: Balance }).catch((e: Error) => e)) as Error;
    expect(error.message).not.toContain("jane");
  });
});
