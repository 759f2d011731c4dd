import { describe, expect, it } from "vitest";
import { ProviderError } from "../../../app/agent/tools/providers";
import { providersOf } from "../../../app/services/provider-catalog";
import { providerWorld, wrongCredentials } from "../../support/provider-world";

/**
 * What every returns provider promises (ReturnsProvider in app/agent/tools/providers/types.ts), run against each
 * adapter in the catalog wired to its fake, over the demo shop's returns (app/demo/providers/returns-seed.ts).
 */

const NOW = new Date("2026-11-20T12:00:00Z");
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe.each(providersOf("returns"))("$name keeps the returns provider contract", (definition) => {
  function setup() {
    const world = providerWorld(NOW);
    /** An order's details as the skill passes them, from the shop's own record. */
    const orderNamed = (name: string) => {
      const order = world.store.data.orders.find((candidate) => candidate.name === name);
      if (!order) throw new Error(`no demo order ${name}`);
      return { name: order.name, email: order.email, zip: order.shippingAddress.zip };
    };
    return { ...world, provider: world.connect(definition), orderNamed };
  }

  it("shows an open exchange on its way back: type, status, when, what, and the label and tracking links", async () => {
    const { provider } = setup();
    const [found, ...others] = await provider.returnsFor({ name: "#1018" });
    expect(others).toEqual([]);
    expect(found).toMatchObject({
      orderName: "#1018",
      type: "exchange",
      status: "in_transit",
      createdAt: "2026-11-06T11:30:00.000Z",
      items: [{ title: "Alpenglow Logo Tee - Forest / M", quantity: 2 }],
      labelUrl: expect.stringMatching(/^https:\/\//),
      trackingUrl: expect.stringMatching(/^https:\/\//),
    });
  });

  it("shows completed refunds as closed returns", async () => {
    const { provider } = setup();
    expect(await provider.returnsFor({ name: "#1003" })).toMatchObject([{ type: "return", status: "closed", items: [{ title: "Granite Peak Hiking Boot - 10", quantity: 1 }] }]);
    expect(await provider.returnsFor({ name: "#1011" })).toMatchObject([{ type: "return", status: "closed", items: [{ title: "Trail Runner GTX - 11", quantity: 1 }] }]);
  });

  it("answers no returns for an order without any, and for an order it does not know", async () => {
    const { provider } = setup();
    expect(await provider.returnsFor({ name: "#1001" })).toEqual([]);
    expect(await provider.returnsFor({ name: "#9999" })).toEqual([]);
  });

  it("links into its return portal for the order: the same link for the same order, another for another", async () => {
    const { provider, orderNamed } = setup();
    const link = await provider.portalLink(orderNamed("#1016"));
    expect(link).toMatch(/^https:\/\/\S+$/);
    expect(await provider.portalLink(orderNamed("#1016"))).toBe(link);
    expect(await provider.portalLink(orderNamed("#1003"))).not.toBe(link);
  });

  it("gives no link for an order it does not know, or when the details are not the order's", async () => {
    const { provider, orderNamed } = setup();
    expect(await failure(provider.portalLink({ ...orderNamed("#1016"), name: "#9999" }))).toMatchObject({ name: "ProviderError", reason: "not_found" });
    const mismatch = await failure(provider.portalLink({ name: "#1016", email: "someone.else@example.com", zip: "10001" }));
    expect(mismatch).toBeInstanceOf(ProviderError);
    // Loop says the order is not found, AfterShip that the details are wrong: either way there is no link.
    expect(["not_found", "rejected"]).toContain((mismatch as ProviderError).reason);
  });

  it("accepts the merchant's credentials, and refuses wrong ones as unauthorized", async () => {
    const { provider, connect } = setup();
    await expect(provider.verifyCredentials()).resolves.toBeUndefined();
    expect(await failure(connect(definition, { credentials: wrongCredentials(definition) }).verifyCredentials())).toMatchObject({ name: "ProviderError", reason: "unauthorized", status: 401 });
  });
});
