import { defineOperation, type UserError } from "../operation";

export type OrderCancelData = {
  orderCancel: { job: { id: string; done: boolean } | null; orderCancelUserErrors: UserError[] } | null;
};
export type OrderCancelVariables = {
  orderId: string;
  reason: "CUSTOMER" | "DECLINED" | "FRAUD" | "INVENTORY" | "OTHER" | "STAFF";
  restock: boolean;
  notifyCustomer: boolean;
  refundMethod: { originalPaymentMethodsRefund: boolean };
};

/** Cancels an order (irreversible: the agent asks for explicit confirmation and re-reads the order after). */
export const ORDER_CANCEL = defineOperation<OrderCancelData, OrderCancelVariables>(/* GraphQL */ `
  mutation OrderCancel(
    $orderId: ID!
    $reason: OrderCancelReason!
    $restock: Boolean!
    $notifyCustomer: Boolean
    $refundMethod: OrderCancelRefundMethodInput
  ) {
    orderCancel(
      orderId: $orderId
      reason: $reason
      restock: $restock
      notifyCustomer: $notifyCustomer
      refundMethod: $refundMethod
    ) {
      job {
        id
        done
      }
      orderCancelUserErrors {
        field
        message
        code
      }
    }
  }
`);
