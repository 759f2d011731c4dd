import { gidNumber } from "../gid";
import type { Comparator, SearchExpression, Term } from "./query-syntax";

export type SearchValue = string | number | boolean | null | undefined;
/** Reads a search field's value(s) off a node; any value matching makes the term match. */
export type FieldAccessor<T> = (node: T) => SearchValue | readonly SearchValue[];

/** How one node type is searched: its documented filters that are not a plain property, and its free text. */
export type SearchProfile<T = never> = {
  fields: Record<string, FieldAccessor<T>>;
  text: (node: T) => readonly SearchValue[];
  /** Where sort keys are read from, when not the node itself. */
  sortSource?: (node: T) => object;
};

type Node = Record<string, unknown>;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/;

const camelCase = (field: string) => field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The accessor for a search field: the profile's, else what filters every type alike — `id`, `tag`,
 * `<thing>_id` (the id of node.thing) or the property named like the field (`created_at` → createdAt).
 * Undefined means the field is unknown for this node.
 */
function accessorFor(field: string, node: Node, profile: SearchProfile<Node> | undefined): FieldAccessor<Node> | undefined {
  const own = profile?.fields[field];
  if (own) return own;
  if (field === "id") return (n) => gidNumber(n.id);
  if (field === "tag") return (n) => n.tags as string[] | undefined;
  const related = /^(\w+)_id$/.exec(field)?.[1];
  if (related && camelCase(related) in node) return (n) => gidNumber((n[camelCase(related)] as Node | null | undefined)?.id);
  const property = camelCase(field);
  return property in node ? (n) => n[property] as SearchValue : undefined;
}

/** Shopify's time values: `now`, a year, a date or a full timestamp. */
function parseTime(value: string, now: Date): number {
  if (value.toLowerCase() === "now") return now.getTime();
  if (/^\d{4}$/.test(value)) return Date.parse(`${value}-01-01T00:00:00Z`);
  return Date.parse(value);
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { sensitivity: "base" });
}

function satisfies(order: number, comparator: Comparator): boolean {
  switch (comparator) {
    case "=": return order === 0;
    case ">": return order > 0;
    case ">=": return order >= 0;
    case "<": return order < 0;
    case "<=": return order <= 0;
  }
}

function valueMatches(value: string | number | boolean, query: string, comparator: Comparator, now: Date): boolean {
  if (typeof value === "boolean") return String(value) === query.toLowerCase();
  if (typeof value === "number") {
    const number = Number(query);
    return Number.isFinite(number) && satisfies(value - number, comparator);
  }
  if (ISO_TIME.test(value)) {
    // `created_at:2024-05-01` means that day (or month, or year): compare the prefix.
    if (comparator === "=" && !/^now$/i.test(query)) return value.startsWith(query);
    const time = parseTime(query, now);
    return Number.isFinite(time) && satisfies(Date.parse(value) - time, comparator);
  }
  if (comparator === "=" && query.endsWith("*")) return value.toLowerCase().startsWith(query.slice(0, -1).toLowerCase());
  return satisfies(compare(value, query), comparator);
}

function textMatches(node: Node, term: Term, profile: SearchProfile<Node> | undefined): boolean {
  const texts = profile ? profile.text(node) : [node.title, node.name, node.displayName, node.description, node.tags].flat();
  const needle = term.value.replace(/\*$/, "").toLowerCase();
  return texts.some((text) => text !== null && text !== undefined && String(text).toLowerCase().includes(needle));
}

function termMatches(node: Node, term: Term, profile: SearchProfile<Node> | undefined, now: Date): boolean {
  if (term.field === null) return textMatches(node, term, profile);
  if (term.field === "tag_not") return !termMatches(node, { ...term, field: "tag" }, profile, now);
  const accessor = accessorFor(term.field, node, profile);
  // Shopify ignores filters it does not know for the resource; so does the demo.
  if (!accessor) return true;
  const values = [accessor(node)].flat().filter((v): v is string | number | boolean => v !== null && v !== undefined);
  // Unquoted commas list alternatives (`status:active,scheduled`).
  const alternatives = term.quoted ? [term.value] : term.value.split(",");
  return alternatives.some((query) => values.some((value) => valueMatches(value, query, term.comparator, now)));
}

export function matchesSearch(node: Node, expression: SearchExpression, profile: SearchProfile<Node> | undefined, now: Date): boolean {
  switch (expression.kind) {
    case "and": return expression.operands.every((operand) => matchesSearch(node, operand, profile, now));
    case "or": return expression.operands.some((operand) => matchesSearch(node, operand, profile, now));
    case "not": return !matchesSearch(node, expression.operand, profile, now);
    case "term": return termMatches(node, expression, profile, now);
  }
}
