import { isWholeInterval } from "../../../../lib/calendar";
import { ProviderError } from "../http";
import type { Frequency } from "../types";

/** Refuses, before anything is sent, a frequency no provider can schedule (0 weeks, 1.5 months). */
export function requireWholeFrequency(provider: string, frequency: Frequency): void {
  if (!isWholeInterval(frequency)) throw new ProviderError(provider, "rejected", `a frequency needs a whole number of ${frequency.unit}s, not ${frequency.count}`);
}
