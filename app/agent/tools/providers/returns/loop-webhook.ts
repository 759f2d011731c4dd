import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { ProviderReturnStatus } from "../types";
import { LoopReturnState, loopReturnStatus } from "./loop";
import { idLike } from "./shared";

/**
 * Loop's return webhook (docs.loopreturns.com, Webhook Reference → Return). Loop signs each delivery with the
 * webhook's secret (Loop admin → Developer Tools): `X-Loop-Signature` is the base64 HMAC-SHA256 of the request body
 * exactly as sent, so verify the raw text before parsing it; re-serialised JSON would not match.
 */
export const LOOP_SIGNATURE_HEADER = "X-Loop-Signature";

export function verifyLoopSignature(rawBody: string, signatureHeader: string | null, secret: string): boolean {
  if (!signatureHeader || !secret) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(rawBody, "utf8").digest("base64"));
  const given = Buffer.from(signatureHeader.trim());
  // timingSafeEqual needs equal lengths; a length mismatch reveals nothing about the secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The fields we act on; Loop sends many more (totals, customer, address, line items, refunds). */
export const LoopReturnWebhookPayload = z.object({
  topic: z.literal("return"),
  // "return.created", "return.updated" or "return.closed"; kept open so a new trigger is not a failed delivery.
  trigger: z.string().min(1),
  shop_id: z.number().nullish(),
  id: idLike,
  state: LoopReturnState,
  order_name: z.string(),
  labels: z.array(z.object({ status: z.string().nullish() })).nullish(),
  label_status: z.string().nullish(),
});

export type LoopReturnEvent = {
  trigger: string;
  /** Loop's id of the merchant's shop, to find which of our shops the webhook belongs to. */
  shopId: number | null;
  returnId: string;
  orderName: string;
  state: LoopReturnState;
  status: ProviderReturnStatus;
};

/** The return event in a (verified) webhook body, or null when the body is not one. */
export function parseLoopReturnWebhook(rawBody: string): LoopReturnEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const parsed = LoopReturnWebhookPayload.safeParse(json);
  if (!parsed.success) return null;
  const payload = parsed.data;
  return {
    trigger: payload.trigger,
    shopId: payload.shop_id ?? null,
    returnId: payload.id,
    orderName: payload.order_name,
    state: payload.state,
    status: loopReturnStatus(payload.state, payload.labels?.[0]?.status ?? payload.label_status),
  };
}
