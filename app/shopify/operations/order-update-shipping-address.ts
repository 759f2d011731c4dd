import { defineOperation, type UserError } from "../operation";

/** Shopify's MailingAddressInput, as the app fills it: the whole address, names included. */
export type MailingAddressInput = {
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  address1: string;
  address2?: string | null;
  city: string;
  provinceCode?: string | null;
  zip: string;
  /** A CountryCode, e.g. "US". */
  countryCode: string;
};

export type OrderUpdateShippingAddressData = {
  orderUpdate: {
    order: { id: string; shippingAddress: { address1: string | null; address2: string | null; city: string | null; provinceCode: string | null; zip: string | null; countryCodeV2: string | null } | null } | null;
    userErrors: UserError[];
  } | null;
};
export type OrderUpdateShippingAddressVariables = { input: { id: string; shippingAddress: MailingAddressInput } };

/** Changes where an order ships (before it is fulfilled; the agent asks for a "yes" and re-reads the order after). */
export const ORDER_UPDATE_SHIPPING_ADDRESS = defineOperation<OrderUpdateShippingAddressData, OrderUpdateShippingAddressVariables>(/* GraphQL */ `
  mutation OrderUpdateShippingAddress($input: OrderInput!) {
    orderUpdate(input: $input) {
      order {
        id
        shippingAddress {
          address1
          address2
          city
          provinceCode
          zip
          countryCodeV2
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);
