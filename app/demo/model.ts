/**
 * The demo store's data: plain objects shaped like Admin API objects (field names, `__typename`, enum names,
 * decimal-string money), so the executor can serve them to any query without per-field resolvers.
 * Getters derive what Shopify derives (totals, counts, availability), so they stay right after a mutation.
 */

export type Money = { amount: string; currencyCode: "USD" };
export type MoneyBag = { shopMoney: Money; presentmentMoney: Money };
export type Image = { __typename: "Image"; url: string; altText: string; width: number; height: number };

export type MailingAddress = {
  __typename: "MailingAddress";
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  address1: string;
  address2: string | null;
  city: string;
  province: string | null;
  provinceCode: string | null;
  zip: string;
  country: string;
  countryCodeV2: string;
  phone: string | null;
};

export type ProductVariant = {
  __typename: "ProductVariant";
  id: string;
  title: string;
  displayName: string;
  sku: string;
  price: string;
  compareAtPrice: string | null;
  position: number;
  inventoryQuantity: number;
  inventoryPolicy: "DENY" | "CONTINUE";
  selectedOptions: { name: string; value: string }[];
  taxable: boolean;
  createdAt: string;
  updatedAt: string;
  product: Product;
  readonly availableForSale: boolean;
  readonly sellableOnlineQuantity: number;
};

export type Product = {
  __typename: "Product";
  id: string;
  title: string;
  handle: string;
  description: string;
  descriptionHtml: string;
  productType: string;
  vendor: string;
  tags: string[];
  status: "ACTIVE" | "DRAFT" | "ARCHIVED";
  isGiftCard: boolean;
  tracksInventory: boolean;
  requiresSellingPlan: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  onlineStoreUrl: string | null;
  featuredMedia: {
    __typename: "MediaImage";
    id: string;
    alt: string;
    mediaContentType: "IMAGE";
    status: "READY";
    image: Image;
    preview: { image: Image; status: "READY" };
  };
  options: { __typename: "ProductOption"; id: string; name: string; position: number; values: string[] }[];
  variants: ProductVariant[];
  readonly hasOnlyDefaultVariant: boolean;
  readonly hasOutOfStockVariants: boolean;
  readonly totalInventory: number;
  readonly priceRangeV2: { minVariantPrice: Money; maxVariantPrice: Money };
};

export type Customer = {
  __typename: "Customer";
  id: string;
  firstName: string;
  lastName: string;
  displayName: string;
  email: string;
  phone: string | null;
  verifiedEmail: boolean;
  locale: string;
  note: string | null;
  tags: string[];
  state: "ENABLED" | "DISABLED" | "INVITED" | "DECLINED";
  taxExempt: boolean;
  createdAt: string;
  updatedAt: string;
  defaultAddress: MailingAddress;
  addressesV2: MailingAddress[];
  defaultEmailAddress: { emailAddress: string; marketingState: "SUBSCRIBED" | "NOT_SUBSCRIBED"; validFormat: boolean };
  defaultPhoneNumber: { phoneNumber: string } | null;
  orders: Order[];
  subscriptionContracts: SubscriptionContract[];
  readonly numberOfOrders: string;
  readonly amountSpent: Money;
  readonly lastOrder: Order | null;
};

export type LineItem = {
  __typename: "LineItem";
  id: string;
  title: string;
  name: string;
  variantTitle: string | null;
  sku: string;
  vendor: string;
  quantity: number;
  requiresShipping: boolean;
  taxable: boolean;
  isGiftCard: boolean;
  image: Image;
  product: Product;
  variant: ProductVariant;
  originalUnitPriceSet: MoneyBag;
  originalTotalSet: MoneyBag;
  discountedUnitPriceSet: MoneyBag;
  customAttributes: { key: string; value: string }[];
  readonly currentQuantity: number;
  readonly unfulfilledQuantity: number;
};

export type FulfillmentLineItem = {
  __typename: "FulfillmentLineItem";
  id: string;
  lineItem: LineItem;
  quantity: number;
  originalTotalSet: MoneyBag;
  discountedTotalSet: MoneyBag;
};

export type FulfillmentDisplayStatus =
  | "ATTEMPTED_DELIVERY" | "CONFIRMED" | "DELAYED" | "DELIVERED" | "FAILURE" | "FULFILLED" | "IN_TRANSIT"
  | "LABEL_PURCHASED" | "OUT_FOR_DELIVERY" | "CARRIER_PICKED_UP" | "LABEL_PRINTED";

export type Fulfillment = {
  __typename: "Fulfillment";
  id: string;
  name: string;
  status: "SUCCESS" | "CANCELLED" | "ERROR" | "FAILURE" | "OPEN" | "PENDING";
  displayStatus: FulfillmentDisplayStatus;
  createdAt: string;
  updatedAt: string;
  inTransitAt: string | null;
  estimatedDeliveryAt: string | null;
  deliveredAt: string | null;
  requiresShipping: boolean;
  trackingInfo: { company: string; number: string; url: string }[];
  fulfillmentLineItems: FulfillmentLineItem[];
  order: Order;
  readonly totalQuantity: number;
};

/** Why the merchant holds a fulfillment order (Shopify's FulfillmentHoldReason) and what they noted for the shopper. */
export type FulfillmentHold = {
  __typename: "FulfillmentHold";
  reason: "AWAITING_PAYMENT" | "HIGH_RISK_OF_FRAUD" | "INCORRECT_ADDRESS" | "INVENTORY_OUT_OF_STOCK" | "OTHER" | "UNKNOWN_DELIVERY_DATE";
  reasonNotes: string | null;
};

/** The work still to do on an order: its unshipped items, one group per order in the demo (one location). */
export type FulfillmentOrder = {
  __typename: "FulfillmentOrder";
  id: string;
  status: "CANCELLED" | "CLOSED" | "IN_PROGRESS" | "ON_HOLD" | "OPEN";
  fulfillBy: string | null;
  fulfillmentHolds: FulfillmentHold[];
};

export type ReturnStatus = "REQUESTED" | "OPEN" | "CLOSED" | "DECLINED" | "CANCELED";

export type ReturnReason =
  | "COLOR" | "DEFECTIVE" | "NOT_AS_DESCRIBED" | "OTHER" | "SIZE_TOO_LARGE" | "SIZE_TOO_SMALL" | "STYLE" | "UNKNOWN"
  | "UNWANTED" | "WRONG_ITEM";

export type ReturnLineItem = {
  __typename: "ReturnLineItem";
  id: string;
  fulfillmentLineItem: FulfillmentLineItem;
  quantity: number;
  returnReason: ReturnReason;
  returnReasonNote: string;
  customerNote: string | null;
};

export type Return = {
  __typename: "Return";
  id: string;
  name: string;
  status: ReturnStatus;
  createdAt: string;
  closedAt: string | null;
  order: Order;
  returnLineItems: ReturnLineItem[];
  readonly totalQuantity: number;
};

export type OrderDisplayFinancialStatus = "PAID" | "PENDING" | "AUTHORIZED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "VOIDED";
export type OrderDisplayFulfillmentStatus = "FULFILLED" | "IN_PROGRESS" | "ON_HOLD" | "PARTIALLY_FULFILLED" | "UNFULFILLED";

export type Order = {
  __typename: "Order";
  id: string;
  name: string;
  number: number;
  confirmationNumber: string;
  email: string;
  phone: string | null;
  createdAt: string;
  processedAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  cancelReason: "CUSTOMER" | "DECLINED" | "FRAUD" | "INVENTORY" | "OTHER" | "STAFF" | null;
  closed: boolean;
  closedAt: string | null;
  confirmed: boolean;
  test: boolean;
  currencyCode: "USD";
  presentmentCurrencyCode: "USD";
  displayFinancialStatus: OrderDisplayFinancialStatus;
  displayFulfillmentStatus: OrderDisplayFulfillmentStatus;
  statusPageUrl: string;
  note: string | null;
  tags: string[];
  sourceName: string;
  paymentGatewayNames: string[];
  discountCodes: string[];
  discountCode: string | null;
  customerLocale: string;
  customer: Customer;
  shippingAddress: MailingAddress;
  billingAddress: MailingAddress;
  shippingLine: { __typename: "ShippingLine"; title: string; code: string; source: string; originalPriceSet: MoneyBag; discountedPriceSet: MoneyBag };
  lineItems: LineItem[];
  fulfillments: Fulfillment[];
  /** Holds on the unshipped items; `fulfillmentOrders` reads them. */
  fulfillmentHolds: FulfillmentHold[];
  /** When the unshipped items are expected to ship, if the merchant knows (a restock date). */
  fulfillBy: string | null;
  readonly fulfillmentOrders: FulfillmentOrder[];
  returns: Return[];
  subtotalPriceSet: MoneyBag;
  totalDiscountsSet: MoneyBag;
  totalShippingPriceSet: MoneyBag;
  totalTaxSet: MoneyBag;
  totalPriceSet: MoneyBag;
  totalRefundedSet: MoneyBag;
  totalReceivedSet: MoneyBag;
  readonly currentTotalPriceSet: MoneyBag;
  readonly subtotalLineItemsQuantity: number;
  readonly returnStatus: "NO_RETURN" | "RETURN_REQUESTED" | "IN_PROGRESS" | "RETURNED";
  readonly fulfillable: boolean;
  readonly unpaid: boolean;
  readonly fullyPaid: boolean;
  readonly refundable: boolean;
  readonly requiresShipping: boolean;
};

export type ShopPolicy = {
  __typename: "ShopPolicy";
  id: string;
  type: "REFUND_POLICY" | "SHIPPING_POLICY" | "PRIVACY_POLICY" | "TERMS_OF_SERVICE" | "SUBSCRIPTION_POLICY" | "CONTACT_INFORMATION";
  title: string;
  body: string;
  url: string;
  createdAt: string;
  updatedAt: string;
};

export type Shop = {
  __typename: "Shop";
  id: string;
  name: string;
  email: string;
  contactEmail: string;
  description: string;
  myshopifyDomain: string;
  url: string;
  currencyCode: "USD";
  enabledPresentmentCurrencies: string[];
  ianaTimezone: string;
  timezoneAbbreviation: string;
  weightUnit: "POUNDS";
  unitSystem: "IMPERIAL_SYSTEM";
  taxesIncluded: boolean;
  taxShipping: boolean;
  shipsToCountries: string[];
  orderNumberFormatPrefix: string;
  orderNumberFormatSuffix: string;
  shopOwnerName: string;
  createdAt: string;
  updatedAt: string;
  shopPolicies: ShopPolicy[];
};

export type DiscountCustomerSelection =
  | { __typename: "DiscountCustomerAll"; allCustomers: true }
  | { __typename: "DiscountCustomers"; customers: Customer[] };

export type DiscountMinimumRequirement =
  | { __typename: "DiscountMinimumSubtotal"; greaterThanOrEqualToSubtotal: Money }
  | { __typename: "DiscountMinimumQuantity"; greaterThanOrEqualToQuantity: string };

export type DiscountStatus = "ACTIVE" | "EXPIRED" | "SCHEDULED";

type DiscountCommon = {
  title: string;
  summary: string;
  shortSummary: string;
  startsAt: string;
  endsAt: string | null;
  createdAt: string;
  updatedAt: string;
  asyncUsageCount: number;
  usageLimit: number | null;
  appliesOncePerCustomer: boolean;
  tags: string[];
  minimumRequirement: DiscountMinimumRequirement | null;
  combinesWith: { orderDiscounts: boolean; productDiscounts: boolean; shippingDiscounts: boolean };
  /** Shopify's discount type (the `type:` search filter), e.g. percentage or free_shipping. */
  valueType: "percentage" | "fixed_amount" | "free_shipping";
  status: DiscountStatus;
};

/** What a basic discount gives, and on what: the whole order or some collections (a free-shipping discount has none). */
export type DiscountCustomerGets = {
  __typename: "DiscountCustomerGets";
  value: { __typename: "DiscountPercentage"; percentage: number } | { __typename: "DiscountAmount"; amount: Money; appliesOnEachItem: boolean };
  items: { __typename: "AllDiscountItems"; allItems: true } | { __typename: "DiscountCollections"; collections: { __typename: "Collection"; id: string; title: string }[] };
  appliesOnOneTimePurchase: boolean;
  appliesOnSubscription: boolean;
};

export type CodeDiscount = DiscountCommon & {
  codes: { __typename: "DiscountRedeemCode"; id: string; code: string; asyncUsageCount: number }[];
  /** Deprecated by Shopify in favour of `context`; both say who may use the code. */
  customerSelection: DiscountCustomerSelection;
  context: { __typename: "DiscountBuyerSelectionAll"; all: "ALL" } | Extract<DiscountCustomerSelection, { __typename: "DiscountCustomers" }>;
} & ({ __typename: "DiscountCodeBasic"; customerGets: DiscountCustomerGets } | { __typename: "DiscountCodeFreeShipping" });

export type AutomaticDiscount = DiscountCommon & { __typename: "DiscountAutomaticBasic" };

export type DiscountNode = { __typename: "DiscountNode"; id: string; discount: CodeDiscount | AutomaticDiscount };

export type SellingPlanInterval = "DAY" | "WEEK" | "MONTH" | "YEAR";

export type SubscriptionBillingPolicy = {
  __typename: "SubscriptionBillingPolicy";
  interval: SellingPlanInterval;
  intervalCount: number;
  anchors: never[];
  minCycles: number | null;
  maxCycles: number | null;
};

export type SubscriptionDeliveryPolicy = {
  __typename: "SubscriptionDeliveryPolicy";
  interval: SellingPlanInterval;
  intervalCount: number;
  anchors: never[];
};

export type SubscriptionContractStatus = "ACTIVE" | "PAUSED" | "CANCELLED" | "EXPIRED" | "FAILED";

export type SubscriptionLine = {
  __typename: "SubscriptionLine";
  id: string;
  title: string;
  variantTitle: string | null;
  variantId: string;
  productId: string;
  sku: string;
  quantity: number;
  currentPrice: Money;
  readonly lineDiscountedPrice: Money;
  requiresShipping: boolean;
  taxable: boolean;
  sellingPlanId: string | null;
  sellingPlanName: string | null;
  variantImage: Image;
  customAttributes: { key: string; value: string }[];
  discountAllocations: never[];
};

export type SubscriptionContract = {
  __typename: "SubscriptionContract";
  id: string;
  status: SubscriptionContractStatus;
  createdAt: string;
  updatedAt: string;
  /** Managed by the app that owns the contract; Shopify's billing cycles are computed from it and the policy. */
  nextBillingDate: string | null;
  /** Bumped on every change, so a draft made before a change cannot be committed over it (STALE_CONTRACT). */
  revisionId: string;
  currencyCode: "USD";
  customer: Customer;
  originOrder: Order | null;
  orders: Order[];
  billingPolicy: SubscriptionBillingPolicy;
  deliveryPolicy: SubscriptionDeliveryPolicy;
  deliveryPrice: Money;
  lines: SubscriptionLine[];
  note: string | null;
  customAttributes: { key: string; value: string }[];
  lastPaymentStatus: "SUCCEEDED" | "FAILED" | null;
  /**
   * Not Shopify fields: where the demo's billing-cycle schedule is pinned (the cycle billed on nextBillingDate and
   * its index, moved when the policy changes) and which cycles were skipped.
   */
  cycleAnchor: { index: number; billingDate: string };
  skippedCycles: Set<number>;
};

/** An edit of a contract in progress (subscriptionContractUpdate → subscriptionDraft* → subscriptionDraftCommit). */
export type SubscriptionDraft = {
  __typename: "SubscriptionDraft";
  id: string;
  originalContract: SubscriptionContract;
  /** The contract's revision when the draft was made. */
  baseRevisionId: string;
  committed: boolean;
  status: SubscriptionContractStatus;
  nextBillingDate: string | null;
  billingPolicy: SubscriptionBillingPolicy;
  deliveryPolicy: SubscriptionDeliveryPolicy;
  note: string | null;
  currencyCode: "USD";
  customer: Customer;
  lines: SubscriptionLine[];
  deliveryPrice: Money;
  customAttributes: { key: string; value: string }[];
};

/** Everything the demo store serves; the executor's root fields read these lists by name. */
export type DemoShopData = {
  shop: Shop;
  products: Product[];
  customers: Customer[];
  orders: Order[];
  discountNodes: DiscountNode[];
  subscriptionContracts: SubscriptionContract[];
};
