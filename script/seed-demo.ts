// Seeds the demo shop's database rows (knowledge-base articles) for script/server; safe to run every start.
import { createDb } from "../app/db/client";
import { seedDemoDatabase } from "../app/services/demo-seed.server";

const db = createDb();
const { articlesAdded } = await seedDemoDatabase(db);
if (articlesAdded) console.log(`==> Demo shop: ${articlesAdded} knowledge-base articles added`);
await db.$disconnect();
