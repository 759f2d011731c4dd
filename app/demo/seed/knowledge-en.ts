import { DISCOUNTS } from "./discounts";
import { BRAND, LOYALTY, RETURNS, SHIPPING, SUBSCRIPTION, usd, WARRANTY } from "./store-facts";

export type KnowledgeArticle = { title: string; body: string };

const publicCode = (code: string) => {
  const discount = DISCOUNTS.find((d) => d.code === code);
  if (!discount || discount.customers) throw new Error(`demo seed: ${code} is not a public discount code`);
  return discount;
};
const welcome = publicCode("WELCOME10");
const trail = publicCode("TRAIL20");
const freeShipping = publicCode("FREESHIP");

export const ENGLISH_ARTICLES: KnowledgeArticle[] = [
  {
    title: "FAQ: Shipping times and costs",
    body: `## When will my order ship?
Orders ship from Portland, Oregon within ${SHIPPING.processingDays}. Orders placed after 12 pm Pacific on Friday ship on Monday. You get an email with a tracking link when your order ships.

## How much is shipping in the US?
| Method | Delivery time | Cost |
| --- | --- | --- |
| Standard (UPS Ground / USPS Ground Advantage) | ${SHIPPING.standardDays} | ${usd(SHIPPING.standard)}, free over ${usd(SHIPPING.freeThreshold)} |
| Expedited (UPS 2nd Day Air / FedEx 2Day) | ${SHIPPING.expeditedDays} | ${usd(SHIPPING.expedited)} |

Delivery times start when the order ships, not when it is placed.

## Can I ship to a PO box?
Yes. PO boxes and APO/FPO addresses ship with USPS.

## My order shows "label created" but has not moved
The carrier scans the parcel when it picks it up from our warehouse, usually the same or next business day. If nothing changes for 2 business days, contact us.`,
  },
  {
    title: "FAQ: International shipping",
    body: `We ship to South Korea, Canada, Japan, the UK, Germany and Australia.

- **South Korea:** most orders ship from our partner warehouse in Incheon with CJ대한통운 and arrive in ${SHIPPING.koreaDays}. ${usd(SHIPPING.korea)}, free over ${usd(SHIPPING.koreaFreeThreshold)}. Duties and VAT are included in the price.
- **Items not stocked in Korea** and all other countries ship from Portland with DHL Express in ${SHIPPING.internationalDays}: ${usd(SHIPPING.internationalFlat)}, free over ${usd(SHIPPING.internationalFreeThreshold)}.
- Duties and import taxes are calculated at checkout, so nothing is due on delivery.
- Customs can add 1–3 days; DHL shows "clearance event" while a parcel is being cleared.

Returns from outside the US: see "Returns and exchanges". Korean customers can book a free CJ대한통운 pickup.`,
  },
  {
    title: "Sizing guide",
    body: `Our fit is true to size with room for a base layer. Between sizes? Size up for jackets and down for merino tees.

## Tops and jackets (body measurements, inches)
| Size | Chest | Waist |
| --- | --- | --- |
| S | 35–37 | 29–31 |
| M | 38–40 | 32–34 |
| L | 41–43 | 35–37 |
| XL | 44–46 | 38–40 |

## Pants
Switchback Hiking Pants come in waist sizes 30–36 with a 32" inseam; hemming is free at our Portland shop.

## Footwear (US men's sizes)
Granite Peak boots run a half size large: most people take a half size down from their sneakers. Trail Runner GTX runs true to size; if you are between sizes, go up. Women: subtract 1.5 from your usual women's size.

## Socks
| Size | Men's shoe | Women's shoe |
| --- | --- | --- |
| S | — | 5–7 |
| M | 6–8.5 | 7.5–10 |
| L | 9–11.5 | 10.5–12 |
| XL | 12–14 | — |

## Kids
Kids' Puddle Jumper sizes are by age (XS 4–5 up to L 12–14); the cuffs fold down for an extra season.`,
  },
  {
    title: "Care instructions",
    body: `- **Rain shells:** machine wash warm with a technical wash (no fabric softener), then tumble dry low for 20 minutes to reactivate the water repellency. Re-proof once a season with a spray-on DWR.
- **Down (parka, sleeping bag):** front-loading machine only, down wash, two extra rinses, tumble dry low with three clean tennis balls until completely dry (2–3 hours). Store uncompressed.
- **Merino:** wash cool on a wool cycle, lay flat to dry. Merino resists odor, so airing it out often does the job.
- **Fleece and tees:** wash cold, tumble dry low. Organic cotton is pre-shrunk.
- **Leather boots:** brush off dirt, let dry away from heat, and condition the leather twice a season. The Vibram sole can be replaced by any cobbler.
- **Insulated bottles and enamel mugs:** hand wash; mugs are dishwasher safe but chips in the enamel are cosmetic.`,
  },
  {
    title: "Warranty and repairs",
    body: `Every ${BRAND.name} product is guaranteed against defects in materials and workmanship for **${WARRANTY.years} years** from purchase. Our socks are guaranteed for life: if they wear out, send a photo and we will replace them.

**What is covered:** failed seams, delaminating shells, broken zippers and buckles, sole separation.
**What is not covered:** normal wear, accidents, burns, pet damage, or alterations. We repair those at cost.

**How to make a claim:** email ${BRAND.email} with your order number and photos. We reply within 2 business days with a free repair, replacement or refund. Products from other brands (Lumen Trail, Switchback Roasters) follow their maker's warranty; we handle the claim for you.`,
  },
  {
    title: "Changing or cancelling an order",
    body: `We start packing quickly, so changes have a short window.

- **Within ${RETURNS.cancelWindowHours} hours of ordering** and before the order is packed, we can change the shipping address, swap a size or colour, or cancel the order for a full refund.
- **Once the order is being fulfilled** (status "in progress") or has shipped, it can no longer be cancelled. You can return it for a refund when it arrives — see "Returns and exchanges".
- **Orders on hold** (for example, an address we could not verify) ship as soon as you confirm the details; you can still cancel them.
- Refunds for cancelled orders go back to the original payment method within ${RETURNS.refundDays}. Orders that were never charged are simply voided.

Our assistant can cancel an unfulfilled order for you after confirming your email and the order number.`,
  },
  {
    title: "Returns and exchanges",
    body: `- **Returns:** within **${RETURNS.windowDays} days of delivery**, unworn and unwashed with tags attached. Refunds go to the original payment method; a ${usd(RETURNS.returnLabelFee)} label fee is deducted for US returns.
- **Exchanges:** free within **${RETURNS.exchangeWindowDays} days of delivery** for another size or colour. We ship the replacement as soon as your return is scanned.
- **Not returnable:** gift cards, opened coffee, final-sale items.
- **Faulty or wrong items:** we cover shipping both ways and replace or refund.
- **Refund timing:** we inspect within 3 business days of arrival; your bank usually posts the refund within ${RETURNS.refundDays}.

To start, give us your order number and the email you ordered with. If a return is already open for an order, we finish that one before starting another.`,
  },
  {
    title: "Discount codes and promotions",
    body: `- **${welcome.code}:** ${welcome.value}% off your first order when you join our newsletter (one use per customer).
- **${freeShipping.code}:** free shipping on one order for newsletter subscribers.
- **${trail.code}:** ${usd(trail.value)} off orders over ${usd(trail.minSubtotal ?? 0)}.
- Seasonal sales are announced by email; sale codes have an end date and stop working after it.
- Some codes are personal (for example a thank-you for VIP customers, or an apology after a delayed delivery) and only work when you are signed in as that customer.

**Rules:** one code per order; codes cannot be added to an order after it is placed and have no cash value. Summit Rewards points can be combined with a code.

**Code not working?** Check the minimum purchase, the end date, that it is not a personal code for another account, and that the cart does not contain gift cards.`,
  },
  {
    title: "Summit Rewards loyalty program",
    body: `Summit Rewards is free to join with an account.

- Earn **${LOYALTY.pointsPerDollar} point per $1** spent (before tax and shipping), ${LOYALTY.reviewPoints} points for a product review and ${LOYALTY.birthdayPoints} points on your birthday.
- Redeem **${LOYALTY.redeemPoints} points for ${usd(LOYALTY.redeemValue)} off**, at checkout or with our assistant.
- Points expire after ${LOYALTY.expiryMonths} months without a purchase. Returned items deduct the points they earned.

| Tier | Points in 12 months | Perks |
| --- | --- | --- |
${LOYALTY.tiers.map((tier) => `| ${tier.name} | ${tier.from}+ | ${tier.perk} |`).join("\n")}`,
  },
  {
    title: "Coffee subscription: skip, pause or cancel",
    body: `The ${SUBSCRIPTION.product} ships a fresh 12 oz bag from Switchback Roasters every 2 or 4 weeks, ${SUBSCRIPTION.discountPercent}% off the one-time price. There is no commitment.

- **Skip** a delivery, **change** grind or frequency, or **cancel** from your account or by emailing us at least **${SUBSCRIPTION.cutoffDays} days before the next charge**. Later changes apply from the following delivery.
- **Pause** for up to ${SUBSCRIPTION.maxPauseMonths} months; it resumes automatically and we email you a week before.
- We charge on the day each order is created and ship within 2 business days of roasting.
- Opened coffee cannot be returned, but a damaged or stale bag is replaced free within 14 days.`,
  },
  {
    title: "Tracking your order",
    body: `Every shipment has a tracking link in the shipping confirmation email and on the order status page. What the statuses mean:

- **Label created / confirmed:** we bought the label; the carrier has not scanned the parcel yet.
- **In transit:** moving through the carrier's network. The estimated delivery date comes from the carrier.
- **Out for delivery:** on the truck today.
- **Attempted delivery:** the carrier tried and will try again the next business day, or left a notice. Check for a note and make sure someone can sign if needed.
- **Delayed:** the carrier reported a delay (weather, volume). Most arrive within 2 extra days.
- **Delivered:** if it is not there, check with neighbours and your building's mailroom, then contact us within 5 days.
- **Failure:** the carrier could not deliver (damaged, undeliverable address, returned to sender). Contact us and we will send a replacement or refund.

Orders with several items may ship in more than one parcel; each has its own tracking number.`,
  },
  {
    title: "Gift cards",
    body: `Alpenglow gift cards come in $25, $50, $100 and $200, are delivered by email, and **never expire**. They can be used for anything in the shop, combined with a discount code, and split across several orders. Gift cards cannot be returned or exchanged for cash. Lost the email? We can resend it to the purchaser's address.`,
  },
  {
    title: "Our story",
    body: `${BRAND.name} started in ${BRAND.founded} when ${BRAND.owner}, a former Mount Hood ski patroller, began repairing friends' rain shells in a garage on Alberta Street in Portland. Today we design apparel and gear for wet, wild places and build it to last: recycled and organic materials, repairable construction, and a ${WARRANTY.years}-year warranty on everything we make.

We give 1% of sales to trail stewardship groups in Oregon and Korea, run a free repair clinic every Saturday at our Portland shop, and partner with Switchback Roasters for the coffee that fuels our early starts.

Questions? Write to ${BRAND.email} or call ${BRAND.phone} (${BRAND.supportHours}).`,
  },
];
