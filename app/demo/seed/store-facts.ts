/**
 * The demo brand's facts, in one place: the shop policies, the knowledge-base articles, the discounts and the
 * orders all quote these, so the agent never finds two answers to one question.
 */
export const BRAND = {
  name: "Alpenglow Supply Co.",
  vendor: "Alpenglow Supply Co.",
  email: "help@alpenglow-supply.example",
  phone: "+1 (503) 555-0100",
  address: "2130 NW Front Ave, Portland, OR 97209, United States",
  supportHours: "Monday to Friday, 8 am to 6 pm Pacific",
  koreanSupportHours: "평일 오전 10시~오후 6시 (한국 시간)",
  founded: 2014,
  owner: "Maya Lindqvist",
} as const;

export const SHIPPING = {
  freeThreshold: 75,
  standard: 8.95,
  standardDays: "3–5 business days",
  expedited: 18.95,
  expeditedDays: "2 business days",
  processingDays: "1–2 business days",
  internationalFlat: 24.95,
  internationalFreeThreshold: 200,
  internationalDays: "5–8 business days",
  korea: 9.95,
  koreaFreeThreshold: 100,
  koreaDays: "2–4 business days",
} as const;

export const RETURNS = {
  windowDays: 30,
  exchangeWindowDays: 45,
  returnLabelFee: 6.95,
  refundDays: "5–10 business days",
  cancelWindowHours: 2,
} as const;

export const WARRANTY = { years: 2 } as const;

export const LOYALTY = {
  name: "Summit Rewards",
  pointsPerDollar: 1,
  reviewPoints: 50,
  birthdayPoints: 200,
  redeemPoints: 100,
  redeemValue: 5,
  expiryMonths: 18,
  tiers: [
    { name: "Base Camp", from: 0, perk: "1 point per $1, birthday bonus" },
    { name: "Ridge", from: 500, perk: "1.25 points per $1, free expedited shipping twice a year" },
    { name: "Summit", from: 1500, perk: "1.5 points per $1, free shipping on every order, early access to launches" },
  ],
} as const;

export const SUBSCRIPTION = {
  product: "Summit Roast Coffee Subscription",
  discountPercent: 10,
  cutoffDays: 3,
  maxPauseMonths: 3,
} as const;

export const usd = (amount: number) => `$${amount.toFixed(2)}`;
