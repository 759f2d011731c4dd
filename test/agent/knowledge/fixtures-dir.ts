import { fileURLToPath } from "node:url";

/** The fixture knowledge base: a bilingual (EN/KO) apparel shop's help articles. */
export const FIXTURES_DIR = fileURLToPath(new URL("./fixtures", import.meta.url));
