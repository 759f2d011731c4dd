import type { DemoShopData } from "../model";

/**
 * A stand-in for one provider's API, answering like the real one (endpoints, auth headers, status codes,
 * pagination) over state seeded from the demo shop. It runs in-process: the demo's provider fetch (./index.ts)
 * routes requests for the provider's real base URL to `handle`, so adapters run their production code unchanged.
 */
export type ProviderFake = {
  /** The provider's catalog id (app/services/provider-catalog.ts). */
  readonly id: string;
  /** Requests whose URL starts with this (the provider's real API base URL) go to this fake. */
  readonly baseUrl: string;
  handle(request: Request): Promise<Response>;
};

/**
 * What every fake is seeded from: the demo shop's live data (customers, orders) and its clock — and, when given,
 * the store's GID index, so what a fake adds to the shop (a redeemed reward's discount code) is found by node(id:).
 */
export type FakeWorld = { data: DemoShopData; now: () => Date; nodes?: Map<string, object> };

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
