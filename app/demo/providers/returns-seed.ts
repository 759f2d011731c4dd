import { createHash } from "node:crypto";
import type { LineItem, Order, ProductVariant } from "../model";
import { trackingInfo } from "../seed/carriers";
import type { FakeWorld } from "./fake";

/**
 * The returns a returns provider holds for the demo shop. Loop and AfterShip write the returns they handle into
 * Shopify, so the provider's returns are the ones the demo orders already show: the completed ones were refunded
 * and their parcels arrived; the one still requested is a size exchange ("would like to exchange for L") whose
 * prepaid label is on its way back. Both fakes serve these in their own API's shapes.
 */
export type SeededReturn = {
  order: Order;
  stage: "closed" | "in_transit";
  createdAt: Date;
  closedAt: Date | null;
  /** What the shopper paid per unit (after discounts) is what a refund pays back. */
  items: { lineItem: LineItem; quantity: number; unitPrice: number; reason: string; exchangeFor: ProductVariant | null }[];
  /** The return parcel's USPS prepaid label. */
  tracking: { company: string; number: string; url: string };
};

export function seedReturns(world: FakeWorld): SeededReturn[] {
  return world.data.orders.flatMap((order) =>
    order.returns
      // Declined and cancelled returns never reached the provider's portal.
      .filter((shopifyReturn) => shopifyReturn.status !== "DECLINED" && shopifyReturn.status !== "CANCELED")
      .map((shopifyReturn): SeededReturn => {
        const closed = shopifyReturn.status === "CLOSED";
        return {
          order,
          stage: closed ? "closed" : "in_transit",
          createdAt: new Date(shopifyReturn.createdAt),
          closedAt: shopifyReturn.closedAt ? new Date(shopifyReturn.closedAt) : null,
          items: shopifyReturn.returnLineItems.map((item) => {
            const { lineItem } = item.fulfillmentLineItem;
            return {
              lineItem,
              quantity: item.quantity,
              unitPrice: Number(lineItem.discountedUnitPriceSet.shopMoney.amount),
              reason: item.returnReasonNote,
              exchangeFor: closed ? null : nextSize(lineItem.variant),
            };
          }),
          tracking: trackingInfo("USPS", order.number * 31 + 7),
        };
      }),
  );
}

/** The variant after this one in the product's list (the next size up in the demo catalog). */
function nextSize(variant: ProductVariant): ProductVariant | null {
  const variants = variant.product.variants;
  const index = variants.indexOf(variant);
  return variants[index + 1] ?? variants[index - 1] ?? null;
}

/** A stable UUID-shaped token for links (portal, status page) derived from what it points at. */
export function stableUuid(...parts: (string | number)[]): string {
  const hex = createHash("sha256").update(parts.join("|")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The shop's handle on the providers' hosted portals, e.g. customer-agent-demo.loopreturns.com. */
export const portalSubdomain = (world: FakeWorld) => world.data.shop.myshopifyDomain.replace(/\.myshopify\.com$/, "");

export const findOrderByName = (world: FakeWorld, name: string) => world.data.orders.find((order) => order.name === name);

/** Postcodes as shoppers type them: case and spaces do not matter. */
export const samePostcode = (a: string, b: string) => a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();
