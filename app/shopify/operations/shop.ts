import { defineOperation } from "../operation";

export type ShopPolicyType = "REFUND_POLICY" | "SHIPPING_POLICY" | "PRIVACY_POLICY" | "TERMS_OF_SERVICE" | "CONTACT_INFORMATION" | "SUBSCRIPTION_POLICY" | "LEGAL_NOTICE" | "TERMS_OF_SALE";

export type ShopData = {
  shop: {
    name: string;
    email: string;
    myshopifyDomain: string;
    currencyCode: string;
    url: string;
    shopPolicies: { type: ShopPolicyType; title: string; body: string; url: string }[];
  };
};

/** The shop's identity and legal policies (the knowledge base imports the policies). */
export const SHOP = defineOperation<ShopData>(/* GraphQL */ `
  query Shop {
    shop {
      name
      email
      myshopifyDomain
      currencyCode
      url
      shopPolicies {
        type
        title
        body
        url
      }
    }
  }
`);
