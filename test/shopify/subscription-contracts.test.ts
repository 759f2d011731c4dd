import { beforeEach, describe, expect, it } from "vitest";
import type { DemoStore } from "../../app/demo/admin-api";
import type { AdminClient } from "../../app/shopify/admin-client";
import { AdminUserErrors } from "../../app/shopify/errors";
import { CUSTOMER_SUBSCRIPTION_CONTRACTS } from "../../app/shopify/operations/customer-subscription-contracts";
import { SUBSCRIPTION_BILLING_CYCLE_SKIP } from "../../app/shopify/operations/subscription-billing-cycle-skip";
import { SUBSCRIPTION_BILLING_CYCLES } from "../../app/shopify/operations/subscription-billing-cycles";
import { SUBSCRIPTION_CONTRACT } from "../../app/shopify/operations/subscription-contract";
import { SUBSCRIPTION_CONTRACT_ACCESS } from "../../app/shopify/operations/subscription-contract-access";
import { SUBSCRIPTION_CONTRACT_ACTIVATE } from "../../app/shopify/operations/subscription-contract-activate";
import { SUBSCRIPTION_CONTRACT_CANCEL } from "../../app/shopify/operations/subscription-contract-cancel";
import { SUBSCRIPTION_CONTRACT_PAUSE } from "../../app/shopify/operations/subscription-contract-pause";
import { SUBSCRIPTION_CONTRACT_UPDATE } from "../../app/shopify/operations/subscription-contract-update";
import { SUBSCRIPTION_DRAFT_COMMIT } from "../../app/shopify/operations/subscription-draft-commit";
import { SUBSCRIPTION_DRAFT_UPDATE, type SubscriptionDraftUpdateVariables } from "../../app/shopify/operations/subscription-draft-update";
import { openDemoStore } from "../support/demo-admin";

const NOW = new Date("2026-06-15T17:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365 * DAY_MS;

let store: DemoStore;
let client: AdminClient;
beforeEach(() => {
  ({ store, client } = openDemoStore(NOW));
});

const customerByEmail = (email: string) => store.data.customers.find((c) => c.email === email)!;
const contractOf = (email: string) => customerByEmail(email).subscriptionContracts[0]!;
const readContract = async (id: string) => (await client.request(SUBSCRIPTION_CONTRACT, { id })).subscriptionContract!;
const upcomingCycles = async (contractId: string) =>
  (await client.request(SUBSCRIPTION_BILLING_CYCLES, { contractId, startDate: NOW.toISOString(), endDate: new Date(NOW.getTime() + YEAR_MS).toISOString(), first: 4 }))
    .subscriptionBillingCycles.nodes;
const userErrorsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AdminUserErrors);
  return (error as AdminUserErrors).userErrors;
};

const pause = (id: string) => client.mutate(SUBSCRIPTION_CONTRACT_PAUSE, { subscriptionContractId: id, actor: "CUSTOMER" }, (d) => d.subscriptionContractPause);
const activate = (id: string) => client.mutate(SUBSCRIPTION_CONTRACT_ACTIVATE, { subscriptionContractId: id, actor: "CUSTOMER" }, (d) => d.subscriptionContractActivate);
const cancel = (id: string) => client.mutate(SUBSCRIPTION_CONTRACT_CANCEL, { subscriptionContractId: id, actor: "CUSTOMER" }, (d) => d.subscriptionContractCancel);
const skip = (contractId: string, cycleIndex: number) =>
  client.mutate(SUBSCRIPTION_BILLING_CYCLE_SKIP, { contractId, cycleIndex }, (d) => d.subscriptionBillingCycleSkip);
const startDraft = async (contractId: string) =>
  (await client.mutate(SUBSCRIPTION_CONTRACT_UPDATE, { contractId, actor: "CUSTOMER" }, (d) => d.subscriptionContractUpdate)).draft!.id;
const updateDraft = (draftId: string, input: SubscriptionDraftUpdateVariables["input"]) =>
  client.mutate(SUBSCRIPTION_DRAFT_UPDATE, { draftId, input }, (d) => d.subscriptionDraftUpdate);
const commit = (draftId: string) => client.mutate(SUBSCRIPTION_DRAFT_COMMIT, { draftId }, (d) => d.subscriptionDraftCommit);
const everyFourWeeks = {
  billingPolicy: { interval: "WEEK" as const, intervalCount: 4, minCycles: null, maxCycles: null },
  deliveryPolicy: { interval: "WEEK" as const, intervalCount: 4 },
};

describe("demo store: seeded subscription contracts", () => {
  it("gives each coffee subscriber an active Summit Roast contract every 2 weeks, billed a few days from now", async () => {
    const subscribers = store.data.customers.filter((c) => c.tags.includes("coffee-subscriber"));
    expect(subscribers.map((c) => c.email).sort()).toEqual(["ava.thompson@example.com", "sophia.patel@example.com"]);
    for (const subscriber of subscribers) {
      const { customer } = await client.request(CUSTOMER_SUBSCRIPTION_CONTRACTS, { customerId: subscriber.id, first: 10 });
      const [contract, ...others] = customer!.subscriptionContracts.nodes;
      expect(others).toEqual([]);
      expect(contract).toMatchObject({
        status: "ACTIVE",
        customer: { id: subscriber.id },
        billingPolicy: { interval: "WEEK", intervalCount: 2 },
        deliveryPolicy: { interval: "WEEK", intervalCount: 2 },
        lines: { nodes: [{ title: "Summit Roast Coffee Subscription", quantity: 1, currentPrice: { amount: "16.2", currencyCode: "USD" } }] },
      });
      const daysAway = (Date.parse(contract!.nextBillingDate!) - NOW.getTime()) / DAY_MS;
      expect(daysAway).toBeGreaterThan(3);
      expect(daysAway).toBeLessThan(8);
    }
    const others = store.data.customers.filter((c) => !c.tags.includes("coffee-subscriber"));
    expect(others.every((c) => c.subscriptionContracts.length === 0)).toBe(true);
  });

  it("lists the shop's contracts at the query root and by id", async () => {
    const { subscriptionContracts } = await client.request(SUBSCRIPTION_CONTRACT_ACCESS);
    expect(subscriptionContracts.nodes).toHaveLength(1);
    const contract = contractOf("sophia.patel@example.com");
    expect((await readContract(contract.id)).id).toBe(contract.id);
  });

  it("computes billing cycles around the next billing date: billed before it, every 2 weeks after it", async () => {
    const contract = await readContract(contractOf("sophia.patel@example.com").id);
    const [next, after] = await upcomingCycles(contract.id);
    expect(next).toMatchObject({ billingAttemptExpectedDate: contract.nextBillingDate, status: "UNBILLED", skipped: false });
    expect(Date.parse(after!.billingAttemptExpectedDate) - Date.parse(next!.billingAttemptExpectedDate)).toBe(14 * DAY_MS);
    expect(after!.cycleIndex).toBe(next!.cycleIndex + 1);
    // Sophia started 98 days ago: seven fortnightly bills so far, the eighth coming.
    expect(next!.cycleIndex).toBe(8);
    const errors = await userErrorsOf(skip(contract.id, next!.cycleIndex - 1));
    expect(errors[0]).toMatchObject({ code: "INVALID", message: "Billing cycle has already been billed." });
  });
});

describe("demo store: subscriptionBillingCycleSkip", () => {
  it("marks the cycle skipped and leaves the contract's nextBillingDate (the owning app's) alone", async () => {
    const contract = await readContract(contractOf("sophia.patel@example.com").id);
    const [next] = await upcomingCycles(contract.id);
    const payload = await skip(contract.id, next!.cycleIndex);
    expect(payload.billingCycle).toMatchObject({ cycleIndex: next!.cycleIndex, skipped: true });
    const [again, following] = await upcomingCycles(contract.id);
    expect(again).toMatchObject({ cycleIndex: next!.cycleIndex, skipped: true });
    expect(following).toMatchObject({ skipped: false });
    expect((await readContract(contract.id)).nextBillingDate).toBe(contract.nextBillingDate);
  });

  it("refuses a cycle outside the contract's range", async () => {
    const errors = await userErrorsOf(skip(contractOf("sophia.patel@example.com").id, 0));
    expect(errors[0]).toMatchObject({ code: "INVALID", field: ["billingCycleInput", "selector"] });
  });
});

describe("demo store: pause, activate and cancel", () => {
  it("pauses and activates, and once cancelled refuses every change with CONTRACT_TERMINATED", async () => {
    const { id } = contractOf("ava.thompson@example.com");
    expect((await pause(id)).contract).toMatchObject({ status: "PAUSED" });
    expect((await activate(id)).contract).toMatchObject({ status: "ACTIVE" });
    expect((await cancel(id)).contract).toMatchObject({ status: "CANCELLED" });
    expect((await readContract(id)).status).toBe("CANCELLED");
    for (const change of [pause, activate, cancel]) {
      const errors = await userErrorsOf(change(id));
      expect(errors[0]).toMatchObject({ code: "CONTRACT_TERMINATED", message: "Subscription contract status cannot be changed once terminated." });
    }
    const [next] = await upcomingCycles(id);
    expect((await userErrorsOf(skip(id, next!.cycleIndex)))[0]?.code).toBe("INVALID");
    expect((await userErrorsOf(startDraft(id)))[0]?.code).toBe("INVALID");
  });

  it("answers an unknown contract with a user error", async () => {
    const errors = await userErrorsOf(pause("gid://shopify/SubscriptionContract/1"));
    expect(errors[0]).toMatchObject({ field: ["subscriptionContractId"], code: "INVALID" });
  });
});

describe("demo store: contract drafts", () => {
  it("changes the frequency through a draft: nothing moves until the commit, then cycles follow the new policy", async () => {
    const contract = await readContract(contractOf("sophia.patel@example.com").id);
    const draftId = await startDraft(contract.id);
    const { draft } = await updateDraft(draftId, everyFourWeeks);
    expect(draft).toMatchObject({ billingPolicy: { interval: "WEEK", intervalCount: 4 }, deliveryPolicy: { intervalCount: 4 } });
    expect((await readContract(contract.id)).billingPolicy.intervalCount).toBe(2);

    await commit(draftId);
    const changed = await readContract(contract.id);
    expect(changed).toMatchObject({ billingPolicy: { interval: "WEEK", intervalCount: 4 }, deliveryPolicy: { interval: "WEEK", intervalCount: 4 }, nextBillingDate: contract.nextBillingDate });
    const [next, after] = await upcomingCycles(contract.id);
    expect(next!.billingAttemptExpectedDate).toBe(contract.nextBillingDate);
    expect(Date.parse(after!.billingAttemptExpectedDate) - Date.parse(next!.billingAttemptExpectedDate)).toBe(28 * DAY_MS);
    expect((await userErrorsOf(commit(draftId)))[0]?.code).toBe("COMMITTED");
  });

  it("refuses to commit a draft over a contract that changed since (STALE_CONTRACT) and a zero interval", async () => {
    const { id } = contractOf("ava.thompson@example.com");
    const draftId = await startDraft(id);
    await updateDraft(draftId, everyFourWeeks);
    await pause(id);
    expect((await userErrorsOf(commit(draftId)))[0]?.code).toBe("STALE_CONTRACT");
    expect((await readContract(id)).billingPolicy.intervalCount).toBe(2);

    const zero = await userErrorsOf(updateDraft(await startDraft(id), { ...everyFourWeeks, deliveryPolicy: { interval: "WEEK", intervalCount: 0 } }));
    expect(zero[0]).toMatchObject({ code: "GREATER_THAN", field: ["input", "deliveryPolicy", "intervalCount"] });
  });
});
