// Seeds the demo shop's database rows (knowledge-base articles, connected providers) for script/server; safe to run every start.
import { config } from "../app/config.server";
import { createDb } from "../app/db/client";
import { seedDemoDatabase } from "../app/services/demo-seed.server";

const db = createDb();
const { articlesAdded, providersConnected } = await seedDemoDatabase(db, config().encryptionKey);
if (articlesAdded) console.log(`==> Demo shop: ${articlesAdded} knowledge-base articles added`);
if (providersConnected) console.log(`==> Demo shop: ${providersConnected} providers connected (Loop, Recharge, Smile — local fakes)`);
await db.$disconnect();
