import type { ConversationState } from "./conversation-state";
import { parseAddress } from "./skills/address-parser";
import { frequencyIn } from "./skills/frequency";

/**
 * Whether a message is the detail a skill asked for (conversation-state `collecting`): such a message goes back to
 * that skill, whatever the router makes of it — "500 Pine St, Seattle, WA 98101" is an address, not a question.
 */
const ANSWERS: Record<string, (text: string) => boolean> = {
  shipping_address: (text) => parseAddress(text, "US") !== null,
  frequency: (text) => frequencyIn(text) !== null,
  // The save offer's choices: skip, pause or cancel anyway.
  cancellation: (text) => /\bskip\b|\bpause\b|\bcancel\b|건너뛰|일시\s*중지|해지/i.test(text),
  // Variant names are short ("Forest / L", "Regular"); a long message is a new question.
  exchange_variant: (text) => text.trim().length <= 40 && !/\?$/.test(text.trim()),
};

export function answersCollecting(collecting: NonNullable<ConversationState["collecting"]>, text: string): boolean {
  return ANSWERS[collecting.kind]?.(text) ?? false;
}
