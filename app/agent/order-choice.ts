import type { ConversationState } from "./conversation-state";
import { itemsMentioned } from "./extractors/item-mention";
import { orderNumberIn } from "./extractors/order-number";
import { ordinalIn } from "./extractors/order-time";

type ChoosingOrder = NonNullable<ConversationState["choosingOrder"]>;

/**
 * The order the shopper picked from the list the agent showed ("Which order do you mean?"): by its number (the quick
 * reply carries it), its place in the list ("the second one", "2", "두 번째"), or an item only it holds. Null when
 * the message picks none — it is then a new message, handled afresh.
 */
export function chosenOrder(choosing: ChoosingOrder, text: string): string | null {
  const number = orderNumberIn(text);
  const byNumber = number && choosing.options.find((option) => option.name.replace(/\D/g, "") === number);
  if (byNumber) return byNumber.id;
  const position = ordinalIn(text);
  if (position && choosing.options[position - 1]) return choosing.options[position - 1]!.id;
  const byItem = choosing.options.filter((option) => itemsMentioned(text, option.items.map((title) => ({ title, variantTitle: null }))).length > 0);
  return byItem.length === 1 ? byItem[0]!.id : null;
}
