import { gid } from "../gid";
import type { Customer, MailingAddress } from "../model";
import { amountOf, money } from "./money";
import { daysBefore } from "./time";

type Address = Pick<MailingAddress, "address1" | "address2" | "city" | "province" | "provinceCode" | "zip" | "country" | "countryCodeV2">;

type CustomerSpec = {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  locale: "en" | "ko";
  tags: string[];
  customerForDays: number;
  subscribed: boolean;
  note?: string;
  address: Address;
};

const us = (address1: string, city: string, province: string, provinceCode: string, zip: string, address2: string | null = null): Address => ({
  address1, address2, city, province, provinceCode, zip, country: "United States", countryCodeV2: "US",
});
const kr = (address1: string, address2: string, city: string, province: string, provinceCode: string, zip: string): Address => ({
  address1, address2, city, province, provinceCode, zip, country: "South Korea", countryCodeV2: "KR",
});

export const CUSTOMERS: CustomerSpec[] = [
  { key: "emma", firstName: "Emma", lastName: "Johnson", email: "emma.johnson@example.com", phone: "+15035550142", locale: "en", tags: ["VIP", "summit-rewards-summit", "newsletter"], customerForDays: 640, subscribed: true, note: "Prefers UPS. Long-time customer since the Alberta Street shop.", address: us("1824 NE Alberta St", "Portland", "Oregon", "OR", "97211", "Apt 3") },
  { key: "liam", firstName: "Liam", lastName: "Martinez", email: "liam.martinez@example.com", phone: "+17205550187", locale: "en", tags: ["summit-rewards-ridge"], customerForDays: 300, subscribed: false, address: us("455 S Pearl St", "Denver", "Colorado", "CO", "80209") },
  { key: "minjun", firstName: "민준", lastName: "김", email: "minjun.kim@example.com", phone: "+821055501234", locale: "ko", tags: ["korea", "summit-rewards-base-camp"], customerForDays: 210, subscribed: true, address: kr("테헤란로 152", "강남파이낸스센터 1204호", "강남구", "Seoul", "KR-11", "06236") },
  { key: "seoyeon", firstName: "서연", lastName: "이", email: "seoyeon.lee@example.com", phone: "+12135550163", locale: "ko", tags: ["newsletter"], customerForDays: 150, subscribed: true, address: us("3500 Wilshire Blvd", "Los Angeles", "California", "CA", "90010", "Unit 1107") },
  { key: "olivia", firstName: "Olivia", lastName: "Chen", email: "olivia.chen@example.com", phone: "+14155550119", locale: "en", tags: ["VIP", "summit-rewards-summit"], customerForDays: 540, subscribed: true, address: us("2201 Chestnut St", "San Francisco", "California", "CA", "94123") },
  { key: "noah", firstName: "Noah", lastName: "Williams", email: "noah.williams@example.com", phone: "+15125550178", locale: "en", tags: [], customerForDays: 90, subscribed: false, address: us("1100 S Lamar Blvd", "Austin", "Texas", "TX", "78704", "Apt 214") },
  { key: "sophia", firstName: "Sophia", lastName: "Patel", email: "sophia.patel@example.com", phone: "+12065550134", locale: "en", tags: ["coffee-subscriber", "newsletter"], customerForDays: 260, subscribed: true, address: us("4120 Fremont Ave N", "Seattle", "Washington", "WA", "98103") },
  { key: "james", firstName: "James", lastName: "O'Brien", email: "james.obrien@example.com", phone: "+16175550191", locale: "en", tags: ["summit-rewards-ridge"], customerForDays: 200, subscribed: false, address: us("88 Brattle St", "Cambridge", "Massachusetts", "MA", "02138") },
  { key: "jihoon", firstName: "지훈", lastName: "박", email: "jihoon.park@example.com", phone: "+821055507788", locale: "ko", tags: ["korea"], customerForDays: 60, subscribed: false, address: kr("해운대해변로 264", "101동 1502호", "해운대구", "Busan", "KR-26", "48099") },
  { key: "ava", firstName: "Ava", lastName: "Thompson", email: "ava.thompson@example.com", phone: "+13035550156", locale: "en", tags: ["coffee-subscriber", "summit-rewards-ridge"], customerForDays: 180, subscribed: true, address: us("1650 Pearl St", "Boulder", "Colorado", "CO", "80302") },
  { key: "mateo", firstName: "Mateo", lastName: "García", email: "mateo.garcia@example.com", phone: "+18015550122", locale: "en", tags: ["pro-deal", "guide"], customerForDays: 120, subscribed: false, note: "Mountain guide; pro-deal pricing approved by Maya.", address: us("742 E 900 S", "Salt Lake City", "Utah", "UT", "84105") },
  { key: "yuna", firstName: "유나", lastName: "최", email: "yuna.choi@example.com", phone: "+19175550148", locale: "ko", tags: ["VIP", "summit-rewards-summit"], customerForDays: 380, subscribed: true, address: us("305 W 52nd St", "New York", "New York", "NY", "10019", "Apt 9C") },
  { key: "ethan", firstName: "Ethan", lastName: "Brooks", email: "ethan.brooks@example.com", phone: null, locale: "en", tags: ["first-order"], customerForDays: 40, subscribed: false, address: us("19 W Main St", "Bozeman", "Montana", "MT", "59715") },
];

function mailingAddress(id: number, spec: CustomerSpec): MailingAddress {
  return {
    __typename: "MailingAddress",
    id: gid("MailingAddress", id),
    firstName: spec.firstName,
    lastName: spec.lastName,
    name: `${spec.firstName} ${spec.lastName}`,
    phone: spec.phone,
    ...spec.address,
  };
}

export function buildCustomers(now: Date): Map<string, Customer> {
  return new Map(
    CUSTOMERS.map((spec, index) => {
      const address = mailingAddress(88001 + index, spec);
      const customer: Customer = {
        __typename: "Customer",
        id: gid("Customer", 3001 + index),
        firstName: spec.firstName,
        lastName: spec.lastName,
        displayName: `${spec.firstName} ${spec.lastName}`,
        email: spec.email,
        phone: spec.phone,
        verifiedEmail: true,
        locale: spec.locale,
        note: spec.note ?? null,
        tags: spec.tags,
        state: "ENABLED",
        taxExempt: false,
        createdAt: daysBefore(now, spec.customerForDays),
        updatedAt: daysBefore(now, Math.min(spec.customerForDays, 5 + index)),
        defaultAddress: address,
        addressesV2: [address],
        defaultEmailAddress: { emailAddress: spec.email, marketingState: spec.subscribed ? "SUBSCRIBED" : "NOT_SUBSCRIBED", validFormat: true },
        defaultPhoneNumber: spec.phone ? { phoneNumber: spec.phone } : null,
        orders: [],
        subscriptionContracts: [],
        get numberOfOrders() {
          return String(this.orders.length);
        },
        // What the customer paid and kept: received minus refunded, over every order.
        get amountSpent() {
          return money(this.orders.reduce((sum, order) => sum + amountOf(order.totalReceivedSet) - amountOf(order.totalRefundedSet), 0));
        },
        get lastOrder() {
          return this.orders.reduce<Customer["lastOrder"]>((last, order) => (!last || order.processedAt > last.processedAt ? order : last), null);
        },
      };
      return [spec.key, customer];
    }),
  );
}

export function customerByKey(customers: ReadonlyMap<string, Customer>, key: string): Customer {
  const customer = customers.get(key);
  if (!customer) throw new Error(`demo seed: no customer "${key}"`);
  return customer;
}
