import type { FulfillmentDisplayStatus, FulfillmentHold, Order, ReturnReason } from "../model";
import type { Carrier } from "./carriers";

/** A catalog product (by handle), one of its variant titles, and the quantity. */
export type LineSpec = [handle: string, variantTitle: string, quantity: number];

export type ShipmentSpec = {
  status: FulfillmentDisplayStatus;
  carrier: Carrier;
  /** Indexes into the order's items; all of them by default. */
  lines?: number[];
  /** Days after the order was placed that the label was bought; 1 by default. */
  shippedAfterDays?: number;
  /** Delivered: days in transit. Still moving: days from now to the carrier's estimate. */
  days?: number;
};

export type OrderSpec = {
  customer: string;
  daysAgo: number;
  items: LineSpec[];
  /** Where an order stands before anything ships; shipments make it FULFILLED or PARTIALLY_FULFILLED. */
  hold?: "IN_PROGRESS" | "ON_HOLD";
  /** Why the unshipped items are held (what Shopify's fulfillment hold says), and in how many days they should ship. */
  held?: { reason: FulfillmentHold["reason"]; notes: string; shipsInDays?: number };
  shipments?: ShipmentSpec[];
  code?: string;
  shipping?: "expedited" | "dhl";
  /** Awaiting payment (e.g. a PayPal eCheck); paid otherwise. */
  pending?: boolean;
  cancelled?: { reason: NonNullable<Order["cancelReason"]>; afterHours: number };
  returned?: { status: "REQUESTED" | "CLOSED"; lines: [index: number, quantity: number][]; reason: ReturnReason; note: string; afterDays: number };
  note?: string;
};

/**
 * The demo's order history, oldest first (#1001 onwards), chosen so that every state a shopper can ask about
 * exists: each fulfillment display status, partial shipments, holds, cancellations (refunded and voided),
 * a requested and completed returns, pending payment, Korean orders, and orders older than 60 days.
 */
export const ORDERS: OrderSpec[] = [
  { customer: "emma", daysAgo: 118, items: [["ridgeline-rain-shell", "Spruce / M", 1], ["merino-hiker-crew-socks", "M", 2]], code: "WELCOME10", shipments: [{ status: "DELIVERED", carrier: "UPS" }] },
  { customer: "olivia", daysAgo: 112, items: [["summit-down-parka", "Black / S", 1]], shipments: [{ status: "DELIVERED", carrier: "FedEx", days: 3 }] },
  {
    customer: "liam", daysAgo: 105, items: [["granite-peak-hiking-boot", "10", 1], ["merino-hiker-crew-socks", "L", 1]],
    shipments: [{ status: "DELIVERED", carrier: "UPS" }],
    returned: { status: "CLOSED", lines: [[0, 1]], reason: "SIZE_TOO_SMALL", note: "Too narrow in the toe box", afterDays: 12 },
  },
  { customer: "sophia", daysAgo: 98, items: [["summit-roast-coffee-subscription", "Whole Bean / Every 2 weeks", 1], ["enamel-camp-mug", "White Speckle", 2]], code: "FREESHIP", shipments: [{ status: "DELIVERED", carrier: "USPS", days: 3 }] },
  { customer: "yuna", daysAgo: 92, items: [["merino-trail-tee", "Slate / S", 2], ["alpine-rib-beanie", "Cream", 1]], shipments: [{ status: "DELIVERED", carrier: "USPS" }] },
  { customer: "minjun", daysAgo: 85, items: [["daybreak-24l-daypack", "Spruce", 1]], shipments: [{ status: "DELIVERED", carrier: "CJ대한통운", days: 2 }] },
  { customer: "james", daysAgo: 77, items: [["switchback-hiking-pants", "32 / Khaki", 1], ["basecamp-organic-tee", "Charcoal / L", 2]], shipments: [{ status: "DELIVERED", carrier: "UPS" }] },
  { customer: "ava", daysAgo: 70, items: [["summit-roast-coffee-subscription", "Ground / Every 4 weeks", 1], ["campfire-blend-coffee", "Ground", 1]], shipments: [{ status: "DELIVERED", carrier: "USPS" }] },
  { customer: "emma", daysAgo: 66, items: [["trailhead-fleece-jacket", "Moss / M", 1]], cancelled: { reason: "CUSTOMER", afterHours: 2 }, note: "Customer ordered the wrong colour and reordered in store." },
  { customer: "olivia", daysAgo: 61, items: [["traverse-45l-trekking-pack", "M/L / Graphite", 1], ["insulated-trail-bottle", "Stone", 1]], code: "VIP25", shipments: [{ status: "DELIVERED", carrier: "FedEx" }] },
  {
    customer: "noah", daysAgo: 55, items: [["trail-runner-gtx", "11", 1]],
    shipments: [{ status: "DELIVERED", carrier: "UPS" }],
    returned: { status: "CLOSED", lines: [[0, 1]], reason: "SIZE_TOO_SMALL", note: "Runs half a size small", afterDays: 9 },
  },
  { customer: "mateo", daysAgo: 49, items: [["carbon-trekking-poles", "Default Title", 1], ["ridge-hip-pack", "Black", 1]], shipments: [{ status: "DELIVERED", carrier: "UPS" }] },
  { customer: "seoyeon", daysAgo: 44, items: [["long-sleeve-sun-hoodie", "Sky / S", 1], ["sun-trekker-cap", "Sand", 1]], shipments: [{ status: "DELIVERED", carrier: "USPS" }] },
  { customer: "yuna", daysAgo: 40, items: [["roll-top-commuter-pack", "Black", 1]], shipping: "expedited", shipments: [{ status: "DELIVERED", carrier: "UPS", days: 2 }] },
  { customer: "ethan", daysAgo: 36, items: [["granite-peak-hiking-boot", "11", 1], ["expedition-wool-socks", "L", 2]], shipments: [{ status: "DELIVERED", carrier: "FedEx" }] },
  { customer: "emma", daysAgo: 31, items: [["firefly-20-down-sleeping-bag", "Long", 1]], shipments: [{ status: "DELIVERED", carrier: "UPS" }] },
  { customer: "jihoon", daysAgo: 27, items: [["windbreak-packable-anorak", "Navy / L", 1]], shipping: "dhl", shipments: [{ status: "DELIVERED", carrier: "DHL Express", days: 6 }] },
  {
    customer: "liam", daysAgo: 24, items: [["alpenglow-logo-tee", "Forest / M", 2]],
    shipments: [{ status: "DELIVERED", carrier: "USPS" }],
    returned: { status: "REQUESTED", lines: [[0, 2]], reason: "SIZE_TOO_SMALL", note: "Too small; would like to exchange for L", afterDays: 10 },
  },
  { customer: "olivia", daysAgo: 20, items: [["ultralight-hammock", "Moss", 1], ["trail-beam-400-headlamp", "Default Title", 1]], code: "SUMMIT15", shipments: [{ status: "DELIVERED", carrier: "FedEx", days: 3 }] },
  {
    customer: "sophia", daysAgo: 16, items: [["campfire-blend-coffee", "Ground", 2], ["insulated-trail-bottle", "Spruce", 1]],
    shipments: [{ status: "FAILURE", carrier: "USPS" }],
    note: "USPS returned the parcel to sender as damaged in transit. Replacement or refund pending the customer's choice.",
  },
  { customer: "minjun", daysAgo: 13, items: [["merino-trail-tee", "Sage / M", 1], ["alpine-rib-beanie", "Charcoal", 1]], shipments: [{ status: "DELIVERED", carrier: "CJ대한통운", days: 2 }] },
  { customer: "ava", daysAgo: 11, items: [["boulder-shorts", "M / Khaki", 1], ["trail-ankle-socks-3-pack", "M", 1]], shipments: [{ status: "DELIVERED", carrier: "USPS" }] },
  { customer: "james", daysAgo: 9, items: [["daybreak-24l-daypack", "Ember", 1]], shipments: [{ status: "DELAYED", carrier: "FedEx", days: 2 }], note: "FedEx reports a weather delay at the Memphis hub." },
  { customer: "noah", daysAgo: 8, items: [["basecamp-organic-tee", "Natural / M", 3]], shipments: [{ status: "DELIVERED", carrier: "USPS" }] },
  { customer: "jihoon", daysAgo: 7, items: [["merino-hiker-crew-socks", "L", 3], ["trail-repair-kit", "Default Title", 1]], shipping: "dhl", shipments: [{ status: "IN_TRANSIT", carrier: "DHL Express", days: 1 }] },
  { customer: "yuna", daysAgo: 6, items: [["summit-down-parka", "Ember / L", 1]], code: "VIP25", shipments: [{ status: "IN_TRANSIT", carrier: "UPS", days: 1 }] },
  {
    customer: "mateo", daysAgo: 5, items: [["traverse-45l-trekking-pack", "S/M / Moss", 1], ["insulated-trail-bottle", "Glacier Blue", 2]],
    shipments: [{ status: "IN_TRANSIT", carrier: "FedEx", lines: [0], days: 1 }],
    note: "Bottles backordered; they ship separately when restocked (about 5 days).",
    held: { reason: "INVENTORY_OUT_OF_STOCK", notes: "The bottles are backordered at our warehouse.", shipsInDays: 5 },
  },
  { customer: "minjun", daysAgo: 4, items: [["ridgeline-rain-shell", "Glacier Blue / M", 1]], shipments: [{ status: "OUT_FOR_DELIVERY", carrier: "CJ대한통운", shippedAfterDays: 2, days: 0.3 }] },
  { customer: "seoyeon", daysAgo: 3.8, items: [["trailhead-fleece-jacket", "Heather Grey / S", 1]], shipments: [{ status: "OUT_FOR_DELIVERY", carrier: "USPS", days: 0.3 }] },
  {
    customer: "ava", daysAgo: 3.5, items: [["summit-roast-coffee-subscription", "Whole Bean / Every 4 weeks", 1], ["enamel-camp-mug", "Blue Speckle", 1]],
    shipments: [{ status: "ATTEMPTED_DELIVERY", carrier: "UPS", days: 1 }],
  },
  { customer: "emma", daysAgo: 3, items: [["camp-moc", "M", 1], ["alpine-rib-beanie", "Ember", 1]], shipments: [{ status: "LABEL_PURCHASED", carrier: "UPS", shippedAfterDays: 2, days: 4 }] },
  { customer: "olivia", daysAgo: 2, items: [["sun-trekker-cap", "Navy", 1], ["merino-hiker-crew-socks", "S", 2]], shipments: [{ status: "CONFIRMED", carrier: "FedEx", shippedAfterDays: 1.5, days: 3 }] },
  { customer: "ethan", daysAgo: 1.5, items: [["trail-ankle-socks-3-pack", "L", 1], ["long-sleeve-sun-hoodie", "Sand / L", 1]], hold: "IN_PROGRESS" },
  { customer: "liam", daysAgo: 1.2, items: [["switchback-hiking-pants", "34 / Graphite", 1]], hold: "ON_HOLD", note: "On hold: the shipping address failed verification; emailed the customer to confirm the unit number.",
    held: { reason: "INCORRECT_ADDRESS", notes: "The shipping address could not be verified: please confirm the apartment or unit number." } },
  { customer: "noah", daysAgo: 0.6, items: [["alpine-rib-beanie", "Charcoal", 1], ["alpenglow-logo-tee", "Sunrise Pink / L", 1]] },
  { customer: "sophia", daysAgo: 0.4, items: [["windbreak-packable-anorak", "Sunset Orange / M", 1]], pending: true },
  { customer: "mateo", daysAgo: 0.3, items: [["ultralight-hammock", "Ember", 1]], pending: true, cancelled: { reason: "DECLINED", afterHours: 1 }, note: "Payment declined by the card issuer." },
];
