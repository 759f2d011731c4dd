import type { ActionFunctionArgs } from "@remix-run/node";
import { config } from "../config.server";
import { demoStore } from "../demo/client";
import { requireDemoMode } from "../demo-mode.server";

// The demo store's Admin GraphQL endpoint over HTTP, for tools such as GraphiQL or curl; the app itself reaches the
// same store in-process through the same AdminClient.
export const action = async ({ request }: ActionFunctionArgs) => {
  requireDemoMode();
  return demoStore(config().appUrl).handle(request);
};
