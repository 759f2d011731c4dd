import { RECHARGE_API_BASE_URL, RECHARGE_API_VERSION } from "../../app/agent/tools/providers/subscriptions/recharge";
import { SKIO_API_URL } from "../../app/agent/tools/providers/subscriptions/skio";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { calendarDate, type Interval } from "../../app/lib/calendar";
import type { AdminClient, FetchLike } from "../../app/shopify/admin-client";
import { defineOperation } from "../../app/shopify/operation";
import type { SellingPlanInterval, SubscriptionDraftUserError } from "../../app/shopify/operations/subscription-contract-fields";
import { SUBSCRIPTION_CONTRACT_UPDATE } from "../../app/shopify/operations/subscription-contract-update";
import { SUBSCRIPTION_DRAFT_COMMIT } from "../../app/shopify/operations/subscription-draft-commit";

/**
 * Puts a subscription on a schedule through its provider's own API, as a merchant would in the provider's admin:
 * how often it charges, and when it charges next. Shoppers cannot set a charge date, so the adapters offer no
 * way to; a test that needs, say, a monthly charge on Jan 31 sets it up here.
 */
export type Schedule = { interval: Interval; nextChargeAt: Date };
type Network = { fetch: FetchLike; admin: AdminClient };

async function expectOk(response: Response, what: string): Promise<unknown> {
  const body: unknown = await response.json();
  if (!response.ok || (typeof body === "object" && body !== null && "errors" in body)) throw new Error(`${what} was refused: ${JSON.stringify(body)}`);
  return body;
}

/** Recharge: the interval on the subscription (PUT), then the next charge date. */
async function rechargeSchedule({ fetch }: Network, id: string, { interval, nextChargeAt }: Schedule) {
  const send = (method: string, path: string, body: unknown) =>
    fetch(`${RECHARGE_API_BASE_URL}${path}`, {
      method,
      headers: { "X-Recharge-Access-Token": DEMO_PROVIDER_CREDENTIALS.recharge.accessToken, "X-Recharge-Version": RECHARGE_API_VERSION, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const every = { order_interval_unit: interval.unit, order_interval_frequency: interval.count, charge_interval_frequency: interval.count };
  await expectOk(await send("PUT", `/subscriptions/${id}`, every), "Recharge's interval change");
  await expectOk(await send("POST", `/subscriptions/${id}/set_next_charge_date`, { date: calendarDate(nextChargeAt) }), "Recharge's charge date");
}

/** Skio: one subscriptionEditInterval with the interval and the next billing date. */
async function skioSchedule({ fetch }: Network, id: string, { interval, nextChargeAt }: Schedule) {
  const query = "mutation Schedule($input: SubscriptionEditIntervalInput!) { subscriptionEditInterval(input: $input) { subscriptionId } }";
  const input = { subscriptionId: id, billingInterval: interval.unit.toUpperCase(), billingIntervalCount: interval.count, nextBillingDate: calendarDate(nextChargeAt) };
  const response = await fetch(SKIO_API_URL, {
    method: "POST",
    headers: { authorization: `API ${DEMO_PROVIDER_CREDENTIALS.skio.apiToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables: { input } }),
  });
  await expectOk(response, "Skio's subscriptionEditInterval");
}

type Policy = { interval: SellingPlanInterval; intervalCount: number };
/** The draft edit the app never sends (it changes frequencies only): policies and the next billing date. */
const RESCHEDULE_DRAFT = defineOperation<
  { subscriptionDraftUpdate: { draft: { id: string } | null; userErrors: SubscriptionDraftUserError[] } | null },
  { draftId: string; input: { billingPolicy: Policy; deliveryPolicy: Policy; nextBillingDate: string } }
>(/* GraphQL */ `
  mutation RescheduleDraft($draftId: ID!, $input: SubscriptionDraftInput!) {
    subscriptionDraftUpdate(draftId: $draftId, input: $input) {
      draft {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Shopify: a draft of the contract with both policies and the next billing date, committed. */
async function shopifySchedule({ admin }: Network, contractId: string, { interval, nextChargeAt }: Schedule) {
  const { draft } = await admin.mutate(SUBSCRIPTION_CONTRACT_UPDATE, { contractId, actor: "MERCHANT" }, (data) => data.subscriptionContractUpdate);
  if (!draft) throw new Error(`no draft for ${contractId}`);
  const policy = { interval: interval.unit.toUpperCase() as SellingPlanInterval, intervalCount: interval.count };
  await admin.mutate(RESCHEDULE_DRAFT, { draftId: draft.id, input: { billingPolicy: policy, deliveryPolicy: policy, nextBillingDate: nextChargeAt.toISOString() } }, (data) => data.subscriptionDraftUpdate);
  await admin.mutate(SUBSCRIPTION_DRAFT_COMMIT, { draftId: draft.id }, (data) => data.subscriptionDraftCommit);
}

const SCHEDULERS: Record<string, (network: Network, id: string, schedule: Schedule) => Promise<void>> = {
  recharge: rechargeSchedule,
  skio: skioSchedule,
  shopify_subscriptions: shopifySchedule,
};

export async function scheduleSubscription(providerId: string, network: Network, subscriptionId: string, schedule: Schedule): Promise<void> {
  const schedulerFor = SCHEDULERS[providerId];
  if (!schedulerFor) throw new Error(`no way to schedule a ${providerId} subscription in tests yet: add one here`);
  await schedulerFor(network, subscriptionId, schedule);
}
