import { defineOperation } from "../operation";

export type ProductVariantsData = {
  product: { id: string; title: string; variants: { nodes: { id: string; title: string; availableForSale: boolean }[] } } | null;
};
export type ProductVariantsVariables = { id: string };

/** One product's variants: what an item can be exchanged for (another size or colour of the same product). */
export const PRODUCT_VARIANTS = defineOperation<ProductVariantsData, ProductVariantsVariables>(/* GraphQL */ `
  query ProductVariants($id: ID!) {
    product(id: $id) {
      id
      title
      variants(first: 50) {
        nodes {
          id
          title
          availableForSale
        }
      }
    }
  }
`);
