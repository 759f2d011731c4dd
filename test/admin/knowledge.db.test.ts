import { describe, expect, it, vi } from "vitest";
import { action as editAction, loader as editLoader } from "../../app/routes/app.knowledge.$id";
import { action as listAction, loader as listLoader } from "../../app/routes/app.knowledge._index";
import { action as newAction } from "../../app/routes/app.knowledge.new";
import { action as uploadAction } from "../../app/routes/app.knowledge.upload";
import { NOW } from "../support/agent";
import { createDemoStore, DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../../app/demo/admin-api";
import { AdminClient } from "../../app/shopify/admin-client";
import {
  createArticle,
  deleteArticle,
  fileToArticle,
  getArticle,
  importShopPolicies,
  listArticles,
  updateArticle,
  UploadRejected,
  uploadArticle,
} from "../../app/services/knowledge.server";
import { db, testShop } from "../support/db";
import { tinyPdf } from "./fixtures/tiny-pdf";

// The admin routes act for the shop requireAdmin signs in; each test signs in as a shop of its own (the demo shop
// is shared with test files running alongside).
const signedIn = vi.hoisted(() => ({ shop: "" }));
vi.mock("../../app/admin-context.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/admin-context.server")>();
  return { requireAdmin: async (request: Request) => ({ ...(await actual.requireAdmin(request)), shop: signedIn.shop }) };
});

const encode = (text: string) => new TextEncoder().encode(text);
const post = (path: string, body: FormData | URLSearchParams) => new Request(`http://127.0.0.1:3000${path}`, { method: "POST", body });
const thrown = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as Response);
const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof UploadRejected ? error.problem : error));

function demoAdmin() {
  const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000", now: NOW });
  return { store, admin: new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch, sleep: async () => {} }) };
}

describe("knowledge articles", () => {
  it("are created, edited and deleted, with title and body validated", async () => {
    const shop = testShop();
    const created = await createArticle(db, shop, { title: "  Sizing guide ", body: "Our jackets run true to size." });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : "";
    expect(await getArticle(db, shop, id)).toMatchObject({ title: "Sizing guide", source: "manual" });

    expect(await updateArticle(db, shop, id, { title: "Sizing & fit", body: "Size up for layering." })).toEqual({ ok: true, id });
    expect(await getArticle(db, shop, id)).toMatchObject({ title: "Sizing & fit", body: "Size up for layering." });

    expect(await createArticle(db, shop, { title: " ", body: "x".repeat(100_001) })).toEqual({
      ok: false,
      problems: { title: { problem: "required" }, body: { problem: "tooLong", limit: 100_000 } },
    });
    expect(await updateArticle(db, shop, id, { title: "t".repeat(201), body: "ok" })).toEqual({ ok: false, problems: { title: { problem: "tooLong", limit: 200 } } });
    expect(await getArticle(db, shop, id)).toMatchObject({ title: "Sizing & fit" });

    expect(await deleteArticle(db, shop, id)).toBe(true);
    expect(await deleteArticle(db, shop, id)).toBe(false);
    expect(await db.knowledgeDocument.count({ where: { shop } })).toBe(0);
  });

  it("are listed with their topics and the skills they feed (General Q&A always)", async () => {
    const shop = testShop();
    await createArticle(db, shop, { title: "Returns & exchanges policy", body: "Return within 30 days." });
    await createArticle(db, shop, { title: "Care guide", body: "Wash cold, hang dry." });
    const articles = await listArticles(db, shop);
    const byTitle = Object.fromEntries(articles.map((article) => [article.title, article]));
    expect(byTitle["Returns & exchanges policy"]).toMatchObject({ topics: ["returns"], feeds: [{ id: "returns_exchanges" }, { id: "general_qa" }] });
    expect(byTitle["Care guide"]).toMatchObject({ topics: [], feeds: [{ id: "general_qa", name: "General Q&A" }] });
    // Bodies stay on the server: the list never sends them to the browser.
    expect(articles[0]).not.toHaveProperty("body");
  });

  it("of one shop are out of reach of another shop's calls", async () => {
    const shop = testShop();
    const other = testShop();
    const created = await createArticle(db, shop, { title: "Shipping FAQ", body: "We ship worldwide." });
    const id = created.ok ? created.id : "";
    expect(await getArticle(db, other, id)).toBeNull();
    expect(await updateArticle(db, other, id, { title: "Hacked", body: "Hacked" })).toBeNull();
    expect(await updateArticle(db, other, id, { title: "", body: "" })).toBeNull();
    expect(await deleteArticle(db, other, id)).toBe(false);
    expect(await getArticle(db, shop, id)).toMatchObject({ title: "Shipping FAQ", body: "We ship worldwide." });
  });
});

describe("uploads", () => {
  it("turn markdown into an article titled from its first heading", async () => {
    const article = await fileToArticle({ name: "returns.md", bytes: encode("Intro line\r\n\r\n## Returns policy\r\n\r\nReturn within **30 days**.\r\n") });
    expect(article).toEqual({ title: "Returns policy", body: "Intro line\n\n## Returns policy\n\nReturn within **30 days**." });
  });

  it("title plain text from the file name when it has no heading", async () => {
    expect(await fileToArticle({ name: "care_and-washing.txt", bytes: encode("\uFEFFWash cold.\n") })).toEqual({ title: "care and washing", body: "Wash cold." });
  });

  it("turn HTML into text, keeping headings and dropping scripts", async () => {
    const html = `<html><head><title>ignored</title><script>alert(1)</script></head>
      <body><h1>Shipping &amp; delivery</h1><p>We ship in <b>2 days</b>.</p><ul><li>US</li><li>한국</li></ul></body></html>`;
    expect(await fileToArticle({ name: "shipping.HTML", bytes: encode(html) })).toEqual({
      title: "Shipping & delivery",
      body: "# Shipping & delivery\n\nWe ship in 2 days.\n\n- US\n- 한국",
    });
  });

  it("read the text of a PDF", async () => {
    expect(await fileToArticle({ name: "warranty.pdf", bytes: tinyPdf("Warranty: two years on all jackets.") })).toEqual({
      title: "warranty",
      body: "Warranty: two years on all jackets.",
    });
  });

  it("refuse other types, big files, empty or unreadable files and too much text, one reason each", async () => {
    expect(await rejection(fileToArticle({ name: "catalog.docx", bytes: encode("PK...") }))).toBe("type");
    expect(await rejection(fileToArticle({ name: "no-extension", bytes: encode("text") }))).toBe("type");
    expect(await rejection(fileToArticle({ name: "huge.md", bytes: new Uint8Array(5 * 1024 * 1024 + 1) }))).toBe("size");
    expect(await rejection(fileToArticle({ name: "blank.txt", bytes: encode(" \n\n ") }))).toBe("empty");
    expect(await rejection(fileToArticle({ name: "euc-kr.txt", bytes: new Uint8Array([0xb9, 0xdd, 0xc7, 0xb0]) }))).toBe("unreadable");
    expect(await rejection(fileToArticle({ name: "broken.pdf", bytes: encode("%PDF-1.4 this is not a pdf") }))).toBe("unreadable");
    expect(await rejection(fileToArticle({ name: "long.txt", bytes: encode("a".repeat(100_001)) }))).toBe("tooLong");
  });

  it("store the article with its file name as source, and store nothing for a rejected file", async () => {
    const shop = testShop();
    const stored = await uploadArticle(db, shop, { name: "faq.md", bytes: encode("# FAQ\n\nAsk us anything.") });
    expect(await getArticle(db, shop, stored.id)).toMatchObject({ title: "FAQ", source: "upload", fileName: "faq.md" });
    await expect(uploadArticle(db, shop, { name: "faq.exe", bytes: encode("MZ") })).rejects.toBeInstanceOf(UploadRejected);
    expect(await db.knowledgeDocument.count({ where: { shop } })).toBe(1);
  });
});

describe("importing Shopify policies", () => {
  it("adds one article per policy as text, then updates instead of duplicating", async () => {
    const shop = testShop();
    const { store, admin } = demoAdmin();
    const policies = store.data.shop.shopPolicies.filter((policy) => policy.body.trim() !== "");

    expect(await importShopPolicies(db, shop, admin)).toEqual({ created: policies.length, updated: 0, unchanged: 0 });
    const refund = await db.knowledgeDocument.findFirstOrThrow({ where: { shop, title: "Refund policy" } });
    expect(refund).toMatchObject({ source: "policy", fileName: expect.stringContaining("refund-policy") });
    expect(refund.body).toContain("## Returns");
    expect(refund.body).not.toMatch(/<\/?[a-z]+>/);
    expect((await listArticles(db, shop)).find((article) => article.title === "Refund policy")?.feeds.map((skill) => skill.id)).toContain("returns_exchanges");

    await db.knowledgeDocument.update({ where: { id: refund.id }, data: { body: "stale" } });
    expect(await importShopPolicies(db, shop, admin)).toEqual({ created: 0, updated: 1, unchanged: policies.length - 1 });
    expect(await db.knowledgeDocument.count({ where: { shop } })).toBe(policies.length);
  });

  it("leaves a merchant's own article of the same title alone", async () => {
    const shop = testShop();
    await createArticle(db, shop, { title: "Refund policy", body: "My own words." });
    await importShopPolicies(db, shop, demoAdmin().admin);
    expect(await db.knowledgeDocument.count({ where: { shop, title: "Refund policy" } })).toBe(2);
    expect(await db.knowledgeDocument.findFirst({ where: { shop, source: "manual" } })).toMatchObject({ body: "My own words." });
  });
});

describe("the knowledge routes", () => {
  it("list, add, edit and delete for the signed-in shop", async () => {
    signedIn.shop = testShop();
    const added = await newAction({ request: post("/app/knowledge/new", new URLSearchParams({ title: "Gift cards", body: "Never expire." })), params: {}, context: {} });
    expect((added as Response).status).toBe(302);
    const [article] = (await listLoader({ request: new Request("http://127.0.0.1:3000/app/knowledge"), params: {}, context: {} })).articles;
    expect(article).toMatchObject({ title: "Gift cards", feeds: [{ id: "general_qa" }] });

    const invalid = await editAction({ request: post("/app/knowledge/x", new URLSearchParams({ title: "", body: "Never expire." })), params: { id: article!.id }, context: {} });
    expect(invalid).toEqual({ ok: false, problems: { title: { problem: "required" } } });
    await editAction({ request: post("/app/knowledge/x", new URLSearchParams({ title: "Gift cards", body: "Valid 5 years." })), params: { id: article!.id }, context: {} });
    expect((await editLoader({ request: new Request("http://127.0.0.1:3000/app/knowledge/x"), params: { id: article!.id }, context: {} })).article.body).toBe("Valid 5 years.");

    expect(await listAction({ request: post("/app/knowledge?index", new URLSearchParams({ intent: "delete", id: article!.id })), params: {}, context: {} })).toEqual({ intent: "delete", deleted: true });
    expect(await db.knowledgeDocument.count({ where: { shop: signedIn.shop } })).toBe(0);
  });

  it("upload one file per request and answer a rejected file without storing it", async () => {
    signedIn.shop = testShop();
    const upload = (file: File) => {
      const form = new FormData();
      form.set("file", file);
      return uploadAction({ request: post(`/app/knowledge/upload?uploadId=upload-7`, form), params: {}, context: {} });
    };
    expect(await upload(new File(["# Care\n\nWash cold."], "care.md"))).toMatchObject({ uploadId: "upload-7", ok: true, article: { title: "Care" } });
    expect(await upload(new File(["x"], "photo.png"))).toEqual({ uploadId: "upload-7", ok: false, problem: "type" });
    expect(await upload(new File([new Uint8Array(5 * 1024 * 1024 + 10)], "big.txt"))).toEqual({ uploadId: "upload-7", ok: false, problem: "size" });
    expect(await db.knowledgeDocument.count({ where: { shop: signedIn.shop } })).toBe(1);
  });

  it("import the store's policies", async () => {
    signedIn.shop = testShop();
    const result = await listAction({ request: post("/app/knowledge?index", new URLSearchParams({ intent: "import" })), params: {}, context: {} });
    expect(result).toMatchObject({ intent: "import", imported: { created: expect.any(Number), updated: 0 } });
    expect(await db.knowledgeDocument.count({ where: { shop: signedIn.shop, source: "policy" } })).toBeGreaterThan(0);
  });

  it("take the shop only from the session: a form naming another shop changes nothing there", async () => {
    signedIn.shop = testShop();
    const victim = testShop();
    const created = await createArticle(db, victim, { title: "Victim's policy", body: "Original." });
    const id = created.ok ? created.id : "";
    const forged = (fields: Record<string, string>) => new URLSearchParams({ shop: victim, ...fields });

    expect((await thrown(editAction({ request: post(`/app/knowledge/${id}`, forged({ title: "Hacked", body: "Hacked" })), params: { id }, context: {} })))?.status).toBe(404);
    expect((await thrown(editLoader({ request: new Request(`http://127.0.0.1:3000/app/knowledge/${id}?shop=${victim}`), params: { id }, context: {} })))?.status).toBe(404);
    expect(await listAction({ request: post("/app/knowledge?index", forged({ intent: "delete", id })), params: {}, context: {} })).toEqual({ intent: "delete", deleted: false });
    await newAction({ request: post("/app/knowledge/new", forged({ title: "Planted", body: "Planted" })), params: {}, context: {} });
    await listAction({ request: post("/app/knowledge?index", forged({ intent: "import" })), params: {}, context: {} });
    const form = new FormData();
    form.set("shop", victim);
    form.set("file", new File(["# Planted"], "planted.md"));
    await uploadAction({ request: post("/app/knowledge/upload?uploadId=u", form), params: {}, context: {} });

    expect(await db.knowledgeDocument.findMany({ where: { shop: victim }, select: { title: true, body: true } })).toEqual([{ title: "Victim's policy", body: "Original." }]);
    expect(await db.knowledgeDocument.count({ where: { shop: signedIn.shop, title: "Planted" } })).toBe(2);
  });
});
