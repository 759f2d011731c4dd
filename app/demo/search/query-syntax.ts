/**
 * Parses the subset of Shopify's search syntax (https://shopify.dev/docs/api/usage/search-syntax) the demo store
 * understands: `field:value` terms with optional comparators (`:>`, `:>=`, `:<`, `:<=`), quoted values, free
 * text, implicit or explicit AND, OR (binding looser than AND), NOT / leading `-`, and parentheses.
 */

export type Comparator = "=" | ">" | ">=" | "<" | "<=";
export type Term = { kind: "term"; field: string | null; comparator: Comparator; value: string; quoted: boolean };
export type SearchExpression =
  | Term
  | { kind: "and" | "or"; operands: SearchExpression[] }
  | { kind: "not"; operand: SearchExpression };

type Token = { text: string; quoted: boolean };

// A token is a parenthesis or a run of quoted strings and other characters; an unmatched quote is a plain character.
const TOKEN = /\s*(\(|\)|(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s()])+)/y;
const QUOTED = /^(["']).*\1$/s;

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(query); match; match = TOKEN.exec(query)) {
    const text = match[1]!;
    tokens.push({ text, quoted: QUOTED.test(text) });
  }
  return tokens;
}

function unquote(text: string): string {
  return QUOTED.test(text) ? text.slice(1, -1).replace(/\\(.)/g, "$1") : text;
}

function parseTerm(token: Token): Term {
  if (token.quoted) return { kind: "term", field: null, comparator: "=", value: unquote(token.text), quoted: true };
  const match = /^([\w.]+):(>=|<=|>|<)?(.*)$/s.exec(token.text);
  if (!match) return { kind: "term", field: null, comparator: "=", value: token.text, quoted: false };
  const raw = match[3]!;
  return {
    kind: "term",
    field: match[1]!.toLowerCase(),
    comparator: (match[2] as Comparator | undefined) ?? "=",
    value: unquote(raw),
    quoted: QUOTED.test(raw),
  };
}

/** Returns null for an empty query (no filter). */
export function parseSearchQuery(query: string): SearchExpression | null {
  const tokens = tokenize(query);
  let position = 0;
  const peek = () => tokens[position]?.text;

  function parseOr(): SearchExpression | null {
    const operands: SearchExpression[] = [];
    for (;;) {
      const operand = parseAnd();
      if (operand) operands.push(operand);
      if (peek() !== "OR") break;
      position++;
    }
    return operands.length <= 1 ? (operands[0] ?? null) : { kind: "or", operands };
  }

  function parseAnd(): SearchExpression | null {
    const operands: SearchExpression[] = [];
    for (let text = peek(); text !== undefined && text !== "OR" && text !== ")"; text = peek()) {
      if (text === "AND") {
        position++;
        continue;
      }
      const operand = parseUnary();
      if (operand) operands.push(operand);
    }
    return operands.length <= 1 ? (operands[0] ?? null) : { kind: "and", operands };
  }

  function parseUnary(): SearchExpression | null {
    const token = tokens[position++];
    if (!token) return null;
    if (token.text === "NOT") {
      const operand = parseUnary();
      return operand && { kind: "not", operand };
    }
    if (token.text === "(") {
      const inner = parseOr();
      if (peek() === ")") position++;
      return inner;
    }
    if (!token.quoted && token.text.startsWith("-") && token.text.length > 1) {
      return { kind: "not", operand: parseTerm({ text: token.text.slice(1), quoted: false }) };
    }
    return parseTerm(token);
  }

  let expression = parseOr();
  // A stray ")" ends parseOr early; Shopify is lenient with unbalanced input, so skip it and keep going.
  while (position < tokens.length) {
    position++;
    const rest = parseOr();
    if (rest) expression = expression ? { kind: "and", operands: [expression, rest] } : rest;
  }
  return expression;
}
