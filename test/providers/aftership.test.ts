import { describe, expect, it } from "vitest";
import { ProviderError } from "../../app/agent/tools/providers";
import { AFTERSHIP_RETURNS_API_BASE_URL, createAfterShipReturns } from "../../app/agent/tools/providers/returns/aftership";
import { createAfterShipFake } from "../../app/demo/providers/aftership";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { seedDemoShop } from "../../app/demo/seed";

const NOW = new Date("2026-11-20T12:00:00Z");

function setup(apiKey: string = DEMO_PROVIDER_CREDENTIALS.aftership.apiKey) {
  const data = seedDemoShop({ baseUrl: "http://127.0.0.1:3000", now: NOW });
  const fake = createAfterShipFake({ data, now: () => NOW });
  const seen: { method: string; url: string; body: unknown }[] = [];
  const aftership = createAfterShipReturns(
    { apiKey },
    {
      fetch: (url, init) => {
        seen.push({ method: init.method ?? "GET", url, body: init.body ? JSON.parse(init.body as string) : null });
        return fake.handle(new Request(url, init));
      },
      retries: 0,
    },
  );
  return { data, fake, aftership, seen };
}

const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as ProviderError);
const api = (path: string, init: RequestInit = {}) =>
  setup().fake.handle(
    new Request(`${AFTERSHIP_RETURNS_API_BASE_URL}${path}`, { ...init, headers: { "as-api-key": DEMO_PROVIDER_CREDENTIALS.aftership.apiKey, ...init.headers } }),
  );

describe("AfterShip Returns adapter on the AfterShip fake", () => {
  it("talks to AfterShip's production API, version 2026-01", () => {
    expect(setup().fake.baseUrl).toBe(AFTERSHIP_RETURNS_API_BASE_URL);
  });

  it("shows an approved size exchange on its way back, with its label and tracking page", async () => {
    const { aftership } = setup();
    const [found, ...others] = await aftership.returnsFor({ name: "#1018" });
    expect(others).toEqual([]);
    expect(found).toMatchObject({
      orderName: "#1018",
      type: "exchange",
      status: "in_transit",
      createdAt: "2026-11-06T11:30:00.000Z",
      items: [{ title: "Alpenglow Logo Tee - Forest / M", quantity: 2 }],
    });
    expect(found!.labelUrl).toMatch(/^https:\/\/customer-agent-demo\.returnscenter\.com\/labels\/.+\.pdf$/);
    expect(found!.trackingUrl).toMatch(/^https:\/\/track\.aftership\.com\/usps\/9400\d+$/);
  });

  it("opens the returns page for an order, sending the number without # and the shopper's email and postcode", async () => {
    const { aftership, seen } = setup();
    const url = await aftership.portalLink({ name: "#1016", email: "emma.johnson@example.com", zip: "97211" });
    expect(url).toMatch(/^https:\/\/customer-agent-demo\.returnscenter\.com\/link\/[0-9a-f-]{36}$/);
    expect(seen[0]).toMatchObject({ method: "POST", body: { order_number: "1016", customer_email: "emma.johnson@example.com", postal_code: "97211" } });
  });

  it("refuses a link for an unknown order (not found) and for details that are not the order's (rejected)", async () => {
    const { aftership } = setup();
    expect(await rejection(aftership.portalLink({ name: "#9999", email: "emma.johnson@example.com", zip: null }))).toMatchObject({ reason: "not_found", status: 404 });
    expect(await rejection(aftership.portalLink({ name: "#1016", email: "someone.else@example.com", zip: null }))).toMatchObject({ reason: "rejected", status: 422 });
  });

  it("asks Get returns for the one order by its name, a full page of 50 at a time", async () => {
    const { aftership, seen } = setup();
    await aftership.returnsFor({ name: "#1018" });
    const query = new URL(seen[0]!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ order_name: "#1018", limit: "50", page: "1" });
  });
});

describe("AfterShip fake", () => {
  it("pages Get returns with page and limit and refuses a limit over 50", async () => {
    const first = await (await api("/returns?limit=2")).json();
    expect(first.meta).toMatchObject({ code: 20000, type: "OK" });
    expect(first.data.returns).toHaveLength(2);
    expect(first.data.pagination).toEqual({ total: 3, page: 1, limit: 2, has_next_page: true });
    const second = await (await api("/returns?limit=2&page=2")).json();
    expect(second.data.pagination.has_next_page).toBe(false);
    const refused = await api("/returns?limit=51");
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ meta: { code: 42200, errors: [{ path: "limit" }] }, data: null });
  });

  it("finds a return by id and by RMA number, and answers 404 in the envelope for an unknown one", async () => {
    const listed = (await (await api("/returns?order_name=%231003")).json()).data.returns[0];
    expect((await (await api(`/returns/${listed.id}`)).json()).data.rma_number).toBe(listed.rma_number);
    expect((await (await api(`/returns/rma/${listed.rma_number}`)).json()).data.id).toBe(listed.id);
    const missing = await api("/returns/0000");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ meta: { code: 40400, type: "NotFound", message: "Return not found" }, data: null });
  });

  it("refuses a request without the API key with AfterShip's 401 envelope", async () => {
    const response = await setup().fake.handle(new Request(`${AFTERSHIP_RETURNS_API_BASE_URL}/returns`));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ meta: { code: 401, type: "Unauthorized" } });
  });
});
