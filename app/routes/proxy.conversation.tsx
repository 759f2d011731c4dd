import type { LoaderFunctionArgs } from "@remix-run/node";
import { appUnavailable, authenticateProxy } from "../proxy.server";
import { webchatHistory } from "../services/agent.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const shopper = await authenticateProxy(request);
  if (!shopper.installed) return appUnavailable();
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const history = id ? await webchatHistory(shopper.shop, shopper.customerId, id) : null;
  return history ? Response.json(history) : Response.json({ error: "No such conversation." }, { status: 404 });
};
