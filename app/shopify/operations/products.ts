import { defineOperation, type MoneyV2 } from "../operation";

export type ProductSummary = {
  id: string;
  title: string;
  handle: string;
  description: string;
  productType: string;
  vendor: string;
  tags: string[];
  onlineStoreUrl: string | null;
  featuredMedia: { preview: { image: { url: string; altText: string | null } | null } | null } | null;
  priceRangeV2: { minVariantPrice: MoneyV2; maxVariantPrice: MoneyV2 };
  totalInventory: number;
  variants: { nodes: { id: string; title: string; price: string; availableForSale: boolean }[] };
};

export type ProductsData = { products: { nodes: ProductSummary[] } };
export type ProductsVariables = { first: number; query?: string | null };

/** Active catalog products, searched with Shopify search syntax (`product_type:…`, `tag:…`, free text). About 19 cost
 * points per product: ask for 50 at most to stay under the 1,000-point limit. */
export const PRODUCTS = defineOperation<ProductsData, ProductsVariables>(/* GraphQL */ `
  query Products($first: Int!, $query: String) {
    products(first: $first, query: $query, sortKey: TITLE) {
      nodes {
        id
        title
        handle
        description
        productType
        vendor
        tags
        onlineStoreUrl
        totalInventory
        featuredMedia {
          preview {
            image {
              url
              altText
            }
          }
        }
        priceRangeV2 {
          minVariantPrice {
            amount
            currencyCode
          }
          maxVariantPrice {
            amount
            currencyCode
          }
        }
        variants(first: 10) {
          nodes {
            id
            title
            price
            availableForSale
          }
        }
      }
    }
  }
`);
