import { Badge, BlockStack, Box, Button, Divider, InlineCode, InlineGrid, InlineStack, Link, Text, Thumbnail, Tooltip } from "@shopify/polaris";
import { useState, type ReactNode } from "react";
import type { Card, CardAction, CouponCard, LoginCard, OrderCard, ProductCard, ReturnCard } from "../../agent/cards";
import { formatDate, formatMoney } from "../../agent/language";
import { shipmentStatusLabel, subscriptionStatusLabel } from "../../agent/status-words";
import { useAdminLocale, useT, type AdminLocale, type Text as Message } from "../i18n";

/**
 * The storefront widget's cards (extensions/customer-agent-chat/assets/chat-widget.js), drawn with Polaris so a
 * merchant sees what the shopper saw: the same facts, the same buttons. Buttons that act on the shopper's storefront
 * (copy a code, apply it to the cart, add to cart) are shown but cannot be pressed here.
 */
export type CardPreviewProps = {
  card: Card;
  /** Inside the Shopify admin: order names link to the order's admin page. */
  adminLinks: boolean;
  /** Where the agent can be answered (the preview): reply buttons send their text as the next message. */
  onReply?: (text: string) => void;
};

type LoyaltyCard = Extract<Card, { type: "loyalty" }>;
type SubscriptionCard = Extract<Card, { type: "subscription" }>;
type Shipment = OrderCard["shipments"][number];

const MESSAGES = {
  order: { en: "Order {name}", ko: "주문 {name}" },
  openOrder: { en: "Open order {name} in Shopify admin", ko: "Shopify 관리자에서 주문 {name} 열기" },
  placed: { en: "Placed {date}", ko: "{date} 주문" },
  total: { en: "Total", ko: "합계" },
  quantity: { en: "× {n}", ko: "× {n}" },
  trackingNumber: { en: "Tracking number", ko: "운송장 번호" },
  trackPackage: { en: "Track package", ko: "배송 조회" },
  orderStatus: { en: "Order status", ko: "주문 상태" },
  expected: { en: "Expected {date}", ko: "{date} 도착 예정" },
  delivered: { en: "Delivered {date}", ko: "{date} 배송 완료" },
  coupons: { en: "Discount codes", ko: "할인 코드" },
  personal: { en: "Just for you", ko: "회원님 전용" },
  ends: { en: "Ends {date}", ko: "{date}까지" },
  products: { en: "Products", ko: "상품" },
  soldOut: { en: "Sold out", ko: "품절" },
  points: { en: "{n} points", ko: "{n}포인트" },
  tier: { en: "Tier: {tier}", ko: "등급: {tier}" },
  rewards: { en: "Rewards", ko: "리워드" },
  affordable: { en: "Can redeem", ko: "사용 가능" },
  needMore: { en: "{n} more points needed", ko: "{n}포인트 더 필요" },
  nextCharge: { en: "Next charge {date}", ko: "다음 결제일 {date}" },
  returnFor: { en: "Return for {name}", ko: "{name} 반품" },
  eligibleItems: { en: "Items that can be returned", ko: "반품할 수 있는 상품" },
  noEligible: { en: "No items on this order can be returned right now.", ko: "지금은 이 주문에서 반품할 수 있는 상품이 없어요." },
  startReturn: { en: "Start a return", ko: "반품 시작하기" },
  storefrontOnly: { en: "Works for the shopper in the storefront chat", ko: "스토어 채팅에서 고객이 사용하는 버튼이에요" },
  answerOnly: { en: "Sends a reply in the chat; try it in Preview", ko: "채팅에 답장을 보내는 버튼이에요. 미리보기에서 사용해 보세요" },
  confirm: { en: "Confirm", ko: "확인" },
  dismiss: { en: "Not now", ko: "돌아가기" },
} satisfies Record<string, Message>;

/**
 * A shipment's state as the shopper read it: the word the server put on the card, in the shopper's language. Cards
 * stored before cards carried labels fall back to the shared word (status-words.ts) in the admin's language.
 */
export function shipmentStatusText(shipment: Shipment, locale: AdminLocale): string {
  return shipment.statusLabel || shipmentStatusLabel(shipment.status, locale);
}

/** A subscription's state as the shopper read it; see shipmentStatusText. */
export function subscriptionStatusText(card: SubscriptionCard, locale: AdminLocale): string {
  return card.statusLabel || subscriptionStatusLabel(card.status, locale);
}

/** Only http(s) addresses become links: a card is data from outside and must not carry javascript: URLs. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

const numericId = (gid: string) => /(\d+)$/.exec(gid)?.[1] ?? null;

export function CardPreview({ card, ...options }: CardPreviewProps) {
  switch (card.type) {
    case "order":
      return <OrderCardPreview card={card} {...options} />;
    case "coupon":
      return <CouponCardPreview card={card} {...options} />;
    case "product":
      return <ProductCardPreview card={card} {...options} />;
    case "loyalty":
      return <LoyaltyCardPreview card={card} {...options} />;
    case "subscription":
      return <SubscriptionCardPreview card={card} {...options} />;
    case "return":
      return <ReturnCardPreview card={card} {...options} />;
    case "login":
      return <LoginCardPreview card={card} {...options} />;
  }
}

type Options = Omit<CardPreviewProps, "card">;

/** An order's name; inside the Shopify admin, a link to the order's page there. */
export function OrderName({ orderId, name, adminLinks }: { orderId: string; name: string; adminLinks: boolean }) {
  const t = useT();
  const orderNumber = numericId(orderId);
  if (!adminLinks || !orderNumber) return <>{name}</>;
  return (
    <Link url={`shopify://admin/orders/${orderNumber}`} target="_top" accessibilityLabel={t(MESSAGES.openOrder, { name })}>
      {name}
    </Link>
  );
}

function CardFrame({ label, type, children }: { label: string; type: Card["type"]; children: ReactNode }) {
  return (
    <div data-card={type}>
      <Box role="group" aria-label={label} background="bg-surface" borderColor="border" borderWidth="025" borderRadius="300" padding="300">
        <BlockStack gap="200">{children}</BlockStack>
      </Box>
    </div>
  );
}

function useFormat() {
  const locale = useAdminLocale();
  return { money: (money: { amount: string; currencyCode: string }) => formatMoney(money, locale), date: (iso: string) => formatDate(iso, locale) };
}

function OrderCardPreview({ card, adminLinks, onReply }: { card: OrderCard } & Options) {
  const t = useT();
  const format = useFormat();
  const trackingUrls = new Set(card.shipments.map((s) => safeUrl(s.trackingUrl)).filter(Boolean));
  // The widget adds the order status page when the skill did not, and shows each tracking link once.
  const statusPage = safeUrl(card.statusPageUrl);
  const actions = card.actions.filter((a) => !(a.kind === "link" && trackingUrls.has(safeUrl(a.url))));
  if (statusPage && !actions.some((a) => a.kind === "link" && safeUrl(a.url) === statusPage)) {
    actions.push({ kind: "link", label: t(MESSAGES.orderStatus), url: statusPage });
  }
  return (
    <CardFrame label={t(MESSAGES.order, { name: card.name })} type="order">
      <InlineStack align="space-between" blockAlign="center" gap="200">
        <Text as="h3" variant="headingSm">
          <OrderName orderId={card.orderId} name={card.name} adminLinks={adminLinks} />
        </Text>
        <Badge>{card.status}</Badge>
      </InlineStack>
      <Text as="p" tone="subdued">
        {t(MESSAGES.placed, { date: format.date(card.placedAt) })}
      </Text>
      <BlockStack gap="100">
        {card.items.map((item, index) => (
          <InlineStack key={index} align="space-between" blockAlign="center" gap="200" wrap={false}>
            <InlineStack gap="200" blockAlign="center" wrap={false}>
              {safeUrl(item.imageUrl) ? <Thumbnail source={safeUrl(item.imageUrl)!} alt="" size="small" /> : null}
              <Text as="span">{item.title}</Text>
            </InlineStack>
            <Quantity n={item.quantity} />
          </InlineStack>
        ))}
      </BlockStack>
      <InlineStack align="space-between">
        <Text as="span">{t(MESSAGES.total)}</Text>
        <Text as="span" fontWeight="semibold">
          {format.money(card.total)}
        </Text>
      </InlineStack>
      {card.shipments.map((shipment, index) => (
        <ShipmentPreview key={index} shipment={shipment} />
      ))}
      <CardActions actions={actions} onReply={onReply} primaryFirst={trackingUrls.size === 0} />
    </CardFrame>
  );
}

function ShipmentPreview({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const format = useFormat();
  const locale = useAdminLocale();
  const trackingUrl = safeUrl(shipment.trackingUrl);
  return (
    <>
      <Divider />
      <BlockStack gap="100">
        <Text as="p" fontWeight="semibold">
          {[shipmentStatusText(shipment, locale), shipment.carrier].filter(Boolean).join(" · ")}
        </Text>
        {shipment.trackingNumber ? (
          <Text as="p">
            {t(MESSAGES.trackingNumber)}: <InlineCode>{shipment.trackingNumber}</InlineCode>
          </Text>
        ) : null}
        {shipment.deliveredAt || shipment.estimatedDeliveryAt ? (
          <Text as="p" tone="subdued">
            {shipment.deliveredAt
              ? t(MESSAGES.delivered, { date: format.date(shipment.deliveredAt) })
              : t(MESSAGES.expected, { date: format.date(shipment.estimatedDeliveryAt!) })}
          </Text>
        ) : null}
        {trackingUrl ? (
          <InlineStack>
            <Button url={trackingUrl} target="_blank" size="slim" variant="primary">
              {t(MESSAGES.trackPackage)}
            </Button>
          </InlineStack>
        ) : null}
      </BlockStack>
    </>
  );
}

function CouponCardPreview({ card, onReply }: { card: CouponCard } & Options) {
  const t = useT();
  const format = useFormat();
  return (
    <CardFrame label={t(MESSAGES.coupons)} type="coupon">
      {card.coupons.map((coupon, index) => (
        <BlockStack key={coupon.code} gap="100">
          {index > 0 ? <Divider /> : null}
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="h3" variant="headingSm">
              {coupon.title || coupon.code}
            </Text>
            {coupon.personal ? <Badge tone="success">{t(MESSAGES.personal)}</Badge> : null}
          </InlineStack>
          <Text as="p" variant="headingMd">
            <InlineCode>{coupon.code}</InlineCode>
          </Text>
          {coupon.summary ? <Text as="p">{coupon.summary}</Text> : null}
          {coupon.endsAt ? (
            <Text as="p" tone="subdued">
              {t(MESSAGES.ends, { date: format.date(coupon.endsAt) })}
            </Text>
          ) : null}
          <CardActions actions={coupon.actions} onReply={onReply} />
        </BlockStack>
      ))}
    </CardFrame>
  );
}

function ProductCardPreview({ card, onReply }: { card: ProductCard } & Options) {
  const t = useT();
  const format = useFormat();
  return (
    <CardFrame label={t(MESSAGES.products)} type="product">
      <InlineGrid columns={{ xs: 1, sm: 2 }} gap="300">
        {card.products.map((product) => {
          const url = safeUrl(product.url);
          const image = safeUrl(product.imageUrl);
          return (
            <Box key={product.productId} borderColor="border" borderWidth="025" borderRadius="200" padding="200">
              <BlockStack gap="100">
                {image ? <Thumbnail source={image} alt="" size="large" /> : null}
                <Text as="h3" variant="headingSm">
                  {url ? (
                    <Link url={url} target="_blank">
                      {product.title}
                    </Link>
                  ) : (
                    product.title
                  )}
                </Text>
                <Text as="p">{format.money(product.price)}</Text>
                {product.available ? null : (
                  <InlineStack>
                    <Badge tone="critical">{t(MESSAGES.soldOut)}</Badge>
                  </InlineStack>
                )}
                <CardActions actions={product.actions} onReply={onReply} />
              </BlockStack>
            </Box>
          );
        })}
      </InlineGrid>
    </CardFrame>
  );
}

function LoyaltyCardPreview({ card, onReply }: { card: LoyaltyCard } & Options) {
  const t = useT();
  const locale = useAdminLocale();
  const points = (n: number) => t(MESSAGES.points, { n: n.toLocaleString(locale) });
  return (
    <CardFrame label={card.programName} type="loyalty">
      <Text as="h3" variant="headingSm">
        {card.programName}
      </Text>
      <Text as="p" variant="headingLg">
        {points(card.pointsBalance)}
      </Text>
      {card.tier ? (
        <Text as="p" tone="subdued">
          {t(MESSAGES.tier, { tier: card.tier })}
        </Text>
      ) : null}
      {card.rewards.length ? (
        <BlockStack gap="100">
          <Text as="h4" variant="headingXs">
            {t(MESSAGES.rewards)}
          </Text>
          {card.rewards.map((reward) => (
            <InlineStack key={reward.id} align="space-between" blockAlign="center" gap="200">
              <Text as="span" fontWeight="semibold">
                {reward.name}
              </Text>
              <InlineStack gap="200" blockAlign="center">
                <Text as="span" tone="subdued">
                  {points(reward.pointsCost)}
                </Text>
                {reward.affordable ? (
                  <Badge tone="success">{t(MESSAGES.affordable)}</Badge>
                ) : (
                  <Text as="span" tone="subdued">
                    {t(MESSAGES.needMore, { n: Math.max(0, reward.pointsCost - card.pointsBalance).toLocaleString(locale) })}
                  </Text>
                )}
              </InlineStack>
            </InlineStack>
          ))}
        </BlockStack>
      ) : null}
      <CardActions actions={card.actions} onReply={onReply} />
    </CardFrame>
  );
}

function SubscriptionCardPreview({ card, onReply }: { card: SubscriptionCard } & Options) {
  const t = useT();
  const format = useFormat();
  const locale = useAdminLocale();
  return (
    <CardFrame label={card.productTitle} type="subscription">
      <InlineStack align="space-between" blockAlign="center" gap="200">
        <Text as="h3" variant="headingSm">
          {card.productTitle}
        </Text>
        <Badge>{subscriptionStatusText(card, locale)}</Badge>
      </InlineStack>
      <Text as="p">{[card.frequency, card.price ? format.money(card.price) : ""].filter(Boolean).join(" · ")}</Text>
      {card.nextChargeAt ? (
        <Text as="p" tone="subdued">
          {t(MESSAGES.nextCharge, { date: format.date(card.nextChargeAt) })}
        </Text>
      ) : null}
      <CardActions actions={card.actions} onReply={onReply} />
    </CardFrame>
  );
}

function ReturnCardPreview({ card, onReply }: { card: ReturnCard } & Options) {
  const t = useT();
  const portal = safeUrl(card.portalUrl);
  const portalInActions = card.actions.some((a) => a.kind === "link" && safeUrl(a.url) === portal);
  const actions: CardAction[] = portal && !portalInActions ? [{ kind: "link", label: t(MESSAGES.startReturn), url: portal }, ...card.actions] : card.actions;
  return (
    <CardFrame label={t(MESSAGES.returnFor, { name: card.orderName })} type="return">
      <Text as="h3" variant="headingSm">
        {t(MESSAGES.returnFor, { name: card.orderName })}
      </Text>
      <Text as="h4" variant="headingXs">
        {t(MESSAGES.eligibleItems)}
      </Text>
      {card.eligibleItems.length ? (
        <BlockStack gap="100">
          {card.eligibleItems.map((item, index) => (
            <InlineStack key={index} align="space-between" gap="200" wrap={false}>
              <Text as="span">{item.title}</Text>
              <Quantity n={item.quantity} />
            </InlineStack>
          ))}
        </BlockStack>
      ) : (
        <Text as="p" tone="subdued">
          {t(MESSAGES.noEligible)}
        </Text>
      )}
      {card.policySummary ? <MultilineText tone="subdued">{card.policySummary}</MultilineText> : null}
      <CardActions actions={actions} onReply={onReply} />
    </CardFrame>
  );
}

/** A guest's button to the storefront's login page. */
function LoginCardPreview({ card, onReply }: { card: LoginCard } & Options) {
  return (
    <CardFrame label={card.actions[0]?.label ?? ""} type="login">
      <CardActions actions={card.actions} onReply={onReply} />
    </CardFrame>
  );
}

function Quantity({ n }: { n: number }) {
  const t = useT();
  return (
    <Text as="span" tone="subdued">
      <span style={{ whiteSpace: "nowrap" }}>{t(MESSAGES.quantity, { n })}</span>
    </Text>
  );
}

/** Text from the agent keeps its line breaks and wraps long links. */
export function MultilineText({ children, tone }: { children: string; tone?: "subdued" }) {
  return (
    <Text as="p" tone={tone}>
      <span style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{children}</span>
    </Text>
  );
}

/** The card's buttons; the first stands out unless the card already has a primary one (an order's tracking link). */
function CardActions({ actions, onReply, primaryFirst = true }: { actions: CardAction[]; onReply?: (text: string) => void; primaryFirst?: boolean }) {
  if (!actions.length) return null;
  return (
    <InlineStack gap="200" wrap>
      {actions.map((action, index) => (
        <CardActionButton key={index} action={action} primary={primaryFirst && index === 0} onReply={onReply} />
      ))}
    </InlineStack>
  );
}

function CardActionButton({ action, primary, onReply }: { action: CardAction; primary: boolean; onReply?: (text: string) => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const variant = primary ? "primary" : undefined;
  const unavailable = (reason: Message) => (
    <Tooltip content={t(reason)}>
      <Button size="slim" variant={variant} disabled>
        {action.label}
      </Button>
    </Tooltip>
  );
  switch (action.kind) {
    case "link": {
      const url = safeUrl(action.url);
      return url ? (
        <Button url={url} target="_blank" size="slim" variant={variant}>
          {action.label}
        </Button>
      ) : null;
    }
    case "reply":
      return onReply ? (
        <Button size="slim" variant={variant} onClick={() => onReply(action.text)}>
          {action.label}
        </Button>
      ) : (
        unavailable(MESSAGES.answerOnly)
      );
    case "confirm":
      if (!onReply) return unavailable(MESSAGES.answerOnly);
      // Like the widget, an irreversible action asks first and says what it will do.
      return confirming ? (
        <BlockStack gap="100">
          <Text as="p" tone="critical">
            {action.warning}
          </Text>
          <InlineStack gap="200">
            <Button size="slim" tone="critical" variant="primary" onClick={() => onReply(action.text)}>
              {t(MESSAGES.confirm)}
            </Button>
            <Button size="slim" onClick={() => setConfirming(false)}>
              {t(MESSAGES.dismiss)}
            </Button>
          </InlineStack>
        </BlockStack>
      ) : (
        <Button size="slim" tone="critical" onClick={() => setConfirming(true)}>
          {action.label}
        </Button>
      );
    case "copy":
    case "apply_discount":
    case "add_to_cart":
    case "choose_variant":
      return unavailable(MESSAGES.storefrontOnly);
  }
}
