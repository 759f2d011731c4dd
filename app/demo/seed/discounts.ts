import { gid } from "../gid";
import type { Customer, DiscountCustomerGets, DiscountMinimumRequirement, DiscountNode, DiscountStatus } from "../model";
import { customerByKey } from "./customers";
import { money } from "./money";
import { usd } from "./store-facts";
import { addDays, isoTime } from "./time";

export type DiscountSpec = {
  /** Absent for an automatic discount. */
  code?: string;
  title: string;
  kind: "percentage" | "fixed_amount" | "free_shipping";
  /** Percent or dollars; unused for free shipping. */
  value: number;
  /** What it applies to, as the summary says it; the entire order by default. */
  appliesTo?: string;
  minSubtotal?: number;
  minQuantity?: number;
  /** Customer keys (see customers.ts) for a discount only they can use. */
  customers?: string[];
  oncePerCustomer?: boolean;
  usageLimit?: number;
  /** Days from now (negative: in the past). */
  startsInDays: number;
  endsInDays?: number;
  used: number;
  tags?: string[];
};

export const DISCOUNTS: DiscountSpec[] = [
  { code: "WELCOME10", title: "Welcome 10% off first order", kind: "percentage", value: 10, oncePerCustomer: true, startsInDays: -700, used: 214, tags: ["newsletter"] },
  { code: "SUMMIT15", title: "Summit Sale 15% off", kind: "percentage", value: 15, minSubtotal: 50, startsInDays: -30, endsInDays: 21, used: 87, tags: ["seasonal"] },
  { code: "TRAIL20", title: "$20 off orders over $150", kind: "fixed_amount", value: 20, minSubtotal: 150, startsInDays: -90, used: 41 },
  { code: "FREESHIP", title: "Free shipping for newsletter subscribers", kind: "free_shipping", value: 0, oncePerCustomer: true, startsInDays: -400, used: 168, tags: ["newsletter"] },
  { code: "SOCKS3", title: "20% off 3 or more pairs of socks", kind: "percentage", value: 20, appliesTo: "Socks", minQuantity: 3, startsInDays: -60, used: 23 },
  { code: "VIP25", title: "VIP 25% thank-you", kind: "percentage", value: 25, customers: ["emma", "olivia", "yuna"], startsInDays: -200, used: 9, tags: ["vip"] },
  { code: "SORRY15", title: "Sorry for the wait: 15% off", kind: "percentage", value: 15, customers: ["james", "jihoon"], oncePerCustomer: true, startsInDays: -3, endsInDays: 60, used: 0, tags: ["service-recovery"] },
  { code: "SPRINGTHAW20", title: "Spring Thaw 20% off", kind: "percentage", value: 20, startsInDays: -75, endsInDays: -45, used: 132, tags: ["seasonal"] },
  { code: "BLACKFRIDAY30", title: "Black Friday 30% off", kind: "percentage", value: 30, usageLimit: 500, startsInDays: -300, endsInDays: -296, used: 500, tags: ["seasonal"] },
  { code: "FALLGEAR20", title: "Fall Gear 20% off jackets", kind: "percentage", value: 20, appliesTo: "Jackets", startsInDays: 14, endsInDays: 28, used: 0, tags: ["seasonal"] },
  { title: "Spend $200, save 10%", kind: "percentage", value: 10, minSubtotal: 200, startsInDays: -120, used: 57 },
];

export function discountSpec(code: string): DiscountSpec {
  const spec = DISCOUNTS.find((discount) => discount.code === code);
  if (!spec) throw new Error(`demo seed: no discount code ${code}`);
  return spec;
}

/** Shopify's summary line, e.g. "15% off entire order • Minimum purchase of $50.00". */
function summaryParts(spec: DiscountSpec): string[] {
  const target = spec.appliesTo ?? "entire order";
  const value =
    spec.kind === "percentage" ? `${spec.value}% off ${target}`
    : spec.kind === "fixed_amount" ? `${usd(spec.value)} off ${target}`
    : "Free shipping on all products";
  return [
    value,
    spec.minSubtotal !== undefined ? `Minimum purchase of ${usd(spec.minSubtotal)}` : null,
    spec.minQuantity !== undefined ? `Minimum quantity of ${spec.minQuantity} items` : null,
    spec.customers ? `For ${spec.customers.length} specific customers` : null,
    spec.kind === "free_shipping" ? "For all countries" : null,
    spec.oncePerCustomer ? "One use per customer" : null,
    spec.usageLimit !== undefined ? `Limit of ${spec.usageLimit} uses` : null,
  ].filter((part): part is string => part !== null);
}

function minimumRequirement(spec: DiscountSpec): DiscountMinimumRequirement | null {
  if (spec.minSubtotal !== undefined) return { __typename: "DiscountMinimumSubtotal", greaterThanOrEqualToSubtotal: money(spec.minSubtotal) };
  if (spec.minQuantity !== undefined) return { __typename: "DiscountMinimumQuantity", greaterThanOrEqualToQuantity: String(spec.minQuantity) };
  return null;
}

/** The collections discounts apply to, one GID each, in the order they first appear. */
const COLLECTIONS = [...new Set(DISCOUNTS.flatMap((spec) => spec.appliesTo ?? []))];

/** What a basic discount takes off (percent or dollars), and from what: the entire order, or one collection. */
export function customerGets(kind: "percentage" | "fixed_amount", value: number, appliesTo?: string): DiscountCustomerGets {
  return {
    __typename: "DiscountCustomerGets",
    value: kind === "fixed_amount" ? { __typename: "DiscountAmount", amount: money(value), appliesOnEachItem: false } : { __typename: "DiscountPercentage", percentage: value / 100 },
    items: appliesTo
      ? { __typename: "DiscountCollections", collections: [{ __typename: "Collection", id: gid("Collection", 3_100_001 + COLLECTIONS.indexOf(appliesTo)), title: appliesTo }] }
      : { __typename: "AllDiscountItems", allItems: true },
    appliesOnOneTimePurchase: true,
    appliesOnSubscription: false,
  };
}

function status(spec: DiscountSpec): DiscountStatus {
  if (spec.startsInDays > 0) return "SCHEDULED";
  return spec.endsInDays !== undefined && spec.endsInDays <= 0 ? "EXPIRED" : "ACTIVE";
}

export function buildDiscounts(now: Date, customers: ReadonlyMap<string, Customer>): DiscountNode[] {
  return DISCOUNTS.map((spec, index) => {
    const parts = summaryParts(spec);
    const startsAt = isoTime(addDays(now, spec.startsInDays));
    const common = {
      title: spec.title,
      summary: parts.join(" • "),
      shortSummary: parts[0]!,
      startsAt,
      endsAt: spec.endsInDays === undefined ? null : isoTime(addDays(now, spec.endsInDays)),
      createdAt: isoTime(addDays(now, spec.startsInDays - 2)),
      updatedAt: startsAt,
      asyncUsageCount: spec.used,
      usageLimit: spec.usageLimit ?? null,
      appliesOncePerCustomer: Boolean(spec.oncePerCustomer),
      tags: spec.tags ?? [],
      minimumRequirement: minimumRequirement(spec),
      combinesWith: { orderDiscounts: false, productDiscounts: spec.kind === "free_shipping", shippingDiscounts: spec.kind !== "free_shipping" },
      valueType: spec.kind,
      status: status(spec),
    };
    const id = 1_200_001 + index;
    const eligible = spec.customers && { __typename: "DiscountCustomers" as const, customers: spec.customers.map((key) => customerByKey(customers, key)) };
    if (!spec.code) return { __typename: "DiscountNode", id: gid("DiscountAutomaticNode", id), discount: { __typename: "DiscountAutomaticBasic", ...common } };
    return {
      __typename: "DiscountNode",
      id: gid("DiscountCodeNode", id),
      discount: {
        ...(spec.kind === "free_shipping" ? { __typename: "DiscountCodeFreeShipping" as const } : { __typename: "DiscountCodeBasic" as const, customerGets: customerGets(spec.kind, spec.value, spec.appliesTo) }),
        ...common,
        codes: [{ __typename: "DiscountRedeemCode", id: gid("DiscountRedeemCode", 2_400_001 + index), code: spec.code, asyncUsageCount: spec.used }],
        customerSelection: eligible ?? { __typename: "DiscountCustomerAll", allCustomers: true },
        context: eligible ?? { __typename: "DiscountBuyerSelectionAll", all: "ALL" },
      },
    };
  });
}
