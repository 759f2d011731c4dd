/** The Admin API version every operation targets and is validated against (older than 2026-01 is past support). */
export const ADMIN_API_VERSION = "2026-10";
