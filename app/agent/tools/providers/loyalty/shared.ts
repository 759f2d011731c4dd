/**
 * What the three loyalty adapters (Smile, Yotpo, LoyaltyLion) share. None of their APIs tells us what the
 * merchant calls the program, so the name the shopper sees comes from the merchant's settings, with a plain default.
 */

export type LoyaltyProgramOptions = {
  /** The program's name as shoppers know it, e.g. "Summit Rewards". */
  programName?: string;
};

export const DEFAULT_PROGRAM_NAME = "Rewards";

export const programNameFrom = (options: LoyaltyProgramOptions) => options.programName?.trim() || DEFAULT_PROGRAM_NAME;

/**
 * Whether the provider's record belongs to this shopper's address. Lookups filter by email, but some providers
 * match loosely (LoyaltyLion's filter is a substring), and someone else's points must never be shown.
 */
export const sameEmail = (a: string | null | undefined, b: string) => a?.trim().toLowerCase() === b.trim().toLowerCase();
