/** The throwaway databases the suite creates afresh on every run. */
export const SQLITE_TEST_URL = "file:./data/test/customer-agent-test.sqlite";
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
export const POSTGRES_TEST_URL = POSTGRES_ADMIN_URL.replace(/\/[^/?]+(\?|$)/, "/customer_agent_test$1");
