import { createHash } from "node:crypto";
import { addDays, addInterval, tomorrow, type Interval } from "../../lib/calendar";
import type { Customer, Product, ProductVariant } from "../model";
import { round2 } from "../seed/money";
import { SUBSCRIPTION } from "../seed/store-facts";
import type { FakeWorld } from "./fake";

/**
 * The demo shop's coffee subscriptions, as every subscription fake (Recharge, Skio) seeds them: each customer tagged
 * "coffee-subscriber" has an active Summit Roast subscription on the variant they last ordered, with a charge due a
 * few days from now, and the first customer who is not a subscriber stopped theirs three weeks ago. Each fake
 * stores these in its own provider's shapes.
 */

export type SeededSubscription = {
  customer: Customer;
  product: Product;
  variant: ProductVariant;
  /** "stopped": paused where the provider can pause, cancelled where it cannot (Recharge). */
  state: "active" | "stopped";
  interval: Interval;
  /** The subscriber price: the variant's price less the subscription discount, as a decimal string. */
  price: string;
  createdAt: Date;
  /** When the next charge is due; null once stopped. */
  nextChargeAt: Date | null;
  stoppedAt: Date | null;
};

/**
 * Where the upcoming charge lands when the interval changes: one new interval after the charge before it, but
 * never earlier than tomorrow.
 */
export function rescheduledCharge(next: Date, old: Interval, updated: Interval, now: Date): Date {
  const previous = addInterval(next, old, -1);
  const moved = addInterval(previous, updated);
  return moved.getTime() < tomorrow(now).getTime() ? tomorrow(now) : moved;
}

/** A stable UUID from a name, so a fake hands out the same ids on every start. */
export function stableUuid(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** "Every 2 weeks" → 2 weeks; the catalog offers only weekly cadences for coffee. */
function deliveryInterval(variant: ProductVariant): Interval {
  const delivery = variant.selectedOptions.find((option) => option.name === "Delivery")?.value ?? "";
  return { unit: "week", count: Number(/Every (\d+) weeks?/.exec(delivery)?.[1] ?? 4) };
}

function subscriberPrice(variant: ProductVariant): string {
  return round2(Number(variant.price) * (1 - SUBSCRIPTION.discountPercent / 100)).toFixed(2);
}

export function seedSubscriptions(world: FakeWorld): SeededSubscription[] {
  const now = world.now();
  const product = world.data.products.find((candidate) => candidate.title === SUBSCRIPTION.product);
  if (!product) return [];
  const variantTitled = (title: string) => product.variants.find((variant) => variant.title === title) ?? product.variants[0];

  /** The customer's Summit Roast purchases, oldest first. */
  const purchases = (customer: Customer) =>
    world.data.orders
      .filter((order) => order.customer.id === customer.id)
      .flatMap((order) => order.lineItems.filter((line) => line.product.id === product.id).map((line) => ({ at: new Date(order.createdAt), variant: line.variant })))
      .sort((a, b) => a.at.getTime() - b.at.getTime());

  const seeded: SeededSubscription[] = [];
  const subscribers = world.data.customers.filter((customer) => customer.tags.includes("coffee-subscriber"));
  subscribers.forEach((customer, index) => {
    const bought = purchases(customer);
    const variant = bought.at(-1)?.variant ?? variantTitled("Whole Bean / Every 2 weeks");
    if (!variant) return;
    seeded.push({
      customer,
      product,
      variant,
      state: "active",
      interval: deliveryInterval(variant),
      price: subscriberPrice(variant),
      createdAt: bought[0]?.at ?? new Date(customer.createdAt),
      // A few days out, past the store's skip cut-off, so every demo subscriber can still skip it.
      nextChargeAt: tomorrow(addDays(now, SUBSCRIPTION.cutoffDays + 3 * index)),
      stoppedAt: null,
    });
  });

  const lapsed = world.data.customers.find((customer) => !customer.tags.includes("coffee-subscriber"));
  const lapsedVariant = variantTitled("Ground / Every 4 weeks");
  if (lapsed && lapsedVariant) {
    seeded.push({
      customer: lapsed,
      product,
      variant: lapsedVariant,
      state: "stopped",
      interval: deliveryInterval(lapsedVariant),
      price: subscriberPrice(lapsedVariant),
      createdAt: addDays(now, -200),
      nextChargeAt: null,
      stoppedAt: addDays(now, -21),
    });
  }
  return seeded;
}
