import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Card, EmptyState, Page } from "@shopify/polaris";
import { useT, type Text } from "../../i18n";
import { EMPTY_ILLUSTRATION } from "./empty-illustration";

/**
 * A detail page's error boundary: a 404 (an unknown id, or another shop's) reads as "not found" inside the admin's
 * layout; any other error goes on to the layout's boundary.
 */
export function RecordNotFound({ title, body, back }: { title: Text; body: Text; back: { label: Text; url: string } }) {
  const t = useT();
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || error.status !== 404) throw error;
  return (
    <Page backAction={{ content: t(back.label), url: back.url }} title={t(title)}>
      <Card>
        <EmptyState heading={t(title)} action={{ content: t(back.label), url: back.url }} image={EMPTY_ILLUSTRATION}>
          <p>{t(body)}</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
