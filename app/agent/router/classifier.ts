import { ROUTE_LABELS, type RouteLabel } from "../skill-ids";
import { loadCorpus, type LabelledMessage, type Split } from "./corpus";
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, type FeatureOptions, normalize, SpellingCorrector, wordsOf } from "./features";
import { detectLanguage, type Language } from "./language";
import { DEFAULT_TRAINING, SoftmaxModel, type TrainingOptions } from "./softmax";

export { detectLanguage, type Language } from "./language";

/**
 * Below this probability the router does not act on its best label alone: it stays in the conversation's skill or
 * asks the shopper which of the likely skills they mean. Chosen on the corpus's dev split (bench/classify.ts prints
 * the sweep) so that at least 97% of the messages routed above it are right.
 */
export const CONFIDENCE_THRESHOLD = 0.6;

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

/** Trains a classifier on the given labelled messages (bench/classify.ts trains on splits to measure). */
export function trainRouterModel(
  messages: readonly LabelledMessage[],
  options: RouterModelOptions = DEFAULT_MODEL_OPTIONS,
): MessageClassifier {
  const corrector = new SpellingCorrector(messages.flatMap(({ text }) => wordsOf(normalize(text))));
  const correct = (word: string) => corrector.correct(word);
  const labelIndex = new Map(ROUTE_LABELS.map((label, i) => [label, i]));
  const model = SoftmaxModel.train(
    messages.map(({ text, label }) => ({ features: extractFeatures(text, correct, options.features), label: labelIndex.get(label)! })),
    ROUTE_LABELS.length,
    options.training,
  );
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

/** What the shipped router learns from: everything but the held-out split. */
export const SHIPPED_SPLITS: readonly Split[] = ["train", "dev"];

let trained: MessageClassifier | undefined;

function shippedClassifier(): MessageClassifier {
  trained ??= trainRouterModel(loadCorpus().filter(({ split }) => SHIPPED_SPLITS.includes(split)));
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
