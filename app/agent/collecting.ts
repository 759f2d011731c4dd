import type { ConversationState } from "./conversation-state";
import { SKILLS } from "./skills";

/**
 * Whether a message is the detail a skill asked for (conversation-state `collecting`), read by the slot reader the
 * skill declares: such a message goes back to that skill, whatever the router makes of it.
 */
export function answersCollecting(collecting: NonNullable<ConversationState["collecting"]>, text: string): boolean {
  return SKILLS[collecting.skill].slots?.[collecting.kind]?.(text) ?? false;
}
