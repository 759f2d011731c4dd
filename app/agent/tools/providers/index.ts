// The provider contract (types.ts) and the HTTP layer every adapter uses (http.ts); adapters live in one folder per kind.
export * from "./types";
export { ProviderError, type ProviderErrorReason } from "./http";
export { interceptCalls } from "./intercept";
