import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { redirect } from "@remix-run/node";
import { config } from "../../config.server";
import { login } from "../../shopify.server";

const LOGIN_ERRORS: Record<string, string> = {
  MISSING_SHOP: "Please enter your shop domain to log in",
  INVALID_SHOP: "Please enter a valid shop domain, like my-shop.myshopify.com",
};

async function loginOrErrors(request: Request) {
  if (config().mode === "demo") throw redirect("/app");
  const result = await login(request);
  const code = typeof result === "object" ? result.shop : undefined;
  return { shopError: code ? (LOGIN_ERRORS[code] ?? "Please check the shop domain") : undefined };
}

export const loader = async ({ request }: LoaderFunctionArgs) => loginOrErrors(request);
export const action = async ({ request }: ActionFunctionArgs) => loginOrErrors(request);

export default function Login() {
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const error = acted?.shopError ?? loaded.shopError;
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 480, margin: "4rem auto", padding: "0 1rem" }}>
      <h1>Log in</h1>
      <Form method="post">
        <label>
          Shop domain <input type="text" name="shop" placeholder="my-shop.myshopify.com" aria-invalid={Boolean(error)} />
        </label>{" "}
        <button type="submit">Log in</button>
        {error ? <p role="alert">{error}</p> : null}
      </Form>
    </main>
  );
}
