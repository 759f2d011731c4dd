/**
 * The demo store's facts the scenarios state, written out by hand from the seed (app/demo/seed/order-specs.ts,
 * customers.ts, discounts.ts, store-facts.ts, carriers.ts; app/demo/providers/ for subscriptions and points) as it
 * stands at SCENARIO_NOW. demo-facts.test.ts checks them against the seed, so a seed change that would make a
 * scenario's expectation wrong fails loudly there rather than quietly in a scenario.
 */

/**
 * The instant every scenario is played at, for the seed and the engine alike. Fixed, so a scenario's facts (which
 * orders are inside the 30-day return window, which subscription charge comes next) are the same on every run.
 */
export const SCENARIO_NOW = new Date("2026-11-24T17:00:00Z");

// Demo customers (customers.ts).
export const EMMA = "emma.johnson@example.com";
export const LIAM = "liam.martinez@example.com";
export const MINJUN = "minjun.kim@example.com";
export const SEOYEON = "seoyeon.lee@example.com";
export const OLIVIA = "olivia.chen@example.com";
export const NOAH = "noah.williams@example.com";
export const SOPHIA = "sophia.patel@example.com";
export const JAMES = "james.obrien@example.com";
export const JIHOON = "jihoon.park@example.com";
export const AVA = "ava.thompson@example.com";
export const MATEO = "mateo.garcia@example.com";
export const YUNA = "yuna.choi@example.com";
export const ETHAN = "ethan.brooks@example.com";

export type DemoOrderFact = {
  email: string;
  /** Product titles of its line items. */
  items: string[];
  /** The newest shipment's displayStatus; the order's displayFulfillmentStatus when nothing shipped; CANCELLED. */
  status: string;
  carrier?: string;
  tracking?: string;
  /** Whole days since delivery at SCENARIO_NOW (delivered orders). */
  deliveredDaysAgo?: number;
  note?: string;
};

/**
 * The orders scenarios are about, by name. Numbered #1001 upward in order-specs.ts order; tracking numbers come from
 * carriers.ts (seed: order number × 10 + shipment index).
 */
export const DEMO_ORDERS = {
  "#1001": { email: EMMA, items: ["Ridgeline Rain Shell", "Merino Hiker Crew Socks"], status: "DELIVERED", carrier: "UPS", tracking: "1ZA4V7820380503757", deliveredDaysAgo: 113 },
  "#1003": { email: LIAM, items: ["Granite Peak Hiking Boot", "Merino Hiker Crew Socks"], status: "DELIVERED", carrier: "UPS", deliveredDaysAgo: 100, note: "boot returned (CLOSED)" },
  "#1004": { email: SOPHIA, items: ["Summit Roast Coffee Subscription", "Enamel Camp Mug"], status: "DELIVERED", carrier: "USPS", deliveredDaysAgo: 94 },
  "#1006": { email: MINJUN, items: ["Daybreak 24L Daypack"], status: "DELIVERED", carrier: "CJ대한통운", deliveredDaysAgo: 82 },
  "#1008": { email: AVA, items: ["Summit Roast Coffee Subscription", "Campfire Blend Coffee (12 oz)"], status: "DELIVERED", carrier: "USPS", deliveredDaysAgo: 65 },
  "#1009": { email: EMMA, items: ["Trailhead Fleece Jacket"], status: "CANCELLED" },
  "#1011": { email: NOAH, items: ["Trail Runner GTX"], status: "DELIVERED", carrier: "UPS", note: "returned and refunded (CLOSED)" },
  "#1013": { email: SEOYEON, items: ["Long-Sleeve Sun Hoodie", "Sun Trekker Cap"], status: "DELIVERED", carrier: "USPS", deliveredDaysAgo: 39 },
  "#1015": { email: ETHAN, items: ["Granite Peak Hiking Boot", "Expedition Wool Socks"], status: "DELIVERED", carrier: "FedEx", deliveredDaysAgo: 31 },
  "#1016": { email: EMMA, items: ["Firefly 20°F Down Sleeping Bag"], status: "DELIVERED", carrier: "UPS", tracking: "1ZA4V7820381691607", deliveredDaysAgo: 26 },
  "#1017": { email: JIHOON, items: ["Windbreak Packable Anorak"], status: "DELIVERED", carrier: "DHL Express", deliveredDaysAgo: 20 },
  "#1018": { email: LIAM, items: ["Alpenglow Logo Tee"], status: "DELIVERED", carrier: "USPS", deliveredDaysAgo: 19, note: "return REQUESTED (exchange for L)" },
  "#1019": { email: OLIVIA, items: ["Ultralight Hammock", "Trail Beam 400 Headlamp"], status: "DELIVERED", carrier: "FedEx", deliveredDaysAgo: 16 },
  "#1020": { email: SOPHIA, items: ["Campfire Blend Coffee (12 oz)", "Insulated Trail Bottle 750 ml"], status: "FAILURE", carrier: "USPS", tracking: "9400111899201099651726", note: "returned to sender, damaged in transit" },
  "#1021": { email: MINJUN, items: ["Merino Trail Tee", "Alpine Rib Beanie"], status: "DELIVERED", carrier: "CJ대한통운", tracking: "631720961591", deliveredDaysAgo: 10 },
  "#1022": { email: AVA, items: ["Boulder Shorts", "Lightweight Trail Ankle Socks (3-Pack)"], status: "DELIVERED", carrier: "USPS", deliveredDaysAgo: 6 },
  "#1023": { email: JAMES, items: ["Daybreak 24L Daypack"], status: "DELAYED", carrier: "FedEx", tracking: "700496530611", note: "weather delay at the Memphis hub" },
  "#1024": { email: NOAH, items: ["Basecamp Organic Tee"], status: "DELIVERED", carrier: "USPS", deliveredDaysAgo: 3 },
  "#1025": { email: JIHOON, items: ["Merino Hiker Crew Socks", "Trail Repair Kit"], status: "IN_TRANSIT", carrier: "DHL Express", tracking: "4724137589" },
  "#1026": { email: YUNA, items: ["Summit Down Parka"], status: "IN_TRANSIT", carrier: "UPS", tracking: "1ZA4V7820382483507" },
  "#1027": { email: MATEO, items: ["Traverse 45L Trekking Pack", "Insulated Trail Bottle 750 ml"], status: "IN_TRANSIT", carrier: "FedEx", tracking: "700498461451", note: "pack shipped; the 2 bottles are backordered (about 5 days)" },
  "#1028": { email: MINJUN, items: ["Ridgeline Rain Shell"], status: "OUT_FOR_DELIVERY", carrier: "CJ대한통운", tracking: "633309644981" },
  "#1029": { email: SEOYEON, items: ["Trailhead Fleece Jacket"], status: "OUT_FOR_DELIVERY", carrier: "USPS", tracking: "9400111899201109077336" },
  "#1030": { email: AVA, items: ["Summit Roast Coffee Subscription", "Enamel Camp Mug"], status: "ATTEMPTED_DELIVERY", carrier: "UPS", tracking: "1ZA4V7820382800267" },
  "#1031": { email: EMMA, items: ["Camp Moc Slipper", "Alpine Rib Beanie"], status: "LABEL_PURCHASED", carrier: "UPS", tracking: "1ZA4V7820382879457" },
  "#1032": { email: OLIVIA, items: ["Sun Trekker Cap", "Merino Hiker Crew Socks"], status: "CONFIRMED", carrier: "FedEx", tracking: "700500875001" },
  "#1033": { email: ETHAN, items: ["Lightweight Trail Ankle Socks (3-Pack)", "Long-Sleeve Sun Hoodie"], status: "IN_PROGRESS" },
  "#1034": { email: LIAM, items: ["Switchback Hiking Pants"], status: "ON_HOLD", note: "the shipping address failed verification (unit number)" },
  "#1035": { email: NOAH, items: ["Alpine Rib Beanie", "Alpenglow Logo Tee"], status: "UNFULFILLED" },
  "#1036": { email: SOPHIA, items: ["Windbreak Packable Anorak"], status: "UNFULFILLED", note: "payment pending" },
  "#1037": { email: MATEO, items: ["Ultralight Hammock"], status: "CANCELLED", note: "payment declined" },
} as const satisfies Record<string, DemoOrderFact>;

/** store-facts.ts */
export const POLICY = {
  returnWindowDays: 30,
  exchangeWindowDays: 45,
  returnLabelFee: "$6.95",
  refundDays: "5–10 business days",
  cancelWindowHours: 2,
  freeShippingOver: "$75",
  standardShipping: "$8.95",
  standardDays: "3–5 business days",
  expedited: "$18.95",
  koreaShipping: "$9.95",
  koreaFreeOver: "$100",
  warrantyYears: 2,
  supportEmail: "help@alpenglow-supply.example",
  pointsPer100: "$5",
  pointsExpireMonths: 18,
} as const;

/** Summit Rewards balances (providers/summit-rewards.ts: Summit 2,450, Ridge 900, Base Camp 180; others not members). */
export const POINTS = { [EMMA]: 2450, [OLIVIA]: 2450, [YUNA]: 2450, [LIAM]: 900, [JAMES]: 900, [AVA]: 900, [MINJUN]: 180 } as const;
export const NOT_MEMBERS = [SEOYEON, NOAH, SOPHIA, JIHOON, MATEO, ETHAN] as const;

/** Coffee subscriptions (providers/subscription-seed.ts, on Recharge): active for the "coffee-subscriber" customers. */
export const SUBSCRIPTIONS = {
  [SOPHIA]: { product: "Summit Roast Coffee Subscription", variant: "Whole Bean / Every 2 weeks", status: "active" },
  [AVA]: { product: "Summit Roast Coffee Subscription", variant: "Whole Bean / Every 4 weeks", status: "active" },
  // The first customer who is not a subscriber stopped theirs three weeks ago (Recharge: cancelled).
  [EMMA]: { product: "Summit Roast Coffee Subscription", variant: "Ground / Every 4 weeks", status: "cancelled" },
} as const;

/** discounts.ts: codes by who may use them at SCENARIO_NOW. */
export const CODES = {
  publicActive: ["WELCOME10", "SUMMIT15", "TRAIL20", "FREESHIP", "SOCKS3"],
  personal: { VIP25: [EMMA, OLIVIA, YUNA], SORRY15: [JAMES, JIHOON] },
  expired: ["SPRINGTHAW20", "BLACKFRIDAY30"],
  scheduled: ["FALLGEAR20"],
} as const;
