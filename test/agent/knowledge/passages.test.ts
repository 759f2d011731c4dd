import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToText, loadKnowledgeFolder, MAX_PASSAGE_CHARS, splitIntoPassages } from "../../../app/agent/knowledge";
import { FIXTURES_DIR } from "./fixtures-dir";

describe("splitIntoPassages", () => {
  it("cuts every fixture article into bounded passages that keep their article and heading", async () => {
    const docs = await loadKnowledgeFolder(FIXTURES_DIR);
    for (const doc of docs) {
      const passages = splitIntoPassages(doc);
      expect(passages.length, doc.id).toBeGreaterThan(0);
      for (const passage of passages) {
        expect(passage.text.length, passage.id).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
        expect(passage).toMatchObject({ documentId: doc.id, title: doc.title });
      }
    }
    const refunds = splitIntoPassages(docs.find((doc) => doc.id === "returns-and-exchanges.md")!).find(
      (passage) => passage.heading === "Refunds",
    );
    expect(refunds?.text).toMatch(/^Once your return arrives at our warehouse/);
    expect(refunds?.text).not.toContain("##");
  });

  it("does not make the document title a section, and keeps text before the first heading", () => {
    const passages = splitIntoPassages({
      id: "doc",
      title: "Warranty",
      body: "# Warranty\n\nOne year on everything.\n\n## Claims\n\nEmail us a photo.",
    });
    expect(passages).toEqual([
      { id: "doc#0", documentId: "doc", title: "Warranty", text: "One year on everything." },
      { id: "doc#1", documentId: "doc", title: "Warranty", heading: "Claims", text: "Email us a photo." },
    ]);
  });

  it("packs short paragraphs together and splits long ones between sentences", () => {
    const sentence = "Items must be unworn and unwashed with the tags attached. ";
    const longParagraph = sentence.repeat(40).trim();
    const passages = splitIntoPassages({
      id: "long",
      title: "Returns",
      body: `## Short\n\nOne.\n\nTwo.\n\n## Long\n\n${longParagraph}`,
    });
    expect(passages[0]).toMatchObject({ heading: "Short", text: "One.\n\nTwo." });
    const long = passages.filter((passage) => passage.heading === "Long");
    expect(long.length).toBeGreaterThan(2);
    for (const passage of long) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(passage.text).toMatch(/attached\.$/);
    }
    expect(long.map((passage) => passage.text).join(" ")).toBe(longParagraph);
  });

  it("cuts a sentence or table longer than a passage between words", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| ${i} | ${80 + i} | ${60 + i} |`);
    const table = ["| Size | Chest | Waist |", ...rows];
    const passages = splitIntoPassages({ id: "sizes", title: "Sizes", body: table.join("\n") });
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(passage.text).toMatch(/^\S.*\S$/s);
    }
    expect(passages.map((passage) => passage.text).join(" ").replace(/\s+/g, " ")).toBe(table.join(" "));
  });
});

describe("htmlToText", () => {
  it("turns a Shopify refund policy into markdown-like text with its paragraphs, headings and lists", async () => {
    const html = await readFile(join(FIXTURES_DIR, "shopify-refund-policy.html"), "utf8");
    const text = htmlToText(html);
    expect(text).toBe(
      [
        "## Refund policy",
        "We have a 30-day return policy, which means you have 30 days after receiving your item to request a return.",
        "To be eligible for a return, your item must be in the same condition that you received it, unworn or " +
          "unused, with tags, and in its original packaging. You’ll also need the receipt or proof of purchase.",
        "To start a return, you can contact us at support@northwind-goods.example.",
        "### Exceptions / non-returnable items",
        "- Perishable goods & custom products\n- Sale items or gift cards",
        "Questions? Email us — we're happy to help — at any time.",
      ].join("\n\n"),
    );
    expect(splitIntoPassages({ id: "policy", title: "Refund policy", body: text }).map((p) => p.heading)).toEqual([
      undefined,
      "Exceptions / non-returnable items",
    ]);
  });

  it("drops scripts, styles and comments, and leaves encoded markup as visible text", () => {
    expect(
      htmlToText("<style>p{color:red}</style><!-- note --><p>Use code &lt;b&gt;SAVE10&lt;/b&gt; &#8211; &#x2713;</p>"),
    ).toBe("Use code <b>SAVE10</b> – ✓");
  });

  it("keeps Korean text and line breaks", () => {
    expect(htmlToText("<p>반품은 30일 이내<br>교환은 1회 무료</p>")).toBe("반품은 30일 이내\n교환은 1회 무료");
  });
});
