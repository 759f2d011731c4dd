import { DEMO_SHOP_DOMAIN } from "../constants";
import { gid } from "../gid";
import type { Shop, ShopPolicy } from "../model";
import { BRAND, RETURNS, SHIPPING, SUBSCRIPTION, usd, WARRANTY } from "./store-facts";
import { daysBefore, type SeedOptions } from "./time";

type PolicySpec = { type: ShopPolicy["type"]; title: string; handle: string; body: string };

const POLICIES: PolicySpec[] = [
  {
    type: "REFUND_POLICY",
    title: "Refund policy",
    handle: "refund-policy",
    body: `<h2>Returns</h2>
<p>We want you to love your gear. You can return most items within <strong>${RETURNS.windowDays} days of delivery</strong> for a refund to your original payment method. Items must be unworn and unwashed, with tags attached. Footwear must be tried indoors only.</p>
<p>To start a return, visit our returns page or email <a href="mailto:${BRAND.email}">${BRAND.email}</a> with your order number. US returns use a prepaid label; ${usd(RETURNS.returnLabelFee)} is deducted from refunds (exchanges and faulty items ship free).</p>
<h2>Exchanges</h2>
<p>Need another size or colour? Exchanges are free within <strong>${RETURNS.exchangeWindowDays} days of delivery</strong>. We ship the replacement as soon as your return is scanned by the carrier. If the new item costs less, we refund the difference; if it is sold out, we refund you instead.</p>
<h2>Non-returnable items</h2>
<ul><li>Gift cards</li><li>Opened coffee</li><li>Items marked final sale</li></ul>
<h2>Damaged, defective or wrong items</h2>
<p>Tell us within ${RETURNS.windowDays} days of delivery with a photo and we will replace or refund the item, shipping included. Our socks are guaranteed for life: if they wear out, we replace them.</p>
<h2>Refunds</h2>
<p>We inspect returns within 3 business days of arrival and email you when the refund is issued. Banks usually post it within ${RETURNS.refundDays}. Original shipping charges are not refunded unless we made a mistake.</p>
<h2>Korea</h2>
<p>Orders delivered in South Korea can be returned through a CJ대한통운 pickup we book for you; the same ${RETURNS.windowDays}-day window applies.</p>`,
  },
  {
    type: "SHIPPING_POLICY",
    title: "Shipping policy",
    handle: "shipping-policy",
    body: `<h2>Processing</h2>
<p>Orders ship from Portland, Oregon within ${SHIPPING.processingDays}. Orders placed after 12 pm Pacific on Friday ship the following Monday. You will get an email with a tracking link as soon as your order ships.</p>
<h2>United States</h2>
<ul>
<li>Standard (UPS Ground or USPS Ground Advantage, ${SHIPPING.standardDays}): ${usd(SHIPPING.standard)}, <strong>free on orders over ${usd(SHIPPING.freeThreshold)}</strong></li>
<li>Expedited (UPS 2nd Day Air or FedEx 2Day, ${SHIPPING.expeditedDays}): ${usd(SHIPPING.expedited)}</li>
</ul>
<p>We ship to PO boxes and APO/FPO addresses with USPS.</p>
<h2>South Korea</h2>
<p>Most orders to Korea ship from our partner warehouse in Incheon with CJ대한통운 and arrive in ${SHIPPING.koreaDays}: ${usd(SHIPPING.korea)}, free over ${usd(SHIPPING.koreaFreeThreshold)}. Duties and VAT are included in our prices.</p>
<h2>International</h2>
<p>Everywhere else we ship with DHL Express in ${SHIPPING.internationalDays} for ${usd(SHIPPING.internationalFlat)}, free over ${usd(SHIPPING.internationalFreeThreshold)}. Duties and taxes are calculated at checkout, so there is nothing to pay on delivery.</p>
<h2>Changes and cancellations</h2>
<p>We can change the address or cancel an order within ${RETURNS.cancelWindowHours} hours of purchase, before it is packed. After it ships, we cannot redirect it, but you can return it.</p>
<h2>Delays and lost parcels</h2>
<p>If tracking has not updated for 5 business days or a parcel is marked delivered but missing, contact us and we will open a claim with the carrier and send a replacement.</p>`,
  },
  {
    type: "PRIVACY_POLICY",
    title: "Privacy policy",
    handle: "privacy-policy",
    body: `<p>${BRAND.name} ("we") collects the information you give us when you place an order, create an account, subscribe or contact us: your name, email, phone, shipping and billing addresses and order history. Payments are processed by Shopify Payments and PayPal; we never see or store your full card number.</p>
<p>We use your information to fulfil orders, provide customer support (including through our AI shopping assistant, which can look up your orders after verifying your email), prevent fraud, and, if you opt in, send marketing emails. You can unsubscribe at any time.</p>
<p>We share data only with service providers who help us run the shop (Shopify, carriers, our Incheon fulfilment partner, email and analytics providers), under contracts that protect it. We do not sell personal information.</p>
<p>You may request access to, correction of or deletion of your data by emailing <a href="mailto:${BRAND.email}">${BRAND.email}</a>. Residents of California, the EU, the UK and South Korea have additional rights under local law, which we honour for everyone.</p>`,
  },
  {
    type: "TERMS_OF_SERVICE",
    title: "Terms of service",
    handle: "terms-of-service",
    body: `<p>These terms govern your use of the ${BRAND.name} online store, operated on Shopify. By placing an order you agree to them.</p>
<p><strong>Products and prices.</strong> We try to describe products and colours accurately, but screens vary. Prices are in US dollars and may change without notice; the price at checkout applies. We may limit quantities or cancel orders affected by pricing errors, and refund you in full.</p>
<p><strong>Discount codes.</strong> One code per order unless stated otherwise. Codes have no cash value, cannot be applied to past orders, and customer-specific codes may only be used by the customer they were issued to.</p>
<p><strong>Warranty.</strong> Our own-brand products carry a ${WARRANTY.years}-year warranty against defects in materials and workmanship. Normal wear, accidents and alterations are not covered.</p>
<p><strong>Liability.</strong> To the extent the law allows, our liability is limited to the amount you paid for the product. These terms are governed by the laws of the State of Oregon.</p>`,
  },
  {
    type: "SUBSCRIPTION_POLICY",
    title: "Subscription policy",
    handle: "subscription-policy",
    body: `<p>The ${SUBSCRIPTION.product} delivers a fresh 12 oz bag every 2 or 4 weeks. Subscribers save ${SUBSCRIPTION.discountPercent}% on every delivery. There is no minimum number of deliveries.</p>
<p><strong>Billing.</strong> We charge the payment method on file on the day each order is created, and roast and ship within 2 business days.</p>
<p><strong>Skip, pause or cancel</strong> from your account or by emailing us at least <strong>${SUBSCRIPTION.cutoffDays} days before your next charge</strong>. Changes after the cut-off apply from the following delivery. You can pause for up to ${SUBSCRIPTION.maxPauseMonths} months at a time; the subscription resumes automatically.</p>
<p><strong>Refunds.</strong> Opened coffee cannot be returned. If a bag arrives damaged or stale, tell us within 14 days and we will replace it.</p>`,
  },
  {
    type: "CONTACT_INFORMATION",
    title: "Contact information",
    handle: "contact-information",
    body: `<p>${BRAND.name}<br>${BRAND.address}<br>Email: <a href="mailto:${BRAND.email}">${BRAND.email}</a><br>Phone: ${BRAND.phone} (${BRAND.supportHours})</p>`,
  },
];

export function buildShop({ baseUrl, now }: SeedOptions): Shop {
  const storefront = `${baseUrl}/demo/storefront`;
  return {
    __typename: "Shop",
    id: gid("Shop", 68_800_001),
    name: BRAND.name,
    email: BRAND.email,
    contactEmail: BRAND.email,
    description: "Outdoor apparel and gear designed in Portland, Oregon, built to be repaired and worn for years.",
    myshopifyDomain: DEMO_SHOP_DOMAIN,
    url: storefront,
    currencyCode: "USD",
    enabledPresentmentCurrencies: ["USD"],
    ianaTimezone: "America/Los_Angeles",
    timezoneAbbreviation: "PT",
    weightUnit: "POUNDS",
    unitSystem: "IMPERIAL_SYSTEM",
    taxesIncluded: false,
    taxShipping: false,
    shipsToCountries: ["US", "KR", "CA", "JP", "GB", "DE", "AU"],
    orderNumberFormatPrefix: "#",
    orderNumberFormatSuffix: "",
    shopOwnerName: BRAND.owner,
    createdAt: daysBefore(now, 900),
    updatedAt: daysBefore(now, 14),
    shopPolicies: POLICIES.map((policy, index) => ({
      __typename: "ShopPolicy",
      id: gid("ShopPolicy", 41_100_001 + index),
      type: policy.type,
      title: policy.title,
      body: policy.body,
      url: `${storefront}/policies/${policy.handle}`,
      createdAt: daysBefore(now, 880),
      updatedAt: daysBefore(now, 30 + index),
    })),
  };
}
