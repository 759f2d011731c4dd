import {
  getNamedType,
  getNullableType,
  GraphQLInt,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Shopify's calculated query cost (https://shopify.dev/docs/api/usage/rate-limits): scalars and enums 0, objects
 * 1, abstract types the most expensive possibility, connections 2 plus `first`/`last` times one item, mutations 10.
 * Shopify refuses a query above MAX_QUERY_COST before running it; the demo does too, so oversized queries show here.
 */
export const MAX_QUERY_COST = 1000;
const MUTATION_COST = 10;

type CostContext = { schema: GraphQLSchema; fragments: Map<string, FragmentDefinitionNode>; variables: Record<string, unknown> };

function sizeArgument(context: CostContext, field: FieldNode): number | undefined {
  const argument = field.arguments?.find((a) => a.name.value === "first" || a.name.value === "last");
  const size = argument && valueFromAST(argument.value, GraphQLInt, context.variables);
  return typeof size === "number" ? size : undefined;
}

function fieldCost(context: CostContext, field: FieldNode, parent: GraphQLObjectType): number {
  const definition = parent.getFields()[field.name.value];
  if (!definition || !field.selectionSet) return 0;
  const type = getNamedType(definition.type);
  if (isLeafType(type) || !isCompositeType(type)) return 0;
  if (isObjectType(type) && type.name.endsWith("Connection")) return connectionCost(context, field, type);
  const one = 1 + selectionSetCost(context, field.selectionSet, type);
  return isListType(getNullableType(definition.type)) ? (sizeArgument(context, field) ?? 1) * one : one;
}

/** 2, plus the page size times the dearer of `nodes` and `edges`; pageInfo is free. */
function connectionCost(context: CostContext, field: FieldNode, connection: GraphQLObjectType): number {
  let item = 0;
  let other = 0;
  for (const selection of field.selectionSet!.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value === "pageInfo") continue;
    const cost = fieldCost(context, selection, connection);
    if (selection.name.value === "nodes" || selection.name.value === "edges") item = Math.max(item, cost);
    else other += cost;
  }
  return 2 + (sizeArgument(context, field) ?? 1) * item + other;
}

function selectionSetCost(context: CostContext, selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
  if (isAbstractType(type)) {
    return Math.max(0, ...context.schema.getPossibleTypes(type).map((possible) => selectionSetCost(context, selectionSet, possible)));
  }
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(context, selection, type);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : context.fragments.get(selection.name.value);
    const condition: GraphQLNamedType | undefined = fragment?.typeCondition ? context.schema.getType(fragment.typeCondition.name.value) : type;
    const applies = condition === type || (condition !== undefined && isAbstractType(condition) && context.schema.isSubType(condition, type));
    if (fragment && applies) total += selectionSetCost(context, fragment.selectionSet, type);
  }
  return total;
}

export function requestedQueryCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const mutation = operation.operation === "mutation";
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  return (mutation ? MUTATION_COST : 0) + (root ? selectionSetCost({ schema, fragments, variables }, operation.selectionSet, root) : 0);
}

/** Shopify charges for what came back; the demo counts the objects in the result, never more than requested. */
export function actualQueryCost(data: unknown, requested: number): number {
  const count = (value: unknown): number =>
    Array.isArray(value) ? value.reduce<number>((sum, item) => sum + count(item), 0)
    : value !== null && typeof value === "object" ? 1 + Object.values(value).reduce<number>((sum, item) => sum + count(item), 0)
    : 0;
  return Math.min(requested, Math.max(0, count(data) - 1));
}

export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

/** Shopify's leaky bucket per app and shop: a query takes its requested cost, and gets back what it did not use. */
export class CostBucket {
  private available: number;
  private updatedAt: number;

  constructor(
    private readonly maximum = 2000,
    private readonly restoreRate = 100,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.available = maximum;
    this.updatedAt = clock();
  }

  private refill(): void {
    const now = this.clock();
    this.available = Math.min(this.maximum, this.available + ((now - this.updatedAt) / 1000) * this.restoreRate);
    this.updatedAt = now;
  }

  /** False (and nothing taken) when the bucket holds less than the cost: Shopify answers THROTTLED. */
  take(cost: number): boolean {
    this.refill();
    if (cost > this.available) return false;
    this.available -= cost;
    return true;
  }

  refund(cost: number): void {
    this.refill();
    this.available = Math.min(this.maximum, this.available + cost);
  }

  status(): ThrottleStatus {
    this.refill();
    return { maximumAvailable: this.maximum, currentlyAvailable: Math.floor(this.available), restoreRate: this.restoreRate };
  }
}
