import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseLoopReturnWebhook, verifyLoopSignature } from "../../app/agent/tools/providers/returns/loop-webhook";

const SECRET = "whsec_loop_demo_5d1e9b7a";
const sign = (body: string, secret = SECRET) => createHmac("sha256", secret).update(body, "utf8").digest("base64");

// Trimmed from Loop's documented return webhook example; Loop escapes slashes in the JSON it signs and sends.
const body = JSON.stringify({
  topic: "return",
  trigger: "return.updated",
  shop_id: 12345,
  id: "1673",
  state: "open",
  created_at: "2023-05-01T12:00:00Z",
  order_id: 2871,
  order_name: "#1018",
  customer: "liam.martinez@example.com",
  status_page_url: "https://example.loopreturns.com/#/return/b3e4764e-7adf-4b8c-802a-553305b6db49",
  labels: [{ status: "in_transit", url: "https://partner.loopreturns.com/label/12345456", carrier: "USPS", tracking_number: 123456789101112 }],
}).replace(/\//g, "\\/");

describe("Loop webhook signature", () => {
  it("accepts the base64 HMAC-SHA256 of the raw body", () => {
    expect(verifyLoopSignature(body, sign(body), SECRET)).toBe(true);
  });

  it("refuses a changed body, another secret, a missing or malformed header, and an empty secret", () => {
    expect(verifyLoopSignature(body.replace("#1018", "#1003"), sign(body), SECRET)).toBe(false);
    expect(verifyLoopSignature(body, sign(body, "another-secret"), SECRET)).toBe(false);
    expect(verifyLoopSignature(body, null, SECRET)).toBe(false);
    expect(verifyLoopSignature(body, "", SECRET)).toBe(false);
    expect(verifyLoopSignature(body, "not base64 at all", SECRET)).toBe(false);
    expect(verifyLoopSignature(body, sign(body, ""), "")).toBe(false);
  });

  it("checks the body as sent: the same data re-serialised without escaped slashes does not match", () => {
    expect(verifyLoopSignature(JSON.stringify(JSON.parse(body)), sign(body), SECRET)).toBe(false);
  });
});

describe("Loop return webhook payload", () => {
  it("reads the trigger, shop, return id, order name and state, and where the parcel is", () => {
    expect(parseLoopReturnWebhook(body)).toEqual({
      trigger: "return.updated",
      shopId: 12345,
      returnId: "1673",
      orderName: "#1018",
      state: "open",
      status: "in_transit",
    });
  });

  it("takes numeric return ids and Loop's 'needs review' state", () => {
    const review = JSON.stringify({ topic: "return", trigger: "return.created", id: 1674, state: "needs review", order_name: "#1011" });
    expect(parseLoopReturnWebhook(review)).toMatchObject({ returnId: "1674", state: "needs review", status: "requested", shopId: null });
  });

  it("answers null for a body that is not a return webhook", () => {
    expect(parseLoopReturnWebhook("{not json")).toBeNull();
    expect(parseLoopReturnWebhook(JSON.stringify({ topic: "label", trigger: "label.created", id: 1, state: "open", order_name: "#1" }))).toBeNull();
    expect(parseLoopReturnWebhook(JSON.stringify({ topic: "return", trigger: "return.closed", id: "1", state: "archived", order_name: "#1" }))).toBeNull();
  });
});
