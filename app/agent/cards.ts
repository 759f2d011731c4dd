import { z } from "zod";

/**
 * Rich cards: typed JSON the skills produce and each channel renders (webchat draws them, SMS and email turn them
 * into text with links). Action buttons are data too; the widget decides how each kind behaves.
 */
export const CardAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("link"), label: z.string(), url: z.string() }),
  /** Sends `text` as the shopper's next message (quick replies, "Start a return"). */
  z.object({ kind: z.literal("reply"), label: z.string(), text: z.string() }),
  /** An irreversible action: the widget asks before sending `text`. */
  z.object({ kind: z.literal("confirm"), label: z.string(), text: z.string(), warning: z.string() }),
  z.object({ kind: z.literal("copy"), label: z.string(), value: z.string() }),
  z.object({ kind: z.literal("apply_discount"), label: z.string(), code: z.string() }),
  /** Adds the variant to the storefront's cart (`quantity`, 1 unless the shopper asked for more). */
  z.object({ kind: z.literal("add_to_cart"), label: z.string(), variantId: z.string(), quantity: z.number().int().positive().optional() }),
  /**
   * Add to cart for a product that comes in several variants: the widget shows them under `prompt` ("Choose a size
   * and colour") and adds only the one the shopper picks, never a first one on their behalf.
   */
  z.object({
    kind: z.literal("choose_variant"),
    label: z.string(),
    prompt: z.string(),
    variants: z.array(z.object({ variantId: z.string(), title: z.string() })).min(2),
    quantity: z.number().int().positive().optional(),
  }),
]);
export type CardAction = z.infer<typeof CardAction>;

const Money = z.object({ amount: z.string(), currencyCode: z.string() });

export const OrderCard = z.object({
  type: z.literal("order"),
  orderId: z.string(),
  name: z.string(),
  placedAt: z.string(),
  status: z.string(),
  total: Money,
  items: z.array(z.object({ title: z.string(), quantity: z.number(), imageUrl: z.string().nullable() })),
  shipments: z.array(
    z.object({
      /** Shopify's state (IN_TRANSIT, CONFIRMED…); `statusLabel` is its word in the shopper's language (status-words.ts). */
      status: z.string(),
      // Cards stored before labels were added lack it; readers fall back to status-words.ts.
      statusLabel: z.string().optional(),
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
      trackingUrl: z.string().nullable(),
      estimatedDeliveryAt: z.string().nullable(),
      deliveredAt: z.string().nullable(),
    }),
  ),
  statusPageUrl: z.string(),
  actions: z.array(CardAction),
});

// A reply carries at most one card; coupon and product cards hold a short list the widget shows as a carousel.
export const CouponCard = z.object({
  type: z.literal("coupon"),
  coupons: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      summary: z.string(),
      endsAt: z.string().nullable(),
      personal: z.boolean(),
      actions: z.array(CardAction),
    }),
  ),
});

export const ProductCard = z.object({
  type: z.literal("product"),
  products: z.array(
    z.object({
      productId: z.string(),
      title: z.string(),
      price: Money,
      imageUrl: z.string().nullable(),
      url: z.string().nullable(),
      available: z.boolean(),
      actions: z.array(CardAction),
    }),
  ),
});

export const LoyaltyCard = z.object({
  type: z.literal("loyalty"),
  programName: z.string(),
  pointsBalance: z.number(),
  tier: z.string().nullable(),
  rewards: z.array(z.object({ id: z.string(), name: z.string(), pointsCost: z.number(), affordable: z.boolean() })),
  actions: z.array(CardAction),
});

export const SubscriptionCard = z.object({
  type: z.literal("subscription"),
  subscriptionId: z.string(),
  productTitle: z.string(),
  /** The provider's state (active, paused, cancelled); `statusLabel` is its word in the shopper's language. */
  status: z.string(),
  statusLabel: z.string().optional(),
  frequency: z.string(),
  nextChargeAt: z.string().nullable(),
  price: Money.nullable(),
  actions: z.array(CardAction),
});

export const ReturnCard = z.object({
  type: z.literal("return"),
  orderId: z.string(),
  orderName: z.string(),
  eligibleItems: z.array(z.object({ title: z.string(), quantity: z.number() })),
  portalUrl: z.string().nullable(),
  policySummary: z.string().nullable(),
  actions: z.array(CardAction),
});

/** For a guest asked to log in: the button to the storefront's login page (the text carries the same link). */
export const LoginCard = z.object({
  type: z.literal("login"),
  actions: z.array(CardAction),
});

export const Card = z.discriminatedUnion("type", [OrderCard, CouponCard, ProductCard, LoyaltyCard, SubscriptionCard, ReturnCard, LoginCard]);
export type Card = z.infer<typeof Card>;
export type OrderCard = z.infer<typeof OrderCard>;
export type CouponCard = z.infer<typeof CouponCard>;
export type ProductCard = z.infer<typeof ProductCard>;
export type ReturnCard = z.infer<typeof ReturnCard>;
export type SubscriptionCard = z.infer<typeof SubscriptionCard>;
export type LoyaltyCard = z.infer<typeof LoyaltyCard>;
export type LoginCard = z.infer<typeof LoginCard>;
