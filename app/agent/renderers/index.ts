import type { AgentReply } from "../engine";
import { say } from "../language";
import { cardLines } from "./card-lines";

/** The articles a reply quotes, named once after it on channels that show no sources of their own. */
function sourceLines(reply: AgentReply): string[] {
  if (reply.sources.length === 0) return [];
  return [say(reply.language, { en: "Source: {titles}", ko: "출처: {titles}" }, { titles: reply.sources.map((s) => s.title).join(" · ") })];
}

/** Webchat: the reply as JSON, cards intact — the widget draws them with their buttons. */
export function renderWebchat(reply: AgentReply) {
  return {
    conversationId: reply.conversationId,
    message: {
      id: reply.messageId,
      text: reply.text,
      card: reply.card,
      quickReplies: reply.quickReplies,
      handoff: reply.handoff,
      sources: reply.sources,
      // The widget shows the card's labels and buttons in the conversation's language, whatever the storefront's.
      language: reply.language,
    },
  };
}

/** Twilio's limit for one message body. */
const SMS_LIMIT = 1600;

/** SMS / WhatsApp: short text; a card becomes lines with deep links, except links the text already gives. */
export function renderSms(reply: AgentReply): string {
  const cardText = reply.card ? cardLines(reply.card, reply.language).filter((l) => !(l.url && reply.text.includes(l.url))) : [];
  const lines = cardText.map((l) => (l.url ? `${l.text}: ${l.url}` : l.text));
  const body = [reply.text, ...lines, ...sourceLines(reply)].join("\n");
  return body.length <= SMS_LIMIT ? body : `${body.slice(0, SMS_LIMIT - 1)}…`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** An address in a reply's text, without the punctuation that ends its sentence. */
const TEXT_LINK = /(https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]])/;

/** A paragraph of the reply as HTML: escaped, its line breaks kept and its addresses (a login or tracking link) clickable. */
const htmlParagraph = (paragraph: string) =>
  paragraph
    .split(TEXT_LINK)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part).replace(/\n/g, "<br>")))
    .join("");

/** Email: a plain-text and a simple HTML body with links. */
export function renderEmail(reply: AgentReply, subject: string) {
  const lines = reply.card ? cardLines(reply.card, reply.language) : [];
  const text = [reply.text, "", ...lines.map((l) => (l.url ? `${l.text}: ${l.url}` : l.text)), ...sourceLines(reply)].join("\n").trim();
  const paragraphs = reply.text.split(/\n{2,}/).map((p) => `<p>${htmlParagraph(p)}</p>`);
  const list = lines.length
    ? `<ul>${lines.map((l) => `<li>${l.url ? `<a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a>` : escapeHtml(l.text)}</li>`).join("")}</ul>`
    : "";
  const sources = sourceLines(reply).map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  return { subject: subject.startsWith("Re:") ? subject : `Re: ${subject}`, text, html: `${paragraphs.join("")}${list}${sources}` };
}
