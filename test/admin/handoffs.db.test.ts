import { beforeEach, describe, expect, it, vi } from "vitest";
import { loader as adminLayoutLoader } from "../../app/routes/app";
import { action as handoffAction, loader as handoffLoader } from "../../app/routes/app.handoffs.$id";
import { loader as handoffListLoader } from "../../app/routes/app.handoffs._index";
import { PAGE_SIZE } from "../../app/services/conversations.server";
import { handoffDetail, listHandoffs, parseHandoffFilters, setHandoffStatus } from "../../app/services/handoffs.server";
import { agentHarness } from "../support/agent";
import { db, testShop } from "../support/db";

// The admin routes act for the shop requireAdmin signs in. Here each test signs in as a shop of its own: the demo
// shop is shared with test files running alongside, whose handoffs would move its counts.
const signedIn = vi.hoisted(() => ({ shop: "" }));
vi.mock("../../app/admin-context.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/admin-context.server")>();
  return { requireAdmin: async (request: Request) => ({ ...(await actual.requireAdmin(request)), shop: signedIn.shop }) };
});

const filters = (query = "") => parseHandoffFilters(new URLSearchParams(query));

/** A handoff (and its conversation) written as the engine writes them, at a chosen time. */
async function handoff(shop: string, options: { skill?: string; reason?: string; status?: "open" | "resolved"; minutesAgo?: number } = {}) {
  const createdAt = new Date(Date.now() - (options.minutesAgo ?? 0) * 60_000);
  const conversation = await db.conversation.create({ data: { shop, channel: "webchat", status: "handed_off" } });
  const transcript = [{ role: "shopper", text: "I want to talk to a person", card: null, skill: null, at: createdAt.toISOString() }];
  return db.handoff.create({
    data: {
      shop,
      conversationId: conversation.id,
      skill: options.skill ?? "human_handoff",
      reason: options.reason ?? "the shopper asked for a person",
      status: options.status ?? "open",
      transcript: JSON.stringify(transcript),
      createdAt,
      resolvedAt: options.status === "resolved" ? createdAt : null,
    },
  });
}

const adminRequest = (path: string, init?: RequestInit) => new Request(`http://127.0.0.1:3000${path}`, init);
const statusForm = (status: string) => adminRequest("/app/handoffs/x", { method: "POST", body: new URLSearchParams({ status }) });
const thrown = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as Response);

describe("the handoff log", () => {
  it("lists open handoffs newest first by default, and resolved or all on request", async () => {
    const shop = testShop();
    const older = await handoff(shop, { minutesAgo: 30 });
    const newer = await handoff(shop, { minutesAgo: 5 });
    const resolved = await handoff(shop, { minutesAgo: 10, status: "resolved" });

    expect((await listHandoffs(db, shop, filters())).items.map((h) => h.id)).toEqual([newer.id, older.id]);
    expect((await listHandoffs(db, shop, filters("status=resolved"))).items.map((h) => h.id)).toEqual([resolved.id]);
    expect((await listHandoffs(db, shop, filters("status=all"))).items.map((h) => h.id)).toEqual([newer.id, resolved.id, older.id]);
    // Nonsense in the URL reads as the default view rather than failing.
    expect(filters("status=bogus&skill=nope&page=-3")).toEqual({ status: "open", skill: undefined, reason: "", page: 1 });
  });

  it("filters by skill and by words in the reason, ignoring case", async () => {
    const shop = testShop();
    const asked = await handoff(shop, { skill: "human_handoff", reason: "the shopper asked for a person" });
    const failed = await handoff(shop, { skill: "order_tracking", reason: "Order tracking failed: Admin API timed out" });

    expect((await listHandoffs(db, shop, filters("skill=order_tracking"))).items.map((h) => h.id)).toEqual([failed.id]);
    expect((await listHandoffs(db, shop, filters("reason=PERSON"))).items.map((h) => h.id)).toEqual([asked.id]);
    expect((await listHandoffs(db, shop, filters("reason=timed%20out&skill=order_tracking"))).items.map((h) => h.id)).toEqual([failed.id]);
    expect((await listHandoffs(db, shop, filters("reason=timed%20out&skill=human_handoff"))).items).toEqual([]);
  });

  it("pages through many handoffs", async () => {
    const shop = testShop();
    for (let i = 0; i < PAGE_SIZE + 5; i++) await handoff(shop, { minutesAgo: i });

    const first = await listHandoffs(db, shop, filters());
    expect(first).toMatchObject({ page: 1, total: PAGE_SIZE + 5, hasPrevious: false, hasNext: true });
    expect(first.items).toHaveLength(PAGE_SIZE);
    const second = await listHandoffs(db, shop, filters("page=2"));
    expect(second).toMatchObject({ page: 2, hasPrevious: true, hasNext: false });
    expect(second.items).toHaveLength(5);
    expect(new Set([...first.items, ...second.items].map((h) => h.id)).size).toBe(PAGE_SIZE + 5);
    expect(first.items[0]!.createdAt.getTime()).toBeGreaterThan(second.items[0]!.createdAt.getTime());
  });

  it("tells an empty filter apart from a shop that has never handed anything over", async () => {
    const shop = testShop();
    expect((await listHandoffs(db, shop, filters())).everHandedOff).toBe(false);
    await handoff(shop, { status: "resolved" });
    expect(await listHandoffs(db, shop, filters())).toMatchObject({ items: [], everHandedOff: true });
  });

  it("keeps the transcript as the shopper saw it, cards included", async () => {
    const agent = await agentHarness();
    await agent.chat(["where is my order?", "I want to talk to a person"], { email: "emma.johnson@example.com" });
    const [row] = (await listHandoffs(db, agent.shop, filters())).items;
    expect(row).toMatchObject({ skill: "human_handoff", conversation: { customerId: await agent.customerId("emma.johnson@example.com") } });

    const detail = await handoffDetail(db, agent.shop, row!.id);
    expect(detail?.transcript.map((m) => m.role)).toEqual(["shopper", "agent", "shopper", "agent"]);
    expect(detail?.transcript[1]).toMatchObject({ skill: "order_tracking", card: { type: "order", name: "#1031" } });
    expect(detail?.transcript[3]?.text).toMatch(/person/);
  });

  it("resolves and reopens a handoff, and the open count follows", async () => {
    const shop = testShop();
    const row = await handoff(shop);
    const now = new Date("2026-11-24T12:00:00Z");

    expect(await setHandoffStatus(db, shop, row.id, "resolved", now)).toBe(true);
    expect(await db.handoff.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "resolved", resolvedAt: now });
    expect((await listHandoffs(db, shop, filters())).items).toEqual([]);

    expect(await setHandoffStatus(db, shop, row.id, "open")).toBe(true);
    expect(await db.handoff.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "open", resolvedAt: null });
  });
});

describe("the handoff pages, scoped to the signed-in shop", () => {
  beforeEach(() => {
    signedIn.shop = testShop();
  });

  it("never list or open another shop's handoff", async () => {
    const ours = await handoff(signedIn.shop);
    const theirs = await handoff(testShop());

    const listed = await handoffListLoader({ request: adminRequest("/app/handoffs?status=all"), params: {}, context: {} });
    expect(listed.handoffs.items.map((h) => h.id)).toContain(ours.id);
    expect(listed.handoffs.items.map((h) => h.id)).not.toContain(theirs.id);
    expect(await handoffDetail(db, signedIn.shop, theirs.id)).toBeNull();
    const response = await thrown(handoffLoader({ request: adminRequest(`/app/handoffs/${theirs.id}`), params: { id: theirs.id }, context: {} }));
    expect(response?.status).toBe(404);
  });

  it("resolve another shop's handoff by id: nothing changes", async () => {
    const theirs = await handoff(testShop());
    const response = await thrown(handoffAction({ request: statusForm("resolved"), params: { id: theirs.id }, context: {} }));
    expect(response?.status).toBe(404);
    expect(await db.handoff.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ status: "open", resolvedAt: null });
  });

  it("mark one of the shop's handoffs resolved, which lowers the navigation's open count, then reopen it", async () => {
    const ours = await handoff(signedIn.shop);
    const openCount = async () => (await adminLayoutLoader({ request: adminRequest("/app"), params: {}, context: {} })).data.openHandoffs;
    expect(await openCount()).toBe(1);

    expect(await handoffAction({ request: statusForm("resolved"), params: { id: ours.id }, context: {} })).toEqual({ status: "resolved" });
    expect(await db.handoff.findUniqueOrThrow({ where: { id: ours.id } })).toMatchObject({ status: "resolved", resolvedAt: expect.any(Date) });
    expect(await openCount()).toBe(0);

    await handoffAction({ request: statusForm("open"), params: { id: ours.id }, context: {} });
    expect(await db.handoff.findUniqueOrThrow({ where: { id: ours.id } })).toMatchObject({ status: "open", resolvedAt: null });
    expect((await thrown(handoffAction({ request: statusForm("deleted"), params: { id: ours.id }, context: {} })))?.status).toBe(400);
  });
});
