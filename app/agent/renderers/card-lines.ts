import type { Card } from "../cards";
import { formatDate, formatMoney, formatNumber, say } from "../language";
import type { Language } from "../types";

/** A card reduced to lines of text with optional links — what channels without rich cards show. */
export type CardLine = { text: string; url?: string };

export function cardLines(card: Card, language: Language): CardLine[] {
  switch (card.type) {
    case "order": {
      const shipment = card.shipments[0];
      return [
        { text: `${card.name}: ${card.status}` },
        ...(shipment?.trackingNumber ? [{ text: `${shipment.carrier ?? ""} ${shipment.trackingNumber}`.trim(), url: shipment.trackingUrl ?? undefined }] : []),
        { text: say(language, { en: "Order status", ko: "주문 상태" }), url: card.statusPageUrl },
      ];
    }
    case "coupon":
      return card.coupons.map((c) => ({ text: `${c.code} — ${c.summary}${c.endsAt ? ` (${formatDate(c.endsAt, language)})` : ""}` }));
    case "product":
      return card.products.map((p) => ({ text: `${p.title} ${formatMoney(p.price, language)}`, url: p.url ?? undefined }));
    case "loyalty": {
      const points = (n: number) => say(language, { en: "{points} points", ko: "{points}포인트" }, { points: formatNumber(n, language) });
      return [
        { text: points(card.pointsBalance) + (card.tier ? ` · ${card.tier}` : "") },
        ...card.rewards.filter((r) => r.affordable).map((r) => ({ text: `${r.name}: ${points(r.pointsCost)}` })),
      ];
    }
    case "subscription":
      return [{ text: `${card.productTitle} · ${card.frequency}${card.nextChargeAt ? ` · ${formatDate(card.nextChargeAt, language)}` : ""}` }];
    case "return":
      return [
        { text: `${card.orderName}: ${card.eligibleItems.map((i) => i.title).join(", ")}` },
        ...(card.portalUrl ? [{ text: say(language, { en: "Start a return", ko: "반품 시작하기" }), url: card.portalUrl }] : []),
      ];
    case "login":
      return card.actions.flatMap((action) => (action.kind === "link" ? [{ text: action.label, url: action.url }] : []));
  }
}
