import { BlockStack, Button, InlineStack, InlineError, Text as PolarisText, TextField } from "@shopify/polaris";
import { type KeyboardEvent, useState } from "react";
import { useT } from "../../i18n";
import type { FieldProblem } from "../../field-problems";

const MESSAGES = {
  add: { en: "Add", ko: "추가" },
  remove: { en: "Remove", ko: "삭제" },
  removeLabel: { en: "Remove “{item}”", ko: "“{item}” 삭제" },
  full: { en: "That's the most this list takes.", ko: "더 이상 추가할 수 없어요." },
};

/**
 * A short list of phrases (writing rules, topics for a person): saved items with Remove, and a field to add one.
 * Items are posted as repeated `name` fields. The add field is posted too, so a phrase typed but not yet added is
 * saved rather than lost; the server drops it when blank.
 */
export function PhraseListField(props: {
  name: string;
  label: string;
  helpText: string;
  placeholder: string;
  items: string[];
  onChange: (items: string[]) => void;
  maxLength: number;
  maxItems: number;
  /** Problems by item index; the one past the last item is the add field's. */
  problemAt: (index: number) => FieldProblem | undefined;
  /** The list's own problem (too many items). */
  listProblem?: string;
  problemMessage: (problem: FieldProblem | undefined) => string | undefined;
}) {
  const { name, label, helpText, placeholder, items, onChange, maxLength, maxItems, problemAt, listProblem, problemMessage } = props;
  const t = useT();
  const [draft, setDraft] = useState("");
  const full = items.length >= maxItems;

  const add = () => {
    if (draft.trim() === "" || full) return;
    onChange([...items, draft.trim()]);
    setDraft("");
  };
  // Enter adds the phrase instead of submitting the whole settings form.
  const addOnEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  };

  return (
    <BlockStack gap="200">
      <PolarisText as="h3" variant="headingSm">
        {label}
      </PolarisText>
      {items.length > 0 && (
        <BlockStack gap="100" as="ul">
          {items.map((item, index) => (
            <li key={`${index}:${item}`} style={{ listStyle: "none" }}>
              <InlineStack gap="200" align="space-between" blockAlign="center" wrap={false}>
                <PolarisText as="span" breakWord>
                  {item}
                </PolarisText>
                <input type="hidden" name={name} value={item} />
                <Button variant="plain" accessibilityLabel={t(MESSAGES.removeLabel, { item })} onClick={() => onChange(items.filter((_, i) => i !== index))}>
                  {t(MESSAGES.remove)}
                </Button>
              </InlineStack>
              {problemAt(index) && <InlineError fieldID={`${name}-${index}`} message={problemMessage(problemAt(index)) ?? ""} />}
            </li>
          ))}
        </BlockStack>
      )}
      <div onKeyDown={addOnEnter}>
        <TextField
          label={label}
          labelHidden
          name={name}
          value={draft}
          onChange={setDraft}
          placeholder={placeholder}
          autoComplete="off"
          maxLength={maxLength}
          disabled={full}
          helpText={full ? t(MESSAGES.full) : helpText}
          error={problemMessage(problemAt(items.length)) ?? listProblem}
          connectedRight={
            <Button onClick={add} disabled={full || draft.trim() === ""}>
              {t(MESSAGES.add)}
            </Button>
          }
        />
      </div>
    </BlockStack>
  );
}
