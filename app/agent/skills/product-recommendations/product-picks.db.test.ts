import { describe, expect, it } from "vitest";
import type { ProductCard } from "../../cards";
import { embeddedRouter, type Router } from "../../routing";
import { agentHarness } from "../../../../test/support/agent";

// The demo catalog: app/demo/seed/catalog.ts.
const JACKETS = ["Ridgeline Rain Shell", "Summit Down Parka", "Trailhead Fleece Jacket", "Windbreak Packable Anorak"];
const KIDS_JACKET = "Kids' Puddle Jumper Rain Jacket";

/** Sends every message to product recommendations, for questions the router gives another skill or asks about. */
const toProducts: Router = {
  async route(messages, context) {
    return { ...(await embeddedRouter.route(messages, context)), skill: "product_recommendations", confidence: 1, clarify: undefined };
  },
};

const titles = (reply: { card: unknown }) => (reply.card as ProductCard).products.map((p) => p.title);
const prices = (reply: { card: unknown }) => (reply.card as ProductCard).products.map((p) => Number(p.price.amount));

describe("picks are the kind of thing asked for", () => {
  it("answers 'a warm jacket for winter' with jackets only — no socks, no kids' jacket — and the cheaper ones after", async () => {
    const agent = await agentHarness();
    const [warm, cheaper] = await agent.chat(["I need a warm jacket for winter", "something cheaper?"]);
    expect(warm!.skill).toBe("product_recommendations");
    expect(titles(warm!)[0]).toBe("Summit Down Parka");
    expect(titles(warm!).every((title) => JACKETS.includes(title))).toBe(true);
    expect(cheaper!.text).toMatch(/^Here are some more affordable picks: /);
    expect(titles(cheaper!).every((title) => JACKETS.includes(title))).toBe(true);
    expect(titles(cheaper!)).not.toContain("Summit Down Parka");
  });

  it("shows a kids' product only when the shopper shops for a child", async () => {
    const agent = await agentHarness();
    expect(titles(await agent.last(["looking for a rain jacket"]))).not.toContain(KIDS_JACKET);
    expect(titles(await agent.last(["a rain jacket for my son"]))[0]).toBe(KIDS_JACKET);
  });

  it("answers a hammock search with the hammock, not lightweight socks", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["hey", "lightweight hammock for backpacking?"]);
    expect(titles(reply)).toEqual(["Ultralight Hammock"]);
  });

  it("finds what a Korean shopper names: a headlamp for camping", async () => {
    const agent = await agentHarness({ router: toProducts });
    const reply = await agent.last(["캠핑용 헤드랜턴 있어?"]);
    expect(titles(reply)).toEqual(["Trail Beam 400 Headlamp"]);
    expect(reply.text).toMatch(/^이런 상품은 어떠세요: Trail Beam 400 Headlamp/);
  });

  it("answers 'What coffee do you sell?' with the shop's coffees", async () => {
    const agent = await agentHarness({ router: toProducts });
    const reply = await agent.last(["What coffee do you sell?"]);
    expect(titles(reply).sort()).toEqual(["Campfire Blend Coffee (12 oz)", "Summit Roast Coffee Subscription"]);
  });

  it("reads a hat as the shop's caps and beanies", async () => {
    const agent = await agentHarness();
    expect(titles(await agent.last(["recommend a warm hat"])).sort()).toEqual(["Alpine Rib Beanie", "Sun Trekker Cap"]);
  });
});

describe("cheaper means cheaper than everything shown", () => {
  it("after four jackets down to a $98 fleece, offers nothing dearer than $98 as more affordable", async () => {
    const agent = await agentHarness();
    const [jackets, cheaper] = await agent.chat(["I need a jacket", "something cheaper?"]);
    expect(Math.min(...prices(jackets!))).toBe(98);
    expect(cheaper!.card ?? null).toBeNull();
    expect(cheaper!.text).toMatch(/^I couldn't find anything in stock under \$98\./);
  });
});

describe("what is sold out is said to be sold out", () => {
  it("says the trekking poles are sold out, and offers other gear only as an alternative", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["Can you recommend some trekking poles?"]);
    expect(reply.skill).toBe("product_recommendations");
    expect(reply.text).toMatch(/^Sold out right now: Carbon Trekking Poles \(\$119\.00\)\./);
    expect(reply.text).toMatch(/You could look at these instead: Traverse 45L Trekking Pack/);
    expect(reply.text).not.toMatch(/picks for you/);
    const poles = (reply.card as ProductCard).products.find((p) => p.title === "Carbon Trekking Poles")!;
    expect(poles.available).toBe(false);
    expect(poles.actions.map((a) => a.kind)).toEqual(["link"]);
  });

  it("says a product is sold out in the size asked for", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["recommend boots size 10"]);
    expect(reply.text).toMatch(/^Sold out right now in size 10: Granite Peak Hiking Boot \(\$179\.00\)\./);
    expect((reply.card as ProductCard).products.every((p) => !p.actions.some((a) => a.kind === "add_to_cart" || a.kind === "choose_variant"))).toBe(true);
  });
});
