import { describe, expect, it } from "vitest";
import { ProviderError } from "../../app/agent/tools/providers";
import { createLoopReturns, LOOP_API_BASE_URL } from "../../app/agent/tools/providers/returns/loop";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { createLoopFake } from "../../app/demo/providers/loop";
import { seedDemoShop } from "../../app/demo/seed";

const NOW = new Date("2026-11-20T12:00:00Z");

function setup(apiKey: string = DEMO_PROVIDER_CREDENTIALS.loop.apiKey) {
  const data = seedDemoShop({ baseUrl: "http://127.0.0.1:3000", now: NOW });
  const fake = createLoopFake({ data, now: () => NOW });
  const seen: string[] = [];
  const loop = createLoopReturns(
    { apiKey },
    {
      fetch: (url, init) => {
        seen.push(`${init.method} ${url}`);
        return fake.handle(new Request(url, init));
      },
      retries: 0,
    },
  );
  return { data, fake, loop, seen };
}

const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as ProviderError);

describe("Loop Returns adapter on the Loop fake", () => {
  it("talks to Loop's production API", () => {
    expect(setup().fake.baseUrl).toBe(LOOP_API_BASE_URL);
  });

  it("shows an open size exchange whose parcel is on its way back, with the label and status page", async () => {
    const { loop } = setup();
    const [found, ...others] = await loop.returnsFor({ name: "#1018" });
    expect(others).toEqual([]);
    expect(found).toMatchObject({ orderName: "#1018", type: "exchange", status: "in_transit", createdAt: "2026-11-06T11:30:00.000Z" });
    // Loop lists the two shirts as two returned units; the shopper sees one line of two.
    expect(found!.items).toEqual([{ title: "Alpenglow Logo Tee - Forest / M", quantity: 2 }]);
    expect(found!.labelUrl).toMatch(/^https:\/\/customer-agent-demo\.loopreturns\.com\/label\//);
    expect(found!.trackingUrl).toMatch(/^https:\/\/customer-agent-demo\.loopreturns\.com\/#\/return\//);
  });

  it("opens the return portal for an order with its shipping postcode", async () => {
    const { loop, data } = setup();
    const order = data.orders.find((candidate) => candidate.name === "#1016")!;
    const url = await loop.portalLink({ name: order.name, email: order.email, zip: order.shippingAddress.zip });
    expect(url).toMatch(/^https:\/\/customer-agent-demo\.loopreturns\.com\/#\/link\/[0-9a-f-]{36}$/);
    // The same order always gets the same link.
    expect(await loop.portalLink({ name: order.name, email: order.email, zip: ` ${order.shippingAddress.zip} ` })).toBe(url);
  });

  it("refuses a portal link when the postcode is not the order's or the order does not exist", async () => {
    const { loop } = setup();
    expect(await rejection(loop.portalLink({ name: "#1016", email: null, zip: "10001" }))).toMatchObject({ reason: "not_found" });
    expect(await rejection(loop.portalLink({ name: "#9999", email: null, zip: "97211" }))).toMatchObject({ reason: "not_found" });
  });

  it("asks Loop nothing when it has neither a postcode nor an email to find the order by", async () => {
    const { loop, seen } = setup();
    expect(await rejection(loop.portalLink({ name: "#1016", email: null, zip: null }))).toMatchObject({ reason: "rejected" });
    expect(seen).toEqual([]);
  });

  it("sends the order name as Loop's order_name and checks Returns access with one return from the last day", async () => {
    const { loop, seen } = setup();
    await loop.returnsFor({ name: "#1018" });
    await loop.verifyCredentials();
    expect(seen[0]).toBe(`GET ${LOOP_API_BASE_URL}/warehouse/return/details?order_name=%231018`);
    const check = new URL(seen[1]!.slice("GET ".length));
    expect(check.pathname).toBe("/api/v1/warehouse/return/list");
    expect(Object.fromEntries(check.searchParams)).toMatchObject({ paginate: "true", pageSize: "1" });
  });
});

describe("Loop fake", () => {
  const request = (path: string, init: RequestInit = {}) =>
    setup().fake.handle(new Request(`${LOOP_API_BASE_URL}${path}`, { ...init, headers: { "X-Authorization": DEMO_PROVIDER_CREDENTIALS.loop.apiKey, ...init.headers } }));

  it("pages the detailed returns list and refuses ranges over 120 days", async () => {
    const first = await (await request("/warehouse/return/list?paginate=true&pageSize=2&from=2026-08-01%2000:00:00&to=2026-11-20%2000:00:00")).json();
    expect(first.returns).toHaveLength(2);
    const second = await (await request(new URL(first.nextPageUrl).pathname.replace("/api/v1", "") + new URL(first.nextPageUrl).search)).json();
    expect(second).toMatchObject({ returns: [{ order_name: "#1018" }], nextPageUrl: null });
    expect((await request("/warehouse/return/list?from=2026-01-01%2000:00:00&to=2026-11-20%2000:00:00")).status).toBe(422);
  });

  it("answers Loop's validation error when the deep link lacks the postcode", async () => {
    const response = await request("/order/link", { method: "POST", body: JSON.stringify({ name: "#1016" }), headers: { "Content-Type": "application/json" } });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: { zip: [expect.any(String)] } });
  });
});
