import { describe, expect, it } from "vitest";
import { formatDate } from "../../language";
import { calendarDate } from "../../../lib/calendar";
import { providersOf } from "../../../services/provider-catalog";
import { agentHarness } from "../../../../test/support/agent";
import { scheduleSubscription } from "../../../../test/support/subscription-schedule";

const SOPHIA = "sophia.patel@example.com"; // a coffee subscriber at every subscription provider's fake

type Connectable = NonNullable<NonNullable<Parameters<typeof agentHarness>[0]>["connect"]>[number];
type SubscriptionCardSeen = { subscriptionId: string; nextChargeAt: string; frequency: string };

describe.each(providersOf("subscriptions").map((definition) => definition.id))("the skip preview and %s agree on dates", (providerId) => {
  it("promises the date the provider then sets when a monthly charge on Jan 31 is skipped", async () => {
    const agent = await agentHarness({ connect: [providerId as Connectable] });
    const talk = await agent.conversation({ email: SOPHIA });
    const shown = (await talk.say("when is my next coffee subscription delivery?")).card as SubscriptionCardSeen;
    // Next year's Jan 31 is ahead of both the harness's clock and the real one (Shopify's adapter reads the latter).
    const year = new Date().getUTCFullYear() + 1;
    await scheduleSubscription(providerId, { fetch: agent.providerFakes.fetch, admin: agent.admin }, shown.subscriptionId, {
      interval: { unit: "month", count: 1 },
      nextChargeAt: new Date(Date.UTC(year, 0, 31, 12)),
    });

    const asked = await talk.say("skip my next delivery");
    expect(asked.action).toMatchObject({ name: "skip_subscription_charge", status: "proposed" });
    const done = await talk.say("yes");
    expect(done.action).toMatchObject({ name: "skip_subscription_charge", status: "done" });

    const after = (done.card as SubscriptionCardSeen).nextChargeAt;
    const lastOfFebruary = new Date(Date.UTC(year, 2, 0)).getUTCDate();
    expect(calendarDate(new Date(after))).toBe(`${year}-02-${lastOfFebruary}`);
    expect(asked.text).toContain(`delivery on ${formatDate(`${year}-01-31T12:00:00Z`, "en")}?`);
    expect(asked.text).toContain(`your next delivery would be ${formatDate(after, "en")}.`);
    expect(done.text).toContain(`Your next Summit Roast Coffee delivery is on ${formatDate(after, "en")}.`);
  });
});

describe("changing the frequency in Korean", () => {
  it("reads '두 달에 한 번' as every 2 months, and the provider then delivers every 2 months", async () => {
    const agent = await agentHarness({ connect: ["recharge"] });
    const talk = await agent.conversation({ email: SOPHIA });
    await talk.say("제 커피 구독 배송 주기를 알려 주세요");
    const proposal = await talk.say("구독 배송을 두 달에 한 번으로 바꿔 주세요");
    expect(proposal.action).toMatchObject({ name: "change_subscription_frequency", status: "proposed" });
    expect(proposal.text).toContain("2개월마다");
    const done = await talk.say("네");
    expect(done.action).toMatchObject({ name: "change_subscription_frequency", status: "done" });
    expect((done.card as SubscriptionCardSeen).frequency).toBe("2개월마다");
  });
});
