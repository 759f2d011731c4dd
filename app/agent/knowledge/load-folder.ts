import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { KnowledgeDocument } from "./document";

const KNOWLEDGE_FILE_EXTENSIONS = new Set([".md", ".txt"]);
const FIRST_MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/m;

/**
 * The knowledge base kept as files: every `.md` and `.txt` file directly in `dir` (not in sub-folders), sorted by
 * name. The id is the file name; the title is the first markdown heading, or the file name without extension.
 */
export async function loadKnowledgeFolder(dir: string): Promise<KnowledgeDocument[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") {
      throw new Error(`Knowledge folder not found: ${dir}`, { cause: error });
    }
    throw error;
  });
  const fileNames = entries
    .filter((entry) => entry.isFile() && KNOWLEDGE_FILE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort();
  if (fileNames.length === 0) {
    throw new Error(`Knowledge folder has no .md or .txt files: ${dir}`);
  }

  return Promise.all(
    fileNames.map(async (fileName) => {
      const body = await readFile(join(dir, fileName), "utf8");
      const title = FIRST_MARKDOWN_HEADING.exec(body)?.[1] ?? fileName.slice(0, -extname(fileName).length);
      return { id: fileName, title, body, source: fileName };
    }),
  );
}
