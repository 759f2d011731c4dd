import { describe, expect, it } from "vitest";
import type { CardAction, ProductCard } from "../../app/agent/cards";
import { agentHarness } from "../support/agent";

// Demo shoppers (app/demo/seed/customers.ts) and their orders (app/demo/seed/order-specs.ts).
const LIAM = "liam.martinez@example.com"; // #1034 on hold: the shipping address failed verification
const NOAH = "noah.williams@example.com"; // a delivered Basecamp Organic Tee, Natural / M

const productActions = (reply: { card: unknown }) => (reply.card as ProductCard).products.map((p) => p.actions.find((a) => a.kind !== "link")!);
const prices = (reply: { card: unknown }) => (reply.card as ProductCard).products.map((p) => Number(p.price.amount));

describe("a new shipping address inside a sentence", () => {
  it("previews only the address, field by field, and a yes saves exactly that address", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: LIAM });
    const preview = await talk.say("my order is on hold bc of the address. correct one is 455 S Pearl St Apt 2, Denver CO 80209");
    expect(preview.skill).toBe("order_editing");
    expect(preview.action).toMatchObject({ name: "change_shipping_address", status: "proposed" });
    expect(preview.text).toContain("order #1034");
    expect(preview.text).toContain(["Address line 1: 455 S Pearl St", "Address line 2: Apt 2", "City: Denver", "State: Colorado", "ZIP code: 80209", "Country: United States"].join("\n"));
    expect(preview.text).not.toMatch(/on hold bc|correct one/);

    const done = await talk.say("yes");
    expect(done.action).toMatchObject({ name: "change_shipping_address", status: "done" });
    expect(done.text).toContain("455 S Pearl St, Apt 2, Denver, CO 80209");
    expect((await agent.order("#1034")).shippingAddress).toMatchObject({ address1: "455 S Pearl St", address2: "Apt 2", city: "Denver", provinceCode: "CO", zip: "80209", countryCodeV2: "US" });
  });

  it("never proposes a message without an address for saving: it asks for the address, then previews the one sent", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: LIAM });
    const asked = await talk.say("my order is on hold bc of the address, can you change it?");
    expect(asked.action).toBeNull();
    expect(asked.text).toMatch(/What's the new shipping address for order #1034\?/);
    expect((await talk.say("yes")).action?.status).not.toBe("done");

    const preview = await talk.say("455 S Pearl St #2, Denver, Colorado 80209");
    expect(preview.action).toMatchObject({ name: "change_shipping_address", status: "proposed" });
    expect(preview.text).toContain("Address line 2: #2");
  });

  it("takes a Korean road address with its 우편번호, and saves it with the province's code", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: LIAM });
    const preview = await talk.say("주문 배송지를 서울특별시 강남구 테헤란로 152 강남파이낸스센터 1204호 (06236)로 바꿔 주세요");
    expect(preview.text).toContain(["주소: 테헤란로 152", "상세 주소: 강남파이낸스센터 1204호", "시/군/구: 강남구", "시/도: 서울특별시", "우편번호: 06236", "국가: 대한민국"].join("\n"));
    await talk.say("네");
    expect((await agent.order("#1034")).shippingAddress).toMatchObject({ address1: "테헤란로 152", address2: "강남파이낸스센터 1204호", city: "강남구", provinceCode: "KR-11", zip: "06236", countryCodeV2: "KR" });
  });
});

describe("product recommendations read budget, size, colour and quantity", () => {
  it("compares a budget in won in the shop's dollars, and says it converted it", async () => {
    const agent = await agentHarness();
    const english = await agent.last(["can you recommend jackets under 200,000 won?"]);
    expect(english.skill).toBe("product_recommendations");
    expect(Math.max(...prices(english))).toBeLessThanOrEqual(200_000 / 1350);
    expect(english.text).toMatch(/I've converted ₩200,000 to US dollars, the shop's currency, at a fixed rate of \$1 = ₩1,350: about \$148\./);

    const korean = await agent.last(["20만원 이하 재킷 추천해 주세요"]);
    expect(korean.skill).toBe("product_recommendations");
    expect(Math.max(...prices(korean))).toBeLessThanOrEqual(148.15);
    expect(korean.text).toContain("₩200,000을(를) 상점 통화인 미국 달러(으)로");

    const dollars = await agent.last(["any jackets under $100?"]);
    expect(Math.max(...prices(dollars))).toBeLessThanOrEqual(100);
    expect(dollars.text).not.toMatch(/converted/);
  });

  it("lets the shopper choose the variant before adding a product that comes in several, and adds a fitting one directly", async () => {
    const agent = await agentHarness();
    const jackets = await agent.last(["recommend a warm jacket"]);
    for (const action of productActions(jackets)) {
      expect(action).toMatchObject({ kind: "choose_variant", label: "Add to cart", prompt: expect.stringMatching(/^Choose a size/) });
      expect((action as Extract<CardAction, { kind: "choose_variant" }>).variants.length).toBeGreaterThan(1);
    }

    const parka = await agent.last(["a black parka in medium"]);
    expect((parka.card as ProductCard).products.map((p) => p.title)).toEqual(["Summit Down Parka"]);
    expect(productActions(parka)).toEqual([expect.objectContaining({ kind: "add_to_cart", label: "Add to cart (Black / M)" })]);

    const socks = await agent.last(["I need 3 pairs of wool socks in L, any recommendations?"]);
    for (const action of productActions(socks)) expect(action).toMatchObject({ kind: "add_to_cart", label: expect.stringMatching(/^Add 3 to cart \(L\)$/), quantity: 3 });
  });

  it("says which of the shopper's wishes found nothing", async () => {
    const agent = await agentHarness();
    const none = await agent.last(["a black jacket in size M under $200"]);
    expect(none.card ?? null).toBeNull();
    expect(none.text).toMatch(/couldn't find anything in stock in black, in size M, and under \$200/);
  });
});

describe("an exchange's variant named by size and colour", () => {
  it("reads 'a large in charcoal' as the Charcoal / L variant", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: NOAH });
    const options = await talk.say("I'd like to exchange the organic tee");
    expect(options.quickReplies).toContain("Charcoal / L");
    const proposal = await talk.say("a large in charcoal please");
    expect(proposal.action).toMatchObject({ name: "request_exchange", status: "proposed" });
    expect(proposal.text).toContain("Basecamp Organic Tee from order #1024 for Charcoal / L?");
  });
});
