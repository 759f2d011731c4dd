import { EMMA, ETHAN, LIAM, MINJUN, NOAH, YUNA } from "../demo-facts";
import type { Scenario } from "../scenario";
import { CANCELLED_KO, CANNOT_CANCEL_KO, CANNOT_EN } from "./facts";

/**
 * Blind set: changing or cancelling orders. Unfulfilled orders can be cancelled by the assistant; held orders too;
 * once "in progress" or shipped (a label bought) they can no longer be changed or cancelled ("Changing or cancelling
 * an order", knowledge-en.ts).
 */
const ADDRESS_CHANGED = /address (has been|is now|was) (updated|changed)|updated (the|your) (shipping )?address/i;

export const BLIND_ORDER_EDITING: Scenario[] = [
  {
    id: "blind-edit-noah-cancel-latest-yes",
    language: "en",
    voice: "terse",
    skill: "order_editing",
    who: NOAH,
    turns: ["cancel my latest order", "yes"],
    note: "Noah's latest is #1035 (beanie + logo tee), unfulfilled: it can be cancelled.",
    expect: { mustState: ["#1035", /cancel/i], mustNotState: [/can no longer be cancelled|already shipped/i, "#1024"] },
  },
  {
    id: "blind-edit-liam-unit-number-5c",
    language: "en",
    voice: "typos",
    skill: "order_editing",
    who: LIAM,
    turns: ["my pants order is on hold?? heres the apt numbr its 5C", "yes"],
    note: "#1034 is held until the unit number is confirmed (455 S Pearl St, Denver 80209).",
    expect: { mustState: ["#1034", /5C/i], mustNotState: [/is cancelled|has been cancelled/i, /already shipped/i] },
  },
  {
    id: "blind-edit-ethan-address-in-progress",
    language: "en",
    voice: "slang",
    skill: "order_editing",
    who: ETHAN,
    turns: ["can u send my hoodie order to my work instead", "220 E Main St, Bozeman MT 59715"],
    note: "#1033 is IN_PROGRESS (being packed, not shipped): too late to change the address.",
    expect: { mustState: ["#1033", CANNOT_EN], mustNotState: [/already shipped/i, ADDRESS_CHANGED] },
  },
  {
    id: "blind-edit-minjun-cancel-rain-shell-ko",
    language: "ko",
    voice: "ko-casual",
    skill: "order_editing",
    who: MINJUN,
    turns: ["저기", "레인자켓 주문한 거 취소해줘 ㅠ"],
    note: "#1028 is out for delivery with CJ대한통운: it can no longer be cancelled (return it after it arrives).",
    expect: { mustState: ["#1028", CANNOT_CANCEL_KO], mustNotState: [CANCELLED_KO, "#1021", "#1006"] },
  },
  {
    id: "blind-edit-yuna-cancel-parka-in-transit-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "order_editing",
    who: YUNA,
    turns: ["문의 좀 드릴게요", "파카 주문 취소하고 싶어요. 아직 못 받았어요"],
    note: "#1026 is in transit with UPS: it cannot be cancelled; it can be returned within 30 days of delivery.",
    expect: { mustState: ["#1026", CANNOT_CANCEL_KO], mustNotState: [CANCELLED_KO, /반품(이|은)?\s*(불가|안 ?돼|할 수 없)/, "#1005", "#1014"] },
  },
  {
    id: "blind-edit-emma-redirect-slippers",
    language: "en",
    voice: "rambling",
    skill: "order_editing",
    who: EMMA,
    turns: [
      "Hi! Quick one, I'm going to be staying at my sister's place in Bend all next week",
      "Could the slippers and beanie I just ordered go there instead of my apartment? 61535 Parrell Rd, Bend OR 97702",
    ],
    note: "#1031 has a UPS label (LABEL_PURCHASED): past the window for changes.",
    expect: { mustState: ["#1031", CANNOT_EN], mustNotState: [ADDRESS_CHANGED, "#1016", "#1009"] },
  },
];
