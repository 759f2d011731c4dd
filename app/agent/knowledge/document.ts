/** One article of a merchant's knowledge base, as the admin saved it or as loaded from a folder. */
export interface KnowledgeDocument {
  id: string;
  title: string;
  /** Markdown, plain text, or text extracted from HTML with `htmlToText`. */
  body: string;
  /** Where it came from (a URL, "Shopify refund policy", a file name), shown when the agent cites it. */
  source?: string;
}
