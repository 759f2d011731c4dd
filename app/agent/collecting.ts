import type { ConversationState, SlotKind } from "./conversation-state";
import { emailIn } from "./extractors/email";
import { orderNumberIn } from "./extractors/order-number";
import { addressIn } from "./extractors/address";
import { colourIn } from "./extractors/colour";
import { sizeIn } from "./extractors/size";
import { frequencyIn } from "./skills/subscriptions/frequency";

/**
 * Whether a message is the detail a skill asked for (conversation-state `collecting`): such a message goes back to
 * that skill, whatever the router makes of it — "500 Pine St, Seattle, WA 98101" is an address, not a question.
 */
const ANSWERS: Record<SlotKind, (text: string) => boolean> = {
  shipping_address: (text) => addressIn(text) !== null,
  frequency: (text) => frequencyIn(text) !== null,
  // The save offer's choices: skip, pause or cancel anyway.
  cancellation: (text) => /\bskip\b|\bpause\b|\bcancel\b|건너뛰|일시\s*중지|해지/i.test(text),
  // A size or colour ("the large one in navy if you have it"), or a short variant name ("Regular"); a question is a new one.
  // A guest asked for their order number and email: either one, in any words around it.
  order_identity: (text) => orderNumberIn(text) !== null || emailIn(text) !== null,
  exchange_variant: (text) => (sizeIn(text) !== null || colourIn(text) !== null || text.trim().length <= 40) && !/\?$/.test(text.trim()),
};

export function answersCollecting(collecting: NonNullable<ConversationState["collecting"]>, text: string): boolean {
  return ANSWERS[collecting.kind](text);
}
