import { addInterval } from "../../lib/calendar";
import { gid } from "../gid";
import type { Customer, Order, Product, SellingPlanInterval, SubscriptionContract } from "../model";
import { planInterval } from "../subscription-billing-cycles";
import { money, round2 } from "./money";
import { SUBSCRIPTION } from "./store-facts";
import { addDays, isoTime, type SeedOptions } from "./time";

/** Who subscribes (by customer tag), and when each subscriber's next delivery is billed. */
const SUBSCRIBER_TAG = "coffee-subscriber";
const NEXT_BILLING_IN_DAYS = [5, 6];
const INTERVAL: SellingPlanInterval = "WEEK";
const INTERVAL_COUNT = 2;

/** The index of the cycle billed next: one more than the billings since the contract started (the first cycle is 1). */
function upcomingCycleIndex(createdAt: Date, nextBilling: Date): number {
  let index = 1;
  while (addInterval(nextBilling, planInterval(INTERVAL, INTERVAL_COUNT), -index) > createdAt) index++;
  return index;
}

/**
 * A Summit Roast contract for every customer tagged coffee-subscriber: started by their first order of the coffee,
 * active, delivered and billed every 2 weeks at the subscriber price, the next billing a few days from now.
 */
export function buildSubscriptionContracts({ now }: SeedOptions, customers: ReadonlyMap<string, Customer>, products: Product[]): SubscriptionContract[] {
  const product = products.find((p) => p.title === SUBSCRIPTION.product);
  if (!product) throw new Error(`demo seed: no product "${SUBSCRIPTION.product}"`);
  const subscribers = [...customers.values()].filter((customer) => customer.tags.includes(SUBSCRIBER_TAG));
  return subscribers.map((customer, index) => {
    const coffeeOrders = customer.orders.filter((order) => order.lineItems.some((item) => item.product === product));
    const originOrder = coffeeOrders.reduce<Order | undefined>((first, order) => (!first || order.processedAt < first.processedAt ? order : first), undefined);
    if (!originOrder) throw new Error(`demo seed: ${customer.email} never ordered ${product.title}`);
    // The grind they first chose, delivered every 2 weeks.
    const grind = originOrder.lineItems.find((item) => item.product === product)!.variant.selectedOptions.find((option) => option.name === "Grind")?.value;
    const variant = product.variants.find((v) => v.selectedOptions.some((o) => o.value === grind) && v.title.endsWith("Every 2 weeks"));
    if (!variant) throw new Error(`demo seed: no ${grind} / Every 2 weeks variant of ${product.title}`);

    const createdAt = new Date(originOrder.processedAt);
    // Billing happens at the hour the contract started, the way a subscription app schedules it.
    const nextBilling = addDays(now, NEXT_BILLING_IN_DAYS[index % NEXT_BILLING_IN_DAYS.length]!);
    nextBilling.setUTCHours(createdAt.getUTCHours(), createdAt.getUTCMinutes(), 0, 0);
    const unitPrice = money(round2(Number(variant.price) * (1 - SUBSCRIPTION.discountPercent / 100)));
    const contract: SubscriptionContract = {
      __typename: "SubscriptionContract",
      id: gid("SubscriptionContract", 71001 + index),
      status: "ACTIVE",
      createdAt: originOrder.processedAt,
      updatedAt: originOrder.processedAt,
      nextBillingDate: isoTime(nextBilling),
      revisionId: "1",
      currencyCode: "USD",
      customer,
      originOrder,
      orders: coffeeOrders,
      billingPolicy: { __typename: "SubscriptionBillingPolicy", interval: INTERVAL, intervalCount: INTERVAL_COUNT, anchors: [], minCycles: null, maxCycles: null },
      deliveryPolicy: { __typename: "SubscriptionDeliveryPolicy", interval: INTERVAL, intervalCount: INTERVAL_COUNT, anchors: [] },
      deliveryPrice: money(0),
      lines: [{
        __typename: "SubscriptionLine",
        id: gid("SubscriptionLine", 72001 + index),
        title: product.title,
        variantTitle: variant.title,
        variantId: variant.id,
        productId: product.id,
        sku: variant.sku,
        quantity: 1,
        currentPrice: unitPrice,
        get lineDiscountedPrice() {
          return money(Number(this.currentPrice.amount) * this.quantity);
        },
        requiresShipping: true,
        taxable: true,
        sellingPlanId: null,
        sellingPlanName: null,
        variantImage: product.featuredMedia.image,
        customAttributes: [],
        discountAllocations: [],
      }],
      note: null,
      customAttributes: [],
      lastPaymentStatus: "SUCCEEDED",
      cycleAnchor: { index: upcomingCycleIndex(createdAt, nextBilling), billingDate: isoTime(nextBilling) },
      skippedCycles: new Set(),
    };
    customer.subscriptionContracts.push(contract);
    return contract;
  });
}
