import type { ReturnReason } from "../../../shopify/operations/return-request";

/**
 * Shopify's return reason for what the shopper said ("too small", "arrived broken", "바꾸고 싶어요"); OTHER when
 * nothing fits. The shopper's own words also go to the merchant as the customer note.
 */
const REASONS: [RegExp, ReturnReason][] = [
  [/too small|too tight|runs small|smaller than|bigger size|size up|작아|작아요|꽉 끼/i, "SIZE_TOO_SMALL"],
  [/too (?:big|large|loose)|runs (?:big|large)|smaller size|size down|커요|커서|헐렁/i, "SIZE_TOO_LARGE"],
  [/defect|broken|damaged|faulty|ripped|torn|stopped working|불량|파손|고장|찢어/i, "DEFECTIVE"],
  [/wrong item|not what i ordered|sent me the wrong|잘못 (?:온|배송)|다른 상품/i, "WRONG_ITEM"],
  [/not as described|different from the (?:photo|picture|description)|설명과 달/i, "NOT_AS_DESCRIBED"],
  [/colou?r|색상|색깔/i, "COLOR"],
  [/style|don'?t like the look|스타일|디자인/i, "STYLE"],
  [/changed my mind|don'?t (?:want|need)|no longer (?:want|need)|마음이 바뀌|필요 없/i, "UNWANTED"],
];

export const returnReasonIn = (text: string): ReturnReason => REASONS.find(([pattern]) => pattern.test(text))?.[1] ?? "OTHER";
