import { defineOperation } from "../operation";

/** Shopify's reasons a buyer gives for a returned item (the ReturnReason enum). */
export type ReturnReason =
  | "COLOR" | "DEFECTIVE" | "NOT_AS_DESCRIBED" | "OTHER" | "SIZE_TOO_LARGE" | "SIZE_TOO_SMALL" | "STYLE" | "UNKNOWN"
  | "UNWANTED" | "WRONG_ITEM";

export type ReturnErrorCode =
  | "ALREADY_EXISTS" | "BLANK" | "CREATION_FAILED" | "EQUAL_TO" | "FEATURE_NOT_ENABLED" | "GREATER_THAN"
  | "GREATER_THAN_OR_EQUAL_TO" | "INCLUSION" | "INCOMPATIBLE_WITH_STANDARD_POLICY" | "INTERNAL_ERROR" | "INVALID"
  | "INVALID_STATE" | "LESS_THAN" | "LESS_THAN_OR_EQUAL_TO" | "MISSING_PERMISSION" | "NOTIFICATION_FAILED"
  | "NOT_A_NUMBER" | "NOT_EDITABLE" | "NOT_FOUND" | "PRESENT" | "TAKEN" | "TOO_BIG" | "TOO_LONG"
  | "TOO_MANY_ARGUMENTS" | "TOO_SHORT" | "WRONG_LENGTH";

export type ReturnRequestLineItemInput = {
  fulfillmentLineItemId: string;
  quantity: number;
  returnReason: ReturnReason;
  customerNote?: string | null;
};

export type ReturnRequestData = {
  returnRequest: {
    return: { id: string; name: string; status: "REQUESTED"; totalQuantity: number } | null;
    userErrors: { field: string[] | null; message: string; code: ReturnErrorCode | null }[];
  } | null;
};
export type ReturnRequestVariables = { input: { orderId: string; returnLineItems: ReturnRequestLineItemInput[] } };

/**
 * Asks the merchant to take items back: Shopify opens a return with status REQUESTED, which the merchant approves
 * or declines. ReturnRequestInput has no exchange line items in 2026-10 (only returnCreate, a merchant's action,
 * takes them), so an exchange the shopper wants travels in the customer note. `returnReason` is deprecated in
 * favour of `returnReasonDefinitionId` (the product-category reason library) but still accepted.
 */
export const RETURN_REQUEST = defineOperation<ReturnRequestData, ReturnRequestVariables>(/* GraphQL */ `
  mutation ReturnRequest($input: ReturnRequestInput!) {
    returnRequest(input: $input) {
      return {
        id
        name
        status
        totalQuantity
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
