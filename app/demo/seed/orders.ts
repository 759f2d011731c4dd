import { gid } from "../gid";
import type { Customer, Fulfillment, FulfillmentOrder, LineItem, Order, Product, Return } from "../model";
import { markCancelled } from "../order-cancel";
import { trackingInfo, type Carrier } from "./carriers";
import { customerByKey } from "./customers";
import { discountSpec } from "./discounts";
import { amountOf, moneyBag, round2 } from "./money";
import { ORDERS, type OrderSpec, type ShipmentSpec } from "./order-specs";
import { SHIPPING } from "./store-facts";
import { addDays, isoTime, type SeedOptions } from "./time";

// US state sales tax on merchandise (Oregon and Montana have none); Korean prices include duties and VAT.
const TAX_RATES: Record<string, number> = { CA: 0.0725, CO: 0.029, TX: 0.0625, WA: 0.065, MA: 0.0625, UT: 0.061, NY: 0.04 };
const TRANSIT_DAYS: Record<Carrier, number> = { UPS: 4, USPS: 4, FedEx: 4, "DHL Express": 6, "CJ대한통운": 2 };

/** Sequential IDs per kind, so the seed is the same every time. */
function idSequence() {
  const next = new Map<string, number>();
  return (type: string, start: number) => {
    const id = next.get(type) ?? start;
    next.set(type, id + 1);
    return gid(type, id);
  };
}
type NextId = ReturnType<typeof idSequence>;

function findVariant(products: Product[], handle: string, title: string) {
  const variant = products.find((p) => p.handle === handle)?.variants.find((v) => v.title === title);
  if (!variant) throw new Error(`demo seed: no variant "${title}" of ${handle}`);
  return variant;
}

function shippingRate(spec: OrderSpec, country: string, merchandise: number): { title: string; price: number } {
  if (spec.shipping === "expedited") return { title: `Expedited (${SHIPPING.expeditedDays})`, price: SHIPPING.expedited };
  if (spec.shipping === "dhl") {
    return { title: "International Express (DHL Express)", price: merchandise >= SHIPPING.internationalFreeThreshold ? 0 : SHIPPING.internationalFlat };
  }
  if (country === "KR") return { title: "Korea Standard (CJ대한통운)", price: merchandise >= SHIPPING.koreaFreeThreshold ? 0 : SHIPPING.korea };
  return merchandise >= SHIPPING.freeThreshold ? { title: "Free Standard Shipping", price: 0 } : { title: "Standard Shipping", price: SHIPPING.standard };
}

function codeDiscount(code: string | undefined, subtotal: number): { amount: number; freeShipping: boolean } {
  if (!code) return { amount: 0, freeShipping: false };
  const spec = discountSpec(code);
  if (spec.kind === "free_shipping") return { amount: 0, freeShipping: true };
  return { amount: spec.kind === "percentage" ? round2((subtotal * spec.value) / 100) : Math.min(spec.value, subtotal), freeShipping: false };
}

/** A deterministic 9-character confirmation code, like Shopify shows shoppers. */
const confirmationNumber = (number: number) => ((number * 2_654_435_761) % 36 ** 9).toString(36).toUpperCase().padStart(9, "0");

function assertPast(time: Date, now: Date, what: string): string {
  if (time > now) throw new Error(`demo seed: ${what} would be in the future`);
  return isoTime(time);
}

function buildFulfillment(order: Order, shipment: ShipmentSpec, index: number, processed: Date, now: Date, nextId: NextId): Fulfillment {
  const created = addDays(processed, shipment.shippedAfterDays ?? 1);
  const transit = shipment.days ?? TRANSIT_DAYS[shipment.carrier];
  const arrived = shipment.status === "DELIVERED" || shipment.status === "FAILURE";
  const labelOnly = shipment.status === "LABEL_PURCHASED" || shipment.status === "CONFIRMED";
  const lines = (shipment.lines ?? order.lineItems.map((_, i) => i)).map((i) => order.lineItems[i]!);
  const label = `${order.name}-F${index + 1}`;
  return {
    __typename: "Fulfillment",
    id: nextId("Fulfillment", 6001),
    name: label,
    status: "SUCCESS",
    displayStatus: shipment.status,
    createdAt: assertPast(created, now, `${label} shipping`),
    updatedAt: isoTime(arrived ? addDays(created, transit) : created),
    inTransitAt: labelOnly ? null : assertPast(addDays(created, 0.3), now, `${label} pickup`),
    estimatedDeliveryAt: isoTime(arrived ? addDays(created, transit) : addDays(now, transit)),
    deliveredAt: shipment.status === "DELIVERED" ? assertPast(addDays(created, transit), now, `${label} delivery`) : null,
    requiresShipping: true,
    trackingInfo: [trackingInfo(shipment.carrier, order.number * 10 + index)],
    fulfillmentLineItems: lines.map((lineItem) => ({
      __typename: "FulfillmentLineItem",
      id: nextId("FulfillmentLineItem", 16001),
      lineItem,
      quantity: lineItem.quantity,
      originalTotalSet: lineItem.originalTotalSet,
      discountedTotalSet: lineItem.originalTotalSet,
    })),
    order,
    get totalQuantity() {
      return this.fulfillmentLineItems.reduce((sum, item) => sum + item.quantity, 0);
    },
  };
}

function buildReturn(order: Order, returned: NonNullable<OrderSpec["returned"]>, processed: Date, now: Date, nextId: NextId): Return {
  const created = addDays(processed, returned.afterDays);
  const fulfillmentLineItems = order.fulfillments.flatMap((f) => f.fulfillmentLineItems);
  return {
    __typename: "Return",
    id: nextId("Return", 9001),
    name: `${order.name}-R1`,
    status: returned.status,
    createdAt: assertPast(created, now, `${order.name} return`),
    closedAt: returned.status === "CLOSED" ? assertPast(addDays(created, 6), now, `${order.name} refund`) : null,
    order,
    returnLineItems: returned.lines.map(([index, quantity]) => ({
      __typename: "ReturnLineItem",
      id: nextId("ReturnLineItem", 19001),
      fulfillmentLineItem: fulfillmentLineItems.find((item) => item.lineItem === order.lineItems[index])!,
      quantity,
      returnReason: returned.reason,
      returnReasonNote: returned.note,
      customerNote: returned.note,
    })),
    get totalQuantity() {
      return this.returnLineItems.reduce((sum, item) => sum + item.quantity, 0);
    },
  };
}

/** Returned quantity of a line item in completed returns. */
const returnedQuantity = (order: Order, lineItem: LineItem) =>
  order.returns
    .filter((r) => r.status === "CLOSED")
    .flatMap((r) => r.returnLineItems)
    .filter((item) => item.fulfillmentLineItem.lineItem === lineItem)
    .reduce((sum, item) => sum + item.quantity, 0);

function buildLineItem(order: Order, products: Product[], [handle, title, quantity]: OrderSpec["items"][number], nextId: NextId): LineItem {
  const variant = findVariant(products, handle, title);
  const { product } = variant;
  const price = Number(variant.price);
  const variantTitle = title === "Default Title" ? null : title;
  return {
    __typename: "LineItem",
    id: nextId("LineItem", 13001),
    title: product.title,
    name: variantTitle ? `${product.title} - ${variantTitle}` : product.title,
    variantTitle,
    sku: variant.sku,
    vendor: product.vendor,
    quantity,
    requiresShipping: !product.isGiftCard,
    taxable: variant.taxable,
    isGiftCard: product.isGiftCard,
    image: product.featuredMedia.image,
    product,
    variant,
    originalUnitPriceSet: moneyBag(price),
    originalTotalSet: moneyBag(price * quantity),
    discountedUnitPriceSet: moneyBag(price),
    customAttributes: [],
    get currentQuantity() {
      return order.cancelledAt ? 0 : this.quantity - returnedQuantity(order, this);
    },
    get unfulfilledQuantity() {
      if (order.cancelledAt) return 0;
      const fulfilled = order.fulfillments
        .filter((f) => f.status === "SUCCESS")
        .flatMap((f) => f.fulfillmentLineItems)
        .filter((item) => item.lineItem === this)
        .reduce((sum, item) => sum + item.quantity, 0);
      return this.quantity - fulfilled;
    },
  };
}

function buildOrder(spec: OrderSpec, index: number, customer: Customer, products: Product[], { baseUrl, now }: SeedOptions, nextId: NextId): Order {
  const number = 1001 + index;
  const legacyId = 5001 + index;
  // Up to 96 minutes earlier, so orders are not all placed at the same minute of the day.
  const processed = addDays(now, -spec.daysAgo - ((number * 37) % 97) / (24 * 60));
  const address = customer.defaultAddress;
  const order: Order = {
    __typename: "Order",
    id: gid("Order", legacyId),
    name: `#${number}`,
    number,
    confirmationNumber: confirmationNumber(number),
    email: customer.email,
    phone: customer.phone,
    createdAt: isoTime(processed),
    processedAt: isoTime(processed),
    updatedAt: isoTime(processed),
    cancelledAt: null,
    cancelReason: null,
    closed: false,
    closedAt: null,
    confirmed: true,
    test: false,
    currencyCode: "USD",
    presentmentCurrencyCode: "USD",
    displayFinancialStatus: spec.pending ? "PENDING" : "PAID",
    displayFulfillmentStatus: spec.hold ?? "UNFULFILLED",
    statusPageUrl: `${baseUrl}/demo/storefront/orders/${legacyId}/status`,
    note: spec.note ?? null,
    tags: address.countryCodeV2 === "US" ? [] : ["international"],
    sourceName: "web",
    paymentGatewayNames: [spec.pending ? "paypal" : "shopify_payments"],
    discountCodes: spec.code ? [spec.code] : [],
    discountCode: spec.code ?? null,
    customerLocale: customer.locale,
    customer,
    shippingAddress: address,
    billingAddress: address,
    lineItems: [],
    fulfillments: [],
    fulfillmentHolds: spec.held ? [{ __typename: "FulfillmentHold", reason: spec.held.reason, reasonNotes: spec.held.notes }] : [],
    fulfillBy: spec.held?.shipsInDays ? isoTime(addDays(now, spec.held.shipsInDays)) : null,
    get fulfillmentOrders() {
      return unshippedWork(this, legacyId);
    },
    returns: [],
    ...pricing(spec, products, address),
    get currentTotalPriceSet() {
      return moneyBag(amountOf(this.totalPriceSet) - amountOf(this.totalRefundedSet));
    },
    get subtotalLineItemsQuantity() {
      return this.lineItems.reduce((sum, item) => sum + item.quantity, 0);
    },
    get returnStatus() {
      if (this.returns.some((r) => r.status === "REQUESTED")) return "RETURN_REQUESTED";
      if (this.returns.some((r) => r.status === "OPEN")) return "IN_PROGRESS";
      return this.returns.some((r) => r.status === "CLOSED") ? "RETURNED" : "NO_RETURN";
    },
    get fulfillable() {
      return this.lineItems.some((item) => item.unfulfilledQuantity > 0);
    },
    get unpaid() {
      return this.displayFinancialStatus === "PENDING" || this.displayFinancialStatus === "AUTHORIZED";
    },
    get fullyPaid() {
      return amountOf(this.totalReceivedSet) >= amountOf(this.totalPriceSet);
    },
    get refundable() {
      return amountOf(this.totalReceivedSet) > amountOf(this.totalRefundedSet);
    },
    get requiresShipping() {
      return this.lineItems.some((item) => item.requiresShipping);
    },
  };
  order.lineItems = spec.items.map((item) => buildLineItem(order, products, item, nextId));
  order.fulfillments = (spec.shipments ?? []).map((shipment, i) => buildFulfillment(order, shipment, i, processed, now, nextId));
  if (order.fulfillments.length > 0) order.displayFulfillmentStatus = order.fulfillable ? "PARTIALLY_FULFILLED" : "FULFILLED";
  if (spec.returned) order.returns = [buildReturn(order, spec.returned, processed, now, nextId)];
  settleOrder(order, spec, processed, now);
  return order;
}

/**
 * The order's remaining work as Shopify's fulfillment order shows it: closed once everything shipped, cancelled with
 * the order, on hold while a hold stands, otherwise open or in progress as the order says.
 */
function unshippedWork(order: Order, legacyId: number): FulfillmentOrder[] {
  const status: FulfillmentOrder["status"] = order.cancelledAt
    ? "CANCELLED"
    : !order.fulfillable
      ? "CLOSED"
      : order.fulfillmentHolds.length > 0 || order.displayFulfillmentStatus === "ON_HOLD"
        ? "ON_HOLD"
        : order.displayFulfillmentStatus === "IN_PROGRESS" ? "IN_PROGRESS" : "OPEN";
  const holds = status === "ON_HOLD" ? order.fulfillmentHolds : [];
  return [{ __typename: "FulfillmentOrder", id: gid("FulfillmentOrder", 7001 + legacyId), status, fulfillBy: order.fulfillBy, fulfillmentHolds: holds }];
}

/** Totals as Shopify computes them: subtotal − discount + shipping + tax on the discounted merchandise. */
function pricing(spec: OrderSpec, products: Product[], address: Customer["defaultAddress"]) {
  const subtotal = spec.items.reduce((sum, [handle, title, quantity]) => sum + Number(findVariant(products, handle, title).price) * quantity, 0);
  const discount = codeDiscount(spec.code, subtotal);
  const rate = shippingRate(spec, address.countryCodeV2, subtotal - discount.amount);
  const shipping = discount.freeShipping ? 0 : rate.price;
  const tax = round2((subtotal - discount.amount) * (TAX_RATES[address.provinceCode ?? ""] ?? 0));
  const total = subtotal - discount.amount + shipping + tax;
  return {
    shippingLine: {
      __typename: "ShippingLine" as const,
      title: rate.title,
      code: rate.title,
      source: "shopify",
      originalPriceSet: moneyBag(rate.price),
      discountedPriceSet: moneyBag(shipping),
    },
    subtotalPriceSet: moneyBag(subtotal - discount.amount),
    totalDiscountsSet: moneyBag(discount.amount + (rate.price - shipping)),
    totalShippingPriceSet: moneyBag(shipping),
    totalTaxSet: moneyBag(tax),
    totalPriceSet: moneyBag(total),
    totalRefundedSet: moneyBag(0),
    totalReceivedSet: moneyBag(spec.pending ? 0 : total),
  };
}

/** Cancellation and refunds: what the money did after the order was placed. */
function settleOrder(order: Order, spec: OrderSpec, processed: Date, now: Date): void {
  const times = [order.processedAt, ...order.fulfillments.map((f) => f.updatedAt), ...order.returns.map((r) => r.closedAt ?? r.createdAt)];
  if (spec.cancelled) {
    const at = assertPast(addDays(processed, spec.cancelled.afterHours / 24), now, `${order.name} cancellation`);
    markCancelled(order, at, spec.cancelled.reason);
    times.push(at);
  }
  if (spec.returned?.status === "CLOSED") {
    // The refund is the returned items' share of what was paid for merchandise, tax included.
    const merchandise = order.lineItems.reduce((sum, item) => sum + amountOf(item.originalTotalSet), 0);
    const paidShare = (amountOf(order.subtotalPriceSet) + amountOf(order.totalTaxSet)) / merchandise;
    const refund = round2(spec.returned.lines.reduce((sum, [i, quantity]) => sum + amountOf(order.lineItems[i]!.originalUnitPriceSet) * quantity, 0) * paidShare);
    order.totalRefundedSet = moneyBag(refund);
    order.displayFinancialStatus = refund >= amountOf(order.totalPriceSet) ? "REFUNDED" : "PARTIALLY_REFUNDED";
  }
  order.updatedAt = times.reduce((latest, time) => (time > latest ? time : latest));
}

export function buildOrders(options: SeedOptions, customers: ReadonlyMap<string, Customer>, products: Product[]): Order[] {
  const nextId = idSequence();
  return ORDERS.map((spec, index) => {
    const customer = customerByKey(customers, spec.customer);
    const order = buildOrder(spec, index, customer, products, options, nextId);
    customer.orders.push(order);
    return order;
  });
}
