import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledgeFolder } from "../../../app/agent/knowledge";
import { FIXTURES_DIR } from "./fixtures-dir";

const tempDirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "knowledge-"));
  tempDirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("loadKnowledgeFolder", () => {
  it("loads the .md and .txt files of the fixtures folder, ignoring the HTML file", async () => {
    const docs = await loadKnowledgeFolder(FIXTURES_DIR);
    expect(docs).toHaveLength(15);
    expect(docs.map((doc) => doc.id)).not.toContain("shopify-refund-policy.html");
    expect(docs.find((doc) => doc.id === "ko-returns.md")).toMatchObject({
      title: "반품 및 교환 정책",
      source: "ko-returns.md",
      body: expect.stringContaining("## 반품 신청 방법"),
    });
    // No markdown heading: the file name without its extension.
    expect(docs.find((doc) => doc.id === "gift-cards.txt")?.title).toBe("gift-cards");
  });

  it("reads only the folder itself, not sub-folders", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "faq.md"), "Just text, no heading.");
    await mkdir(join(dir, "drafts"));
    await writeFile(join(dir, "drafts", "draft.md"), "# Draft");
    expect(await loadKnowledgeFolder(dir)).toEqual([
      { id: "faq.md", title: "faq", body: "Just text, no heading.", source: "faq.md" },
    ]);
  });

  it("fails clearly when the folder does not exist", async () => {
    const missing = join(await tempDir(), "nope");
    await expect(loadKnowledgeFolder(missing)).rejects.toThrow(`Knowledge folder not found: ${missing}`);
  });

  it("fails clearly when the folder has no .md or .txt files", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "policy.html"), "<p>Refunds</p>");
    await expect(loadKnowledgeFolder(dir)).rejects.toThrow(`Knowledge folder has no .md or .txt files: ${dir}`);
  });
});
