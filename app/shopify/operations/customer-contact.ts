import { defineOperation } from "../operation";

export type CustomerContactData = { customer: { id: string; defaultEmailAddress: { emailAddress: string } | null } | null };

/**
 * The email on a customer's own Shopify record: how subscription and loyalty providers know the shopper. Read by id
 * (the proven customer), never taken from a message.
 */
export const CUSTOMER_CONTACT = defineOperation<CustomerContactData, { id: string }>(/* GraphQL */ `
  query CustomerContact($id: ID!) {
    customer(id: $id) {
      id
      defaultEmailAddress {
        emailAddress
      }
    }
  }
`);
