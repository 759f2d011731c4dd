import { defineOperation } from "../operation";
import { ORDER_FIELDS, type OrderDetails } from "./order-fields";

export type OrderData = { order: OrderDetails | null };
export type OrderVariables = { id: string };

/** One order by GID; also how an action re-reads the source of truth before saying it worked. */
export const ORDER = defineOperation<OrderData, OrderVariables>(/* GraphQL */ `
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderFields
    }
  }
  ${ORDER_FIELDS}
`);
