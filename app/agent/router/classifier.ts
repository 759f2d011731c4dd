import { containerBootstrap } from "@nlpjs/core";
import { LangEn } from "@nlpjs/lang-en-min";
import { LangKo } from "@nlpjs/lang-ko";
import { Nlp } from "@nlpjs/nlp";
import { ROUTE_LABELS, RouteLabel } from "../skill-ids";
import { detectLanguage, type Language } from "./language";
import { EN_UTTERANCES } from "./utterances/en";
import { KO_UTTERANCES } from "./utterances/ko";

export { detectLanguage, type Language } from "./language";

/**
 * nlp.js answers "None" below this score. Swept on the labelled set (single messages): 0.4 → 0.954, 0.5 → 0.957,
 * 0.6 → 0.939, 0.7 → 0.923. nlp.js's scores are not calibrated (half the wrong answers score above 0.85), so a higher
 * bar mostly throws away right answers.
 */
export const CONFIDENCE_THRESHOLD = 0.5;

export interface Classification {
  label: RouteLabel;
  /** nlp.js's score for `label`, 0–1. Below CONFIDENCE_THRESHOLD nlp.js was unsure (it answered "None"). */
  confidence: number;
  language: Language;
  /** nlp.js's score for every label it scored, so the router can weigh the conversation's skill too. */
  scores: Partial<Record<RouteLabel, number>>;
}

const SEEDS: Record<Language, Record<RouteLabel, readonly string[]>> = { en: EN_UTTERANCES, ko: KO_UTTERANCES };

async function trainNlp(): Promise<Nlp> {
  const container = containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  container.use(LangKo);
  // nlu.log: false silences the per-epoch training log nlp.js prints to the console by default.
  const nlp = new Nlp({ container, languages: ["en", "ko"], nlu: { log: false } });
  nlp.settings.autoSave = false; // the model lives in memory only: train() would otherwise write model.nlp
  nlp.settings.threshold = CONFIDENCE_THRESHOLD;
  nlp.settings.calculateSentiment = false; // unused, and it would cost a second pass over every message
  for (const language of ["en", "ko"] as const) {
    for (const label of ROUTE_LABELS) {
      for (const utterance of SEEDS[language][label]) nlp.addDocument(language, utterance, label);
    }
  }
  await nlp.train();
  return nlp;
}

let trained: Promise<Nlp> | undefined;

function trainedNlp(): Promise<Nlp> {
  trained ??= trainNlp().catch((error: unknown) => {
    trained = undefined; // let the next call retry instead of caching the failure
    throw error;
  });
  return trained;
}

/** Trains the model once per process; call it at start-up to keep training off the first shopper's message. */
export async function trainClassifier(): Promise<void> {
  await trainedNlp();
}

/**
 * Classifies one message on its own, without the conversation (router.ts adds that). When nlp.js answers "None",
 * the best-scoring label is still returned with a low confidence: its score when it fell below the threshold, 0 when
 * two labels tied, and general_qa with 0 when no label scored at all (only unknown words).
 */
export async function classifyMessage(text: string): Promise<Classification> {
  const nlp = await trainedNlp();
  const language = detectLanguage(text);
  const result = await nlp.process(language, text);
  const scores: Partial<Record<RouteLabel, number>> = {};
  for (const { intent, score } of result.classifications) {
    const label = RouteLabel.safeParse(intent);
    if (label.success) scores[label.data] = score;
  }
  const best = result.classifications[0];
  const bestLabel = RouteLabel.safeParse(best?.intent);
  if (!best || !bestLabel.success) return { label: "general_qa", confidence: 0, language, scores };
  const tie = result.intent === "None" && best.score >= CONFIDENCE_THRESHOLD;
  return { label: bestLabel.data, confidence: tie ? 0 : best.score, language, scores };
}
