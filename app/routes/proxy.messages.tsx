import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { appUnavailable, authenticateProxy } from "../proxy.server";
import { answerWebchat } from "../services/agent.server";

// The body is not signed by Shopify: it is untrusted input, checked here, and carries no identity.
const WebchatMessage = z.object({
  conversationId: z.string().min(1).max(64).nullish(),
  text: z.string().trim().min(1, "Please type a message.").max(2000, "That message is too long (2,000 characters at most)."),
});

export const action = async ({ request }: ActionFunctionArgs) => {
  const shopper = await authenticateProxy(request);
  if (!shopper.installed) return appUnavailable();
  const body = WebchatMessage.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: body.error.issues[0]?.message ?? "Invalid message." }, { status: 400 });
  return Response.json(
    await answerWebchat({
      shop: shopper.shop,
      conversationId: body.data.conversationId ?? null,
      identity: { customerId: shopper.customerId },
      text: body.data.text,
      clientKey: shopper.clientKey,
    }),
  );
};
