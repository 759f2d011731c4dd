import type { DemoShopData } from "../model";
import { buildCustomers } from "./customers";
import { buildDiscounts } from "./discounts";
import { buildOrders } from "./orders";
import { buildProducts } from "./products";
import { buildShop } from "./shop";
import { buildSubscriptionContracts } from "./subscription-contracts";
import type { SeedOptions } from "./time";

/** A fresh copy of the demo shop: same data every time for the same baseUrl and now. */
export function seedDemoShop(options: SeedOptions): DemoShopData {
  const products = buildProducts(options);
  const customers = buildCustomers(options.now);
  const orders = buildOrders(options, customers, products);
  return {
    shop: buildShop(options),
    products,
    customers: [...customers.values()],
    orders,
    discountNodes: buildDiscounts(options.now, customers),
    subscriptionContracts: buildSubscriptionContracts(options, customers, products),
  };
}

export { DEMO_KNOWLEDGE_ARTICLES } from "./knowledge";
export { productImageSvg } from "./product-images";
