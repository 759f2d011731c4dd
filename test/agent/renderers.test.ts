import { describe, expect, it } from "vitest";
import type { AgentReply } from "../../app/agent/engine";
import { renderEmail, renderSms, renderWebchat } from "../../app/agent/renderers";

const reply: AgentReply = {
  conversationId: "c1",
  messageId: "m1",
  skill: "order_tracking",
  confidence: 0.98,
  language: "en",
  outcome: "resolved",
  text: "Here's the latest on order #1031: in transit with UPS.\n\nAnything else?",
  card: {
    type: "order",
    orderId: "gid://shopify/Order/5031",
    name: "#1031",
    placedAt: "2026-11-21T13:10:25Z",
    status: "In transit",
    total: { amount: "97.0", currencyCode: "USD" },
    items: [{ title: "Camp Moc Slipper <M>", quantity: 1, imageUrl: null }],
    shipments: [{ status: "IN_TRANSIT", carrier: "UPS", trackingNumber: "1Z999", trackingUrl: "https://www.ups.com/track?tracknum=1Z999&x=1", estimatedDeliveryAt: null, deliveredAt: null }],
    statusPageUrl: "https://shop.example/orders/5031",
    actions: [],
  },
  quickReplies: [],
  handoff: false,
  sources: [],
  toolsCalled: [], action: null,
};

describe("channel renderers", () => {
  it("webchat keeps the card and its data for the widget", () => {
    expect(renderWebchat(reply)).toMatchObject({ conversationId: "c1", message: { id: "m1", card: { type: "order", name: "#1031" } } });
  });

  it("SMS turns the card into lines with deep links and stays within one Twilio message", () => {
    const sms = renderSms(reply);
    expect(sms).toContain("UPS 1Z999: https://www.ups.com/track?tracknum=1Z999&x=1");
    expect(sms).toContain("Order status: https://shop.example/orders/5031");
    expect(renderSms({ ...reply, text: "x".repeat(5000) }).length).toBeLessThanOrEqual(1600);
  });

  it("email has a text body and an HTML body with escaped text and links", () => {
    const email = renderEmail(reply, "Where is my order?");
    expect(email.subject).toBe("Re: Where is my order?");
    expect(email.text).toContain("https://shop.example/orders/5031");
    expect(email.html).toContain('<a href="https://www.ups.com/track?tracknum=1Z999&amp;x=1">UPS 1Z999</a>');
    expect(email.html).toContain("<p>Anything else?</p>");
    expect(renderEmail({ ...reply, text: "<script>alert(1)</script>" }, "Hi").html).not.toContain("<script>");
  });

  it("makes the text's links clickable in an email, and does not repeat in an SMS a link the text already gives", () => {
    const login = "https://shop.example/account/login";
    const asked: AgentReply = { ...reply, text: `Please log in at ${login}.`, card: { type: "login", actions: [{ kind: "link", label: "Log in", url: login }] } };
    expect(renderEmail(asked, "Hi").html).toContain(`<p>Please log in at <a href="${login}">${login}</a>.</p>`);
    expect(renderSms(asked)).toBe(`Please log in at ${login}.`);
  });
});

describe("knowledge-base text in replies", () => {
  it("drops markdown emphasis, headings and link syntax but keeps lists", async () => {
    const { plainText } = await import("../../app/agent/knowledge/answer");
    expect(plainText("## Returns\n- **Within 30 days** of delivery, see [our policy](https://x.test/p) or `RETURN10`")).toBe(
      "Returns\n- Within 30 days of delivery, see our policy (https://x.test/p) or RETURN10",
    );
  });
});
