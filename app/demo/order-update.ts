import type { MailingAddress, Order } from "./model";
import { lookupNode, nextNodeId, notModelled, registerNode, type DemoContext } from "./resolvers";
import { isoTime } from "./seed/time";

type MailingAddressInput = Partial<Record<"firstName" | "lastName" | "phone" | "company" | "address1" | "address2" | "city" | "provinceCode" | "zip" | "countryCode", string | null>> & {
  // Deprecated inputs Shopify still accepts; the app sends the codes.
  country?: string | null;
  province?: string | null;
  id?: string | null;
};
type OrderInput = {
  id: string;
  shippingAddress?: MailingAddressInput | null;
  email?: string | null;
  phone?: string | null;
  note?: string | null;
  tags?: string[] | null;
  customAttributes?: unknown;
  metafields?: unknown;
  localizedFields?: unknown;
  localizationExtensions?: unknown;
  poNumber?: unknown;
};

const refused = (field: string[], message: string) => ({ order: null, userErrors: [{ field, message }] });
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** A province's name from its code, as the shop's other addresses in that country spell it; else the code. */
function provinceName(context: DemoContext, countryCode: string, provinceCode: string | null): string | null {
  if (!provinceCode) return null;
  for (const node of context.nodes.values()) {
    const address = node as Partial<MailingAddress>;
    if (address.__typename === "MailingAddress" && address.countryCodeV2 === countryCode && address.provinceCode === provinceCode) return address.province ?? provinceCode;
  }
  return provinceCode;
}

/**
 * The new address as its own object (the old one is shared with the customer's address book and the billing
 * address). Fields left out keep their value: the app always sends the whole address, so whether Shopify would
 * blank them does not matter to it.
 */
function updatedAddress(context: DemoContext, current: MailingAddress, input: MailingAddressInput): MailingAddress {
  if (input.company || input.country || input.province) notModelled("company names and country or province names (send the codes)");
  // The demo's addresses always have these; the others may be cleared with null.
  const always = (key: "firstName" | "lastName" | "address1" | "city" | "zip") => input[key] || current[key];
  const optional = (key: "phone" | "address2" | "provinceCode") => (input[key] !== undefined ? input[key] : current[key]);
  const countryCodeV2 = input.countryCode ?? current.countryCodeV2;
  const provinceCode = optional("provinceCode");
  const firstName = always("firstName");
  const lastName = always("lastName");
  const address: MailingAddress = {
    __typename: "MailingAddress",
    id: nextNodeId(context, "MailingAddress", 88001),
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    phone: optional("phone"),
    address1: always("address1"),
    address2: optional("address2"),
    city: always("city"),
    zip: always("zip"),
    provinceCode,
    province: provinceCode === current.provinceCode && countryCodeV2 === current.countryCodeV2 ? current.province : provinceName(context, countryCodeV2, provinceCode),
    countryCodeV2,
    country: regionNames.of(countryCodeV2) ?? countryCodeV2,
  };
  registerNode(context, address);
  return address;
}

/**
 * Shopify's orderUpdate for the demo: email, phone, note, tags and the shipping address, which can no longer change
 * once the order is cancelled or has shipped.
 */
export function orderUpdate({ input }: { input: OrderInput }, context: DemoContext) {
  const order = lookupNode(context, input.id, "Order") as Order | null;
  if (!order) return refused(["id"], "Order does not exist");
  for (const field of ["customAttributes", "metafields", "localizedFields", "localizationExtensions", "poNumber"] as const) {
    if (input[field] !== undefined && input[field] !== null) notModelled(`OrderInput.${field}`);
  }
  if (input.shippingAddress) {
    if (order.cancelledAt) return refused(["shippingAddress"], "Shipping address cannot be changed on a cancelled order");
    if (order.fulfillments.some((f) => f.status === "SUCCESS")) {
      return refused(["shippingAddress"], "Shipping address cannot be changed after the order has been fulfilled");
    }
    if (input.shippingAddress.address1 === "" || input.shippingAddress.city === "" || input.shippingAddress.zip === "") {
      return refused(["shippingAddress"], "Shipping address is incomplete: address1, city and zip can't be blank");
    }
    order.shippingAddress = updatedAddress(context, order.shippingAddress, input.shippingAddress);
  }
  if (input.email) order.email = input.email;
  if (input.phone !== undefined) order.phone = input.phone;
  if (input.note !== undefined) order.note = input.note;
  if (input.tags) order.tags = input.tags;
  order.updatedAt = isoTime(context.now());
  return { order, userErrors: [] };
}
