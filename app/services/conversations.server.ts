import { z } from "zod";
import { Card } from "../agent/cards";
import { TurnInput } from "../agent/engine";
import type { Db } from "../db/client";
import { parseDatabaseUrl } from "../db/database-url";
import type { AdminClient } from "../shopify/admin-client";
import { CUSTOMERS, type CustomerSummary } from "../shopify/operations/customers";

/** Rows per page in the admin's lists. */
export const PAGE_SIZE = 20;

export type ListPage<T> = { items: T[]; page: number; total: number; hasPrevious: boolean; hasNext: boolean };

export const PageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);

export const pageWindow = (page: number) => ({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });

export const listPage = <T>(items: T[], total: number, page: number): ListPage<T> => ({
  items,
  page,
  total,
  hasPrevious: page > 1,
  hasNext: page * PAGE_SIZE < total,
});

/**
 * A case-insensitive "contains" on either database. SQLite's LIKE already ignores (ASCII) case and its Prisma client
 * rejects `mode`; PostgreSQL compares case-sensitively unless asked. The app's client is chosen from DATABASE_URL, so
 * the same setting tells which one this is.
 */
export function containsText(text: string): { contains: string } {
  return parseDatabaseUrl().provider === "postgresql" ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}

/** One message as the admin shows it: what the shopper saw, plus the route the agent took (where it is known). */
export type TranscriptMessage = {
  id: string;
  role: "shopper" | "agent";
  text: string;
  card: Card | null;
  at: Date;
  skill: string | null;
  /** Only the stored messages know these; a handoff's transcript keeps what the shopper saw and the skill. */
  confidence?: number | null;
  toolsCalled?: string[];
  sources?: { id: string; title: string }[];
};

/** A stored card, or null for none — or for one this version cannot read (the text still says what it said). */
export function parseCard(card: unknown): Card | null {
  const parsed = Card.safeParse(typeof card === "string" ? safeJson(card) : card);
  return parsed.success ? parsed.data : null;
}

/** Stored JSON text, or null when it does not parse. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const ToolsCalled = z.array(z.string()).catch([]);
const Sources = z.array(z.object({ id: z.string(), title: z.string() })).catch([]);
const ActionDetail = z.record(z.string(), z.unknown()).catch({});

export const ConversationChannel = TurnInput.shape.channel;
export type ConversationChannel = z.infer<typeof ConversationChannel>;

const ConversationFilters = z.object({
  q: z.string().trim().max(200).catch(""),
  channel: ConversationChannel.optional().catch(undefined),
  page: PageNumber,
});
export type ConversationFilters = z.infer<typeof ConversationFilters>;

/** The list's filters from its URL; anything unreadable falls back to "no filter". */
export const parseConversationFilters = (params: URLSearchParams): ConversationFilters =>
  ConversationFilters.parse(Object.fromEntries(params));

/** The shop's conversations, latest activity first: those with a message containing `q`, on one channel if asked. */
export async function listConversations(db: Db, shop: string, filters: ConversationFilters) {
  const where = {
    shop,
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.q ? { messages: { some: { text: containsText(filters.q) } } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.conversation.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      ...pageWindow(filters.page),
      select: {
        id: true,
        channel: true,
        customerId: true,
        customerEmail: true,
        activeSkill: true,
        status: true,
        updatedAt: true,
        _count: { select: { messages: true } },
        // The shopper's first message says what the conversation is about.
        messages: { where: { role: "shopper" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1, select: { text: true } },
      },
    }),
    db.conversation.count({ where }),
  ]);
  const items = rows.map(({ _count, messages, ...conversation }) => ({
    ...conversation,
    messageCount: _count.messages,
    firstMessage: messages[0]?.text ?? "",
  }));
  return listPage(items, total, filters.page);
}

/** One of the shop's conversations with every message and its route, or null (also for another shop's id). */
export async function conversationDetail(db: Db, shop: string, id: string) {
  const conversation = await db.conversation.findFirst({
    where: { id, shop },
    // The engine's working memory (pending confirmations, verified orders) is not the merchant's to read here.
    omit: { state: true },
    include: {
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      handoffs: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, status: true, reason: true, createdAt: true } },
      actions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, action: true, targetLabel: true, status: true, detail: true, createdAt: true } },
    },
  });
  if (!conversation) return null;
  const { messages, handoffs, actions, ...summary } = conversation;
  return {
    ...summary,
    handoffs,
    actions: actions.map((step) => ({ ...step, detail: ActionDetail.parse(safeJson(step.detail)) })),
    messages: messages.map(
      (m): TranscriptMessage => ({
        id: m.id,
        role: m.role === "agent" ? "agent" : "shopper",
        text: m.text,
        card: parseCard(m.card),
        at: m.createdAt,
        skill: m.skill,
        confidence: m.confidence,
        toolsCalled: ToolsCalled.parse(safeJson(m.toolsCalled)),
        sources: Sources.parse(safeJson(m.sources)),
      }),
    ),
  };
}

export type ShopCustomer = { id: string; numericId: string; name: string; email: string | null };

const CUSTOMER_ID = /^(?:gid:\/\/shopify\/Customer\/)?(\d{1,20})$/;

/**
 * One of the shop's customers, read from the Admin API by id (a GID or the number) — null when the shop has no such
 * customer. Only digits reach the search query, so an id cannot smuggle in other search terms.
 */
export async function findShopCustomer(admin: AdminClient, customerId: string): Promise<ShopCustomer | null> {
  const numericId = CUSTOMER_ID.exec(customerId)?.[1];
  if (!numericId) return null;
  const { customers } = await admin.request(CUSTOMERS, { first: 1, query: `id:${numericId}` });
  const customer = customers.nodes.find((c) => c.id === `gid://shopify/Customer/${numericId}`);
  return customer ? toShopCustomer(customer) : null;
}

/** The shop's first 50 customers by name — whom the preview can chat as. */
export async function listShopCustomers(admin: AdminClient): Promise<ShopCustomer[]> {
  const { customers } = await admin.request(CUSTOMERS, { first: 50 });
  return customers.nodes.map(toShopCustomer);
}

function toShopCustomer(customer: CustomerSummary): ShopCustomer {
  return {
    id: customer.id,
    numericId: CUSTOMER_ID.exec(customer.id)?.[1] ?? customer.id,
    name: customer.displayName,
    email: customer.defaultEmailAddress?.emailAddress ?? null,
  };
}

export type ConversationCustomer = { kind: "guest"; email: string | null } | { kind: "customer"; id: string; numericId: string; name: string | null; email: string | null };

/**
 * Who the conversation was with, for the detail pages: a guest (with the email they proved, if any) or a customer,
 * named from the Admin API when it answers — a deleted customer or an API hiccup still shows the id.
 */
export async function conversationCustomer(admin: AdminClient, conversation: { customerId: string | null; customerEmail: string | null }): Promise<ConversationCustomer> {
  if (!conversation.customerId) return { kind: "guest", email: conversation.customerEmail };
  const numericId = CUSTOMER_ID.exec(conversation.customerId)?.[1] ?? conversation.customerId;
  const found = await findShopCustomer(admin, conversation.customerId).catch(() => null);
  return { kind: "customer", id: conversation.customerId, numericId, name: found?.name ?? null, email: found?.email ?? conversation.customerEmail };
}
