import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROUTE_LABELS, type RouteLabel } from "../skill-ids";
import { loadCorpus, type LabelledMessage, type Split } from "./corpus";
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, type FeatureOptions, normalize, SpellingCorrector, wordsOf } from "./features";
import { detectLanguage, type Language } from "./language";
import { DEFAULT_TRAINING, SoftmaxModel, type TrainingOptions } from "./softmax";

export { detectLanguage, type Language } from "./language";

/**
 * Below this probability the router does not act on its best label alone: it stays in the conversation's skill or
 * asks the shopper which of the likely skills they mean. The target is that at least 97% of the messages routed
 * above it are right. On the corpus's dev split (bench/classify.ts prints the sweep) precision reaches 0.974 at 0.8
 * and stays flat to 0.9 (0.976); 0.85 sits inside that plateau, away from its edge, because a 600-message dev split
 * measures precision only to about ±0.8 points.
 */
export const CONFIDENCE_THRESHOLD = 0.85;

export interface Classification {
  label: RouteLabel;
  /** The model's probability for `label`, 0–1. */
  confidence: number;
  language: Language;
  /** The probability of every label, so the router can weigh the conversation's skill and the runner-up. */
  scores: Partial<Record<RouteLabel, number>>;
}

export type RouterModelOptions = { features: FeatureOptions; training: TrainingOptions };
export const DEFAULT_MODEL_OPTIONS: RouterModelOptions = { features: DEFAULT_FEATURE_OPTIONS, training: DEFAULT_TRAINING };

export type MessageClassifier = (text: string) => Classification;

/**
 * Where trained models are kept between processes, named by a fingerprint of what they were trained on, so the
 * server, the CLI and every test process train once per corpus change instead of at every start (about a second).
 */
const MODEL_CACHE_DIR = path.resolve(".cache/router");
/** Part of the fingerprint: bump it when a change to the code changes what training produces. */
const MODEL_FORMAT = 1;

/** Trains a classifier on the given labelled messages (bench/classify.ts trains on splits to measure). */
export function trainRouterModel(
  messages: readonly LabelledMessage[],
  options: RouterModelOptions = DEFAULT_MODEL_OPTIONS,
  { cache = false }: { cache?: boolean } = {},
): MessageClassifier {
  const corrector = new SpellingCorrector(messages.flatMap(({ text }) => wordsOf(normalize(text))));
  const correct = (word: string) => corrector.correct(word);
  const labelIndex = new Map(ROUTE_LABELS.map((label, i) => [label, i]));
  const train = () =>
    SoftmaxModel.train(
      messages.map(({ text, label }) => ({ features: extractFeatures(text, correct, options.features), label: labelIndex.get(label)! })),
      ROUTE_LABELS.length,
      options.training,
    );
  const model = cache ? cachedModel(messages, options, train) : train();
  return (text) => {
    const probabilities = model.predict(extractFeatures(text, correct, options.features));
    const scores: Partial<Record<RouteLabel, number>> = {};
    let best = 0;
    ROUTE_LABELS.forEach((label, i) => {
      scores[label] = probabilities[i]!;
      if (probabilities[i]! > probabilities[best]!) best = i;
    });
    return { label: ROUTE_LABELS[best]!, confidence: probabilities[best]!, language: detectLanguage(text), scores };
  };
}

function cachedModel(messages: readonly LabelledMessage[], options: RouterModelOptions, train: () => SoftmaxModel): SoftmaxModel {
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ MODEL_FORMAT, options, messages: messages.map(({ text, label }) => [text, label]) }))
    .digest("hex")
    .slice(0, 16);
  const file = path.join(MODEL_CACHE_DIR, `${fingerprint}.bin`);
  try {
    return SoftmaxModel.fromBuffer(fs.readFileSync(file));
  } catch {
    // Not trained yet for this corpus (or the file is damaged): train, and keep it for the next process.
  }
  const model = train();
  try {
    fs.mkdirSync(MODEL_CACHE_DIR, { recursive: true });
    // Written aside and renamed, so a process starting at the same moment never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, model.toBuffer());
    fs.renameSync(partial, file);
    // Models of earlier corpora are never read again.
    for (const name of fs.readdirSync(MODEL_CACHE_DIR)) if (name.endsWith(".bin") && name !== path.basename(file)) fs.rmSync(path.join(MODEL_CACHE_DIR, name), { force: true });
  } catch {
    // A read-only folder only costs the next process a training run.
  }
  return model;
}

/** What the shipped router learns from: everything but the held-out split. */
export const SHIPPED_SPLITS: readonly Split[] = ["train", "dev"];

let trained: MessageClassifier | undefined;

function shippedClassifier(): MessageClassifier {
  trained ??= trainRouterModel(loadCorpus().filter(({ split }) => SHIPPED_SPLITS.includes(split)), DEFAULT_MODEL_OPTIONS, { cache: true });
  return trained;
}

/** Trains the model once per process; call it at start-up to keep training off the first shopper's message. */
export async function trainClassifier(): Promise<void> {
  shippedClassifier();
}

/** Classifies one message on its own, without the conversation (router.ts adds that). */
export async function classifyMessage(text: string): Promise<Classification> {
  return shippedClassifier()(text);
}
