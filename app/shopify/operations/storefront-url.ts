import { defineOperation } from "../operation";

export type StorefrontUrlData = { shop: { url: string } };

/** The address of the shop's online store (its primary domain), where shoppers log in to their account. */
export const STOREFRONT_URL = defineOperation<StorefrontUrlData>(/* GraphQL */ `
  query StorefrontUrl {
    shop {
      url
    }
  }
`);
