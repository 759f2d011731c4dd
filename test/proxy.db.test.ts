import { beforeAll, describe, expect, it } from "vitest";
import { config, DEMO_API_SECRET } from "../app/config.server";
import { DEMO_SHOP_DOMAIN } from "../app/demo/constants";
import { action as postMessage } from "../app/routes/proxy.messages";
import { loader as getConversation } from "../app/routes/proxy.conversation";
import { seedDemoDatabase } from "../app/services/demo-seed.server";
import { signedAppProxyQuery } from "../app/shopify/app-proxy-signature";
import { db } from "./support/db";

const EMMA = "3001"; // emma.johnson@example.com in the demo store
const EMMA_GID = `gid://shopify/Customer/${EMMA}`;

type Options = { customer?: string | null; shop?: string; timestamp?: number; tamper?: boolean; unsigned?: boolean; ip?: string; query?: Record<string, string> };

function proxyRequest(path: string, options: Options, init: RequestInit = {}) {
  const query = signedAppProxyQuery(
    {
      shop: options.shop ?? DEMO_SHOP_DOMAIN,
      loggedInCustomerId: options.customer ?? null,
      pathPrefix: "/apps/agent",
      timestamp: options.timestamp,
      extra: new URLSearchParams(options.query),
    },
    DEMO_API_SECRET,
  );
  if (options.tamper) query.set("logged_in_customer_id", "3002");
  if (options.unsigned) query.delete("signature");
  return new Request(`http://127.0.0.1:3000/proxy/${path}?${query}`, { ...init, headers: { "Content-Type": "application/json", "X-Forwarded-For": options.ip ?? "203.0.113.7" } });
}

async function send(text: string, options: Options = {}, conversationId: string | null = null) {
  const request = proxyRequest("messages", options, { method: "POST", body: JSON.stringify({ conversationId, text }) });
  const response = await postMessage({ request, params: {}, context: {} }).catch((thrown: unknown) => thrown as Response);
  type Reply = { conversationId: string; error?: string; unavailable?: boolean; message: { card: { type: string; name?: string } | null; handoff: boolean } };
  return { status: response.status, body: (await response.json().catch(() => null)) as Reply | null };
}

const storedWith = (text: string) => db.message.count({ where: { text } });

beforeAll(async () => {
  await seedDemoDatabase(db, config().encryptionKey);
});

describe("the storefront chat over the app proxy", () => {
  it("answers a signed request as the signed logged-in customer", async () => {
    const { status, body } = await send("where is my order?", { customer: EMMA });
    expect(status).toBe(200);
    expect(body?.message.card).toMatchObject({ type: "order", name: "#1031" });
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: body!.conversationId } });
    expect(conversation).toMatchObject({ shop: DEMO_SHOP_DOMAIN, customerId: EMMA_GID, channel: "webchat" });
  });

  it.each([
    ["unsigned", { unsigned: true }, 400],
    ["tampered", { tamper: true, customer: EMMA }, 400],
    ["stale (over 90 s)", { timestamp: Math.floor(Date.now() / 1000) - 120 }, 400],
  ] as const)("refuses a %s request and stores nothing", async (name, options, expected) => {
    const text = `probe ${name} ${Math.random()}`;
    const { status } = await send(text, options);
    expect(status).toBe(expected);
    expect(await storedWith(text)).toBe(0);
  });

  it("takes no identity from the body", async () => {
    const request = proxyRequest("messages", {}, { method: "POST", body: JSON.stringify({ text: "where is my order?", customerId: EMMA_GID, logged_in_customer_id: EMMA }) });
    const body = (await (await postMessage({ request, params: {}, context: {} })).json()) as { message: { card: unknown } };
    expect(body.message.card).toMatchObject({ type: "login" });
  });

  it("rejects a bad body with a clear error and stores nothing", async () => {
    const { status, body } = await send("   ");
    expect(status).toBe(400);
    expect(body?.error).toMatch(/type a message/);
    const long = await send("x".repeat(2001));
    expect(long.status).toBe(400);
  });

  it("tells the widget the app is unavailable on a shop that has not installed it", async () => {
    const { status, body } = await send("hello", { shop: "not-installed.myshopify.com" });
    expect(status).toBe(503);
    expect(body).toEqual({ unavailable: true });
    expect(await db.conversation.count({ where: { shop: "not-installed.myshopify.com" } })).toBe(0);
  });

  it("restores a conversation after a reload only for the same shopper", async () => {
    const first = await send("do you have any discount codes?", { customer: EMMA });
    const id = first.body!.conversationId as string;
    const restore = async (options: Options) => {
      const response = await getConversation({ request: proxyRequest("conversation", { ...options, query: { id } }), params: {}, context: {} });
      return { status: response.status, body: (await response.json()) as { messages?: { role: string; card: unknown }[] } };
    };
    const mine = await restore({ customer: EMMA });
    expect(mine.status).toBe(200);
    expect(mine.body.messages?.map((m) => m.role)).toEqual(["shopper", "agent"]);
    expect(mine.body.messages?.[1]?.card).toMatchObject({ type: "coupon" });
    expect((await restore({ customer: "3002" })).status).toBe(404);
    expect((await restore({})).status).toBe(404);
  });

  it("limits a guest's wrong order/email pairs across conversations, revealing nothing", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await send(`#10${31 + i} wrong${i}@example.com where is my order`, { ip }));
    expect(replies.slice(0, 5).every((r) => r.body?.message.handoff === false && r.body?.message.card?.type === "login")).toBe(true);
    expect(replies[5]!.body?.message.handoff).toBe(true);
    const rightPairLater = await send("#1031 emma.johnson@example.com where is my order", { ip });
    expect(rightPairLater.body?.message.card).toBeNull();
    const otherClient = await send("#1031 emma.johnson@example.com where is my order", { ip: "192.0.2.1" });
    expect(otherClient.body?.message.card).toMatchObject({ type: "order", name: "#1031" });
  });
});
