import { LOOP_SIGNATURE_HEADER, parseLoopReturnWebhook, verifyLoopSignature } from "../agent/tools/providers/returns/loop-webhook";
import type { Db } from "../db/client";
import { integrationCredentials } from "./integrations.server";

export type WebhookVerdict = { status: 200 | 400 | 401 | 404; message: string };

/**
 * A Loop return webhook for one shop: the signature is checked against the shop's Loop webhook secret before the
 * body is read, so a forged or replayed-with-changes delivery changes nothing. A verified event is recorded on the
 * shop's Loop integration (the Integrations page shows it; return status itself is always read from Loop's API).
 */
export async function receiveLoopWebhook(db: Db, key: Buffer, shop: string, request: Request): Promise<WebhookVerdict> {
  const credentials = await integrationCredentials(db, key, shop, "loop");
  if (!credentials) return { status: 404, message: "Loop is not connected for this shop" };
  const raw = await request.text();
  if (!credentials.webhookSecret || !verifyLoopSignature(raw, request.headers.get(LOOP_SIGNATURE_HEADER), credentials.webhookSecret)) {
    return { status: 401, message: "signature does not verify" };
  }
  const event = parseLoopReturnWebhook(raw);
  if (!event) return { status: 400, message: "not a Loop return webhook" };
  const summary = `${event.trigger}: ${event.orderName} ${event.status}`;
  await db.integration.updateMany({ where: { shop, provider: "loop" }, data: { lastEventAt: new Date(), lastEvent: summary } });
  return { status: 200, message: summary };
}
