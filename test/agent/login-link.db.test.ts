import { describe, expect, it } from "vitest";
import type { AgentReply } from "../../app/agent/engine";
import { renderEmail, renderSms } from "../../app/agent/renderers";
import { agentHarness } from "../support/agent";

// The demo store's storefront is served at http://127.0.0.1:3000/demo/storefront (Shop.url); its login page is there.
const LOGIN_URL = "http://127.0.0.1:3000/demo/storefront/account/login";
const EMMA = "emma.johnson@example.com";

/** The reply asks the guest to log in with the storefront's login link, in its text and as the card's button. */
function expectLoginLink(reply: AgentReply, label = "Log in") {
  expect(reply.text).toContain(LOGIN_URL);
  const card = reply.card as { actions: { kind: string; label: string; url?: string }[] };
  expect(card.actions).toContainEqual({ kind: "link", label, url: LOGIN_URL });
  // Channels without buttons carry it too: SMS once (it is in the text), email as a link.
  expect(renderSms(reply).split(LOGIN_URL)).toHaveLength(2);
  expect(renderEmail(reply, "Help").html).toContain(`<a href="${LOGIN_URL}">`);
}

describe("a guest told to log in gets the store's login link", () => {
  it("when asking for their points or subscriptions", async () => {
    const agent = await agentHarness({ connect: ["smile", "recharge"] });
    const points = await agent.last(["how many points do I have?"]);
    expect(points.text).toMatch(/please log in to your account at/);
    expect(points.card).toEqual({ type: "login", actions: [{ kind: "link", label: "Log in", url: LOGIN_URL }] });
    expectLoginLink(points);
    expectLoginLink(await agent.last(["skip my next coffee delivery"]));
  });

  it("when an order needs them to log in or prove it, and when a wrong pair is sent", async () => {
    const agent = await agentHarness();
    const [asked, wrong] = await agent.chat(["where is my order?", "#1031 someone@example.com"]);
    expect(asked!.text).toMatch(/Please log in to your account at \S+, or send me your order number/);
    expectLoginLink(asked!);
    expectLoginLink(wrong!);
  });

  it("when a verified guest asks to change their order or start a return", async () => {
    const agent = await agentHarness();
    const [, , cancel] = await agent.chat(["cancel my order", "#1036 sophia.patel@example.com", "cancel it"]);
    expect(cancel!.text).toMatch(/only cancel an order for a logged-in customer/);
    expectLoginLink(cancel!);
    const [, returnable] = await agent.chat(["I want to return something", `#1016 ${EMMA}`]);
    // The return card still shows what can go back; its first button now logs in.
    expect(returnable!.card).toMatchObject({ type: "return", orderName: "#1016", actions: [{ kind: "link", url: LOGIN_URL }, { kind: "link" }] });
    expectLoginLink(returnable!);
  });

  it("in Korean for a Korean conversation", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const reply = await agent.last(["포인트 몇 점 있어요?"]);
    expect(reply.language).toBe("ko");
    expect(reply.text).toContain(`${LOGIN_URL} 에서 계정에 로그인해 주세요`);
    expectLoginLink(reply, "로그인");
  });

  it("at the address of the shop's own storefront", async () => {
    const storefront = async () => Response.json({ data: { shop: { url: "https://hearth-and-linen.example" } } });
    const agent = await agentHarness({ connect: ["smile"], fetch: storefront });
    expect((await agent.last(["how many points do I have?"])).text).toContain("https://hearth-and-linen.example/account/login");
  });

  it("never asks a logged-in customer to log in", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const reply = await agent.last(["how many points do I have?"], { email: EMMA });
    expect(reply.text).not.toContain(LOGIN_URL);
    expect(reply.card?.type).toBe("loyalty");
  });
});
