import { GraphQLError } from "graphql";
import type { DemoShopData, Order } from "./model";
import { orderCancel } from "./order-cancel";
import { orderUpdate } from "./order-update";
import { lookupNode, type DemoContext } from "./resolvers";
import { returnRequest } from "./return-request";
import { returnableFulfillments } from "./returnable";
import { subscriptionBillingCycles, subscriptionBillingCycleSkip } from "./subscription-billing-cycles";
import {
  subscriptionContractActivate,
  subscriptionContractCancel,
  subscriptionContractPause,
  subscriptionContractUpdate,
  subscriptionDraftCommit,
  subscriptionDraftUpdate,
} from "./subscription-contracts";

/**
 * The query root: the data's lists by name (customers, orders, products, discountNodes, subscriptionContracts…)
 * plus the root fields that compute. `order(id:)`, `customer(id:)` and other lookups by ID need nothing here (see
 * resolvers.ts).
 */
export function queryRoot(data: DemoShopData) {
  return {
    ...data,
    node: ({ id }: { id: string }, context: DemoContext) => lookupNode(context, id),
    nodes: ({ ids }: { ids: string[] }, context: DemoContext) => ids.map((id) => lookupNode(context, id)),
    returnableFulfillments: ({ orderId }: { orderId: string }, context: DemoContext) => {
      const order = lookupNode(context, orderId, "Order") as Order | null;
      if (!order) throw new GraphQLError("Order does not exist", { extensions: { code: "NOT_FOUND" } });
      return returnableFulfillments(order);
    },
    subscriptionBillingCycles,
  };
}

export const mutationRoot = {
  orderCancel,
  orderUpdate,
  returnRequest,
  subscriptionBillingCycleSkip,
  subscriptionContractActivate,
  subscriptionContractCancel,
  subscriptionContractPause,
  subscriptionContractUpdate,
  subscriptionDraftCommit,
  subscriptionDraftUpdate,
};

/** Every object with a GID reachable from the data, for node(id:) and the root lookups. */
export function indexNodes(data: DemoShopData): Map<string, object> {
  const nodes = new Map<string, object>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    const { id, __typename } = value as Record<string, unknown>;
    if (typeof id === "string" && id.startsWith("gid://") && typeof __typename === "string" && !nodes.has(id)) nodes.set(id, value);
    Object.values(value).forEach(visit);
  };
  visit(data);
  return nodes;
}
