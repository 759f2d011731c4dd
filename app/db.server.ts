import { createDb, type Db } from "./db/client";

declare global {
  // Kept across Vite's dev reloads so each reload does not open another pool.
  var __customerAgentDb: Db | undefined;
}

export const db: Db = (globalThis.__customerAgentDb ??= createDb());
export default db;
