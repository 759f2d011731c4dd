import { Kind, parse, TypeInfo, validate, visit, visitWithTypeInfo, getNamedType, type GraphQLNamedType } from "graphql";
import { describe, expect, it } from "vitest";
import { adminSchema, requiredAccess } from "../../app/shopify/admin-schema";
import type { Operation } from "../../app/shopify/operation";
import { declaredScopes } from "../../app/shopify/scopes";

// Every operation the app can send lives in app/shopify/operations/; the glob finds them all, registered or not.
const modules = import.meta.glob<Record<string, unknown>>("../../app/shopify/operations/*.ts", { eager: true });
const operations = Object.values(modules)
  .flatMap((mod) => Object.values(mod))
  .filter((value): value is Operation<unknown> => typeof value === "object" && value !== null && "document" in value);

/**
 * Shopify states access as a sentence: "`read_orders` access scope or `read_marketplace_orders` access scope.
 * Also: Requires the `read_returns` access scope." Before "Also:" any one scope will do; each "Also: Requires"
 * clause adds a group of which one scope must be there too. Staff permissions ("The user must have …") are not app scopes.
 */
function accessSatisfied(sentence: string, granted: Set<string>): boolean {
  const [anyOfPart = "", ...alsoParts] = sentence.split(/Also:/);
  const scopes = (text: string) => [...text.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
  const has = (scope: string) => granted.has(scope) || granted.has(scope.replace(/^read_/, "write_"));
  const anyOf = scopes(anyOfPart);
  // Each "Also: Requires the `a` … or `b` …" clause is itself an any-of group.
  const requiredGroups = alsoParts.filter((part) => /Requires the/.test(part)).map(scopes);
  return [anyOf, ...requiredGroups].every((group) => group.length === 0 || group.some(has));
}

function requirementsOf(document: string): { where: string; sentence: string }[] {
  const schema = adminSchema();
  const typeInfo = new TypeInfo(schema);
  const found: { where: string; sentence: string }[] = [];
  const note = (type: GraphQLNamedType | undefined, field?: string) => {
    if (!type) return;
    const sentence = requiredAccess(type.name, field);
    if (sentence) found.push({ where: field ? `${type.name}.${field}` : type.name, sentence });
  };
  visit(
    parse(document),
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD]: (node) => {
        const parent = typeInfo.getParentType();
        note(parent ?? undefined, node.name.value);
        const fieldType = typeInfo.getType();
        if (fieldType) note(getNamedType(fieldType));
      },
    }),
  );
  return found;
}

function deprecatedFieldsOf(document: string): string[] {
  const typeInfo = new TypeInfo(adminSchema());
  const found: string[] = [];
  visit(
    parse(document),
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD]: () => {
        const field = typeInfo.getFieldDef();
        if (field?.deprecationReason) found.push(`${typeInfo.getParentType()?.name}.${field.name}: ${field.deprecationReason}`);
      },
    }),
  );
  return found;
}

describe("Admin GraphQL operations", () => {
  it("finds the app's operations", () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
    expect(new Set(operations.map((op) => op.name)).size).toBe(operations.length);
  });

  it.each(operations.map((op) => [op.name, op] as const))("%s is valid against Shopify's Admin schema", (_, op) => {
    const errors = validate(adminSchema(), parse(op.document)).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it.each(operations.map((op) => [op.name, op] as const))("%s uses no deprecated field", (_, op) => {
    expect(deprecatedFieldsOf(op.document)).toEqual([]);
  });

  it.each(operations.map((op) => [op.name, op] as const))("%s needs only scopes shopify.app.toml declares", (_, op) => {
    const granted = new Set(declaredScopes());
    const missing = requirementsOf(op.document).filter((r) => !accessSatisfied(r.sentence, granted));
    expect(missing).toEqual([]);
  });

  it("catches an operation that needs a scope the app lacks", () => {
    const needsLocations = /* GraphQL */ `query L { locations(first: 1) { nodes { id } } }`;
    const granted = new Set(declaredScopes());
    expect(requirementsOf(needsLocations).filter((r) => !accessSatisfied(r.sentence, granted))).not.toEqual([]);
  });

  it("reads Shopify's access sentences: any-of, plus what 'Also: Requires' adds", () => {
    const returns = "`read_orders` access scope or `read_marketplace_orders` access scope. Also: Requires the `read_returns` access scope.";
    expect(accessSatisfied(returns, new Set(["write_orders", "read_returns"]))).toBe(true);
    expect(accessSatisfied(returns, new Set(["read_orders"]))).toBe(false);
    expect(accessSatisfied("`write_orders` access scope. Also: The user must have manage_orders permission.", new Set(["write_orders"]))).toBe(true);
  });
});
