import type { SellingPlanInterval, SubscriptionContract, SubscriptionContractStatus, SubscriptionDraft } from "./model";
import { lookupNode, nextNodeId, notModelled, registerNode, type DemoContext } from "./resolvers";
import { isoTime } from "./seed/time";
import { cycleIndexAt, isTerminated } from "./subscription-billing-cycles";

/**
 * Shopify's subscription contract mutations for the demo: pause, activate and cancel (refused once a contract is
 * terminated), and edits through a draft (subscriptionContractUpdate → subscriptionDraftUpdate →
 * subscriptionDraftCommit), refused when the contract changed in between. Messages for codes Shopify documents
 * are its own descriptions of them.
 */

type UserError<Code extends string> = { field: string[]; message: string; code: Code };

const CONTRACT_NOT_FOUND = "Subscription contract does not exist";
const DRAFT_NOT_FOUND = "Subscription draft does not exist";

/** Every change gets a new revision, as Shopify's revisionId does. */
function touch(contract: SubscriptionContract, context: DemoContext): void {
  contract.updatedAt = isoTime(context.now());
  contract.revisionId = String(Number(contract.revisionId) + 1);
}

function lookupContract(context: DemoContext, id: string): SubscriptionContract | null {
  return lookupNode(context, id, "SubscriptionContract") as SubscriptionContract | null;
}

type StatusUpdateCode = "CONTRACT_TERMINATED" | "INVALID";

function statusChange(status: SubscriptionContractStatus) {
  const refused = (error: UserError<StatusUpdateCode>) => ({ contract: null, userErrors: [error] });
  return ({ subscriptionContractId }: { subscriptionContractId: string }, context: DemoContext) => {
    const contract = lookupContract(context, subscriptionContractId);
    if (!contract) return refused({ field: ["subscriptionContractId"], message: CONTRACT_NOT_FOUND, code: "INVALID" });
    if (isTerminated(contract)) {
      return refused({ field: ["subscriptionContractId"], message: "Subscription contract status cannot be changed once terminated.", code: "CONTRACT_TERMINATED" });
    }
    contract.status = status;
    touch(contract, context);
    return { contract, userErrors: [] };
  };
}

export const subscriptionContractPause = statusChange("PAUSED");
export const subscriptionContractActivate = statusChange("ACTIVE");
export const subscriptionContractCancel = statusChange("CANCELLED");

type DraftCode = "INVALID" | "COMMITTED" | "STALE_CONTRACT" | "GREATER_THAN";
const draftRefused = (error: UserError<DraftCode>) => ({ draft: null, userErrors: [error] });

/** subscriptionContractUpdate: a draft holding a copy of the contract's terms. */
export function subscriptionContractUpdate({ contractId }: { contractId: string }, context: DemoContext) {
  const contract = lookupContract(context, contractId);
  if (!contract) return draftRefused({ field: ["contractId"], message: CONTRACT_NOT_FOUND, code: "INVALID" });
  if (isTerminated(contract)) return draftRefused({ field: ["contractId"], message: "Subscription contract is terminated.", code: "INVALID" });
  const draft: SubscriptionDraft = {
    __typename: "SubscriptionDraft",
    id: nextNodeId(context, "SubscriptionDraft", 580001),
    originalContract: contract,
    baseRevisionId: contract.revisionId,
    committed: false,
    status: contract.status,
    nextBillingDate: contract.nextBillingDate,
    billingPolicy: { ...contract.billingPolicy },
    deliveryPolicy: { ...contract.deliveryPolicy },
    note: contract.note,
    currencyCode: contract.currencyCode,
    customer: contract.customer,
    lines: contract.lines,
    deliveryPrice: contract.deliveryPrice,
    customAttributes: contract.customAttributes,
  };
  registerNode(context, draft);
  return { draft, userErrors: [] };
}

type PolicyInput = { interval: SellingPlanInterval; intervalCount: number; anchors?: unknown[] | null; minCycles?: number | null; maxCycles?: number | null };
type DraftInput = {
  billingPolicy?: PolicyInput | null;
  deliveryPolicy?: PolicyInput | null;
  nextBillingDate?: string | null;
  status?: SubscriptionContractStatus | null;
  note?: string | null;
  customAttributes?: unknown;
  deliveryMethod?: unknown;
  deliveryPrice?: unknown;
  paymentMethodId?: unknown;
};

function lookupOpenDraft(context: DemoContext, draftId: string): SubscriptionDraft | UserError<DraftCode> {
  const draft = lookupNode(context, draftId, "SubscriptionDraft") as SubscriptionDraft | null;
  if (!draft) return { field: ["draftId"], message: DRAFT_NOT_FOUND, code: "INVALID" };
  if (draft.committed) return { field: ["draftId"], message: "Subscription draft has been already committed.", code: "COMMITTED" };
  return draft;
}

/** subscriptionDraftUpdate: the draft's policies, next billing date, status and note. */
export function subscriptionDraftUpdate({ draftId, input }: { draftId: string; input: DraftInput }, context: DemoContext) {
  const draft = lookupOpenDraft(context, draftId);
  if (!("id" in draft)) return draftRefused(draft);
  for (const field of ["customAttributes", "deliveryMethod", "deliveryPrice", "paymentMethodId"] as const) {
    if (input[field] !== undefined && input[field] !== null) notModelled(`SubscriptionDraftInput.${field}`);
  }
  for (const name of ["billingPolicy", "deliveryPolicy"] as const) {
    const policy = input[name];
    if (!policy) continue;
    if (policy.anchors?.length) notModelled("selling plan anchors");
    if (policy.intervalCount < 1) {
      return draftRefused({ field: ["input", name, "intervalCount"], message: "Interval count must be greater than 0", code: "GREATER_THAN" });
    }
  }
  const { billingPolicy, deliveryPolicy } = input;
  if (billingPolicy) {
    draft.billingPolicy = {
      __typename: "SubscriptionBillingPolicy",
      interval: billingPolicy.interval,
      intervalCount: billingPolicy.intervalCount,
      anchors: [],
      minCycles: billingPolicy.minCycles ?? null,
      maxCycles: billingPolicy.maxCycles ?? null,
    };
  }
  if (deliveryPolicy) {
    draft.deliveryPolicy = { __typename: "SubscriptionDeliveryPolicy", interval: deliveryPolicy.interval, intervalCount: deliveryPolicy.intervalCount, anchors: [] };
  }
  if (input.nextBillingDate) draft.nextBillingDate = isoTime(new Date(input.nextBillingDate));
  if (input.status) draft.status = input.status;
  if (input.note !== undefined) draft.note = input.note;
  return { draft, userErrors: [] };
}

/**
 * subscriptionDraftCommit: the draft's terms become the contract's. The billing-cycle schedule is re-pinned at the
 * cycle billed on the (new) next billing date, so later cycles follow the new policy and earlier skips stay put.
 */
export function subscriptionDraftCommit({ draftId }: { draftId: string }, context: DemoContext) {
  const refused = (error: UserError<DraftCode>) => ({ contract: null, userErrors: [error] });
  const draft = lookupOpenDraft(context, draftId);
  if (!("id" in draft)) return refused(draft);
  const contract = draft.originalContract;
  if (contract.revisionId !== draft.baseRevisionId) {
    return refused({ field: ["draftId"], message: "Another operation updated the contract concurrently as the commit was in progress.", code: "STALE_CONTRACT" });
  }
  if (draft.nextBillingDate) {
    const index = cycleIndexAt(contract, new Date(draft.nextBillingDate)) ?? contract.cycleAnchor.index;
    contract.cycleAnchor = { index, billingDate: draft.nextBillingDate };
  }
  contract.billingPolicy = draft.billingPolicy;
  contract.deliveryPolicy = draft.deliveryPolicy;
  contract.nextBillingDate = draft.nextBillingDate;
  contract.status = draft.status;
  contract.note = draft.note;
  draft.committed = true;
  touch(contract, context);
  return { contract, userErrors: [] };
}
