import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLTypeResolver,
} from "graphql";
import { searchItems, toConnection, type ConnectionArgs } from "./connection";
import { assertGid, gid, gidNumber } from "./gid";

/** What every resolver can reach: the store's clock and its objects by ID (mutations add the objects they create). */
export type DemoContext = { now: () => Date; nodes: Map<string, object> };

type Source = Record<string, unknown>;
type Args = Record<string, unknown>;

const isConnectionType = (type: GraphQLNamedType) => isObjectType(type) && type.name.endsWith("Connection");

/** The node type of a connection type (`OrderConnection` → `Order`), for its search profile. */
function connectionNodeType(connection: GraphQLNamedType): string {
  const fields = isObjectType(connection) ? connection.getFields() : {};
  const nodes = fields.nodes ?? fields.edges;
  const type = nodes && getNamedType(nodes.type);
  if (type && fields.nodes) return type.name;
  const node = type && isObjectType(type) ? type.getFields().node : undefined;
  return node ? getNamedType(node.type).name : connection.name;
}

/** Looks up an object by GID, null if absent or not of `typename` (when given). */
export function lookupNode(context: DemoContext, id: string, typename?: string): object | null {
  assertGid(id);
  const node = context.nodes.get(id) as Source | undefined;
  return node && (typename === undefined || node.__typename === typename) ? node : null;
}

/** Makes an object a mutation created reachable by node(id:) and the root lookups, as Shopify's are at once. */
export function registerNode(context: DemoContext, node: { id: string }): void {
  context.nodes.set(node.id, node);
}

/** A fresh numeric GID for a new object of a type: one past the highest the store holds, else `first`. */
export function nextNodeId(context: DemoContext, type: string, first: number): string {
  const prefix = gid(type, "");
  const taken = [...context.nodes.keys()].filter((id) => id.startsWith(prefix)).map((id) => gidNumber(id) ?? 0);
  return gid(type, Math.max(first - 1, ...taken) + 1);
}

/** Input the demo does not model is refused out loud rather than silently ignored. */
export function notModelled(what: string): never {
  throw new GraphQLError(`The demo store does not implement ${what}`, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

/**
 * Values Shopify derives the same way for every type, so the data need not carry them: legacyResourceId from
 * the GID, `<things>Count` from the list `<things>`, and a root `<thing>(id:)` lookup.
 */
function derivedValue(source: Source, args: Args, context: DemoContext, fieldName: string, type: GraphQLNamedType, isRoot: boolean): unknown {
  if (fieldName === "legacyResourceId") return gidNumber(source.id)?.toString();
  const counted = type.name === "Count" ? source[fieldName.replace(/Count$/, "")] : undefined;
  if (Array.isArray(counted)) {
    const nodeType = String((counted[0] as Source | undefined)?.__typename ?? "");
    const items = searchItems(counted as object[], args.query as string | undefined, nodeType, context.now());
    return { count: items.length, precision: "EXACT" };
  }
  if (isRoot && typeof args.id === "string") return lookupNode(context, args.id, isAbstractType(type) ? undefined : type.name);
  return undefined;
}

/** What a field absent from the data resolves to: an empty list or connection where Shopify would never say null. */
function emptyValue(returnType: GraphQLOutputType, args: Args, context: DemoContext): unknown {
  const type = getNullableType(returnType);
  if (isListType(type)) return isNonNullType(returnType) ? [] : null;
  if (isConnectionType(type)) return toConnection([], args as ConnectionArgs, type.name, context.now());
  return undefined;
}

/**
 * Serves any field of the real Admin schema from plain data: the property of the same name (a function is
 * called with the field's arguments), lists turned into connections with search, sort and pagination, and list
 * fields cut to their `first` argument.
 */
export const fieldResolver: GraphQLFieldResolver<Source, DemoContext, Args> = (source, args, context, info) => {
  const type = getNamedType(info.returnType);
  const own = source[info.fieldName];
  const value =
    typeof own === "function"
      ? (own as (args: Args, context: DemoContext) => unknown).call(source, args, context)
      : own === undefined
        ? derivedValue(source, args, context, info.fieldName, type, info.parentType === info.schema.getQueryType())
        : own;
  if (value === undefined) return emptyValue(info.returnType, args, context);
  if (Array.isArray(value) && isConnectionType(type) && !isListType(getNullableType(info.returnType))) {
    return toConnection(value as object[], args as ConnectionArgs, connectionNodeType(type), context.now());
  }
  if (Array.isArray(value) && typeof args.first === "number") return value.slice(0, args.first);
  return value;
};

/** Interfaces and unions resolve by the `__typename` every data object carries. */
export const typeResolver: GraphQLTypeResolver<unknown, DemoContext> = (value, _context, _info, abstractType) => {
  const typename = (value as Source | null)?.__typename;
  if (typeof typename === "string") return typename;
  throw new GraphQLError(`demo data: an object for ${abstractType.name} has no __typename`);
};
