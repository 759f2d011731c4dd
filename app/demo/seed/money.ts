import type { Money, MoneyBag } from "../model";

export const round2 = (amount: number) => Math.round(amount * 100) / 100;

/** Shopify writes decimals as Ruby does: "89.99", "75.0". */
export function decimal(amount: number): string {
  const text = String(round2(amount));
  return text.includes(".") ? text : `${text}.0`;
}

export const money = (amount: number): Money => ({ amount: decimal(amount), currencyCode: "USD" });

/** The demo shop sells in USD only, so shop and presentment money agree. */
export const moneyBag = (amount: number): MoneyBag => ({ shopMoney: money(amount), presentmentMoney: money(amount) });

export const amountOf = (value: Money | MoneyBag) => Number("shopMoney" in value ? value.shopMoney.amount : value.amount);
