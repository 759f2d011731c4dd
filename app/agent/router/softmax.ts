import type { FeatureBag } from "./features";

/**
 * Multinomial logistic regression over sparse features, trained with stochastic gradient descent. Chosen over
 * nlp.js's network because its probabilities mean something (a message it has not seen a word of scores low on
 * every label, not 0.99 on one), which the router's "ask instead of guessing" rule depends on, and because it trains
 * on a few thousand messages in well under a second.
 */
export type TrainingExample = { features: FeatureBag; label: number };

export type TrainingOptions = {
  epochs: number;
  learningRate: number;
  /** L2 penalty per step; keeps one rare word from deciding a label. */
  l2: number;
  /** Seed of the shuffle, so a model trains the same every time. */
  seed: number;
};

/** Chosen on the corpus's dev split: the most messages routed above the bar at 97% precision (bench/classify.ts). */
export const DEFAULT_TRAINING: TrainingOptions = { epochs: 24, learningRate: 3, l2: 5e-5, seed: 7 };

type SparseVector = { indexes: Int32Array; values: Float64Array };

export class SoftmaxModel {
  private constructor(
    private readonly featureIndex: Map<string, number>,
    private readonly weights: Float64Array,
    /** Per label, outside the scaled features: a message of only unknown words gets the labels' base rates. */
    private readonly intercepts: Float64Array,
    readonly labelCount: number,
  ) {}

  static train(examples: readonly TrainingExample[], labelCount: number, options: TrainingOptions = DEFAULT_TRAINING) {
    const featureIndex = new Map<string, number>();
    for (const { features } of examples) for (const name of features.keys()) if (!featureIndex.has(name)) featureIndex.set(name, featureIndex.size);
    const model = new SoftmaxModel(featureIndex, new Float64Array(featureIndex.size * labelCount), new Float64Array(labelCount), labelCount);
    const vectors = examples.map(({ features, label }) => ({ vector: model.vectorize(features), label }));
    const random = mulberry32(options.seed);
    const order = vectors.map((_, i) => i);
    const probabilities = new Float64Array(labelCount);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffle(order, random);
      const rate = options.learningRate / (1 + epoch * 0.25);
      for (const i of order) {
        const { vector, label } = vectors[i]!;
        model.probabilitiesInto(vector, probabilities);
        for (let c = 0; c < labelCount; c++) model.intercepts[c]! -= rate * 0.1 * (probabilities[c]! - (c === label ? 1 : 0));
        for (let k = 0; k < vector.indexes.length; k++) {
          const base = vector.indexes[k]! * labelCount;
          const value = vector.values[k]!;
          for (let c = 0; c < labelCount; c++) {
            const gradient = (probabilities[c]! - (c === label ? 1 : 0)) * value;
            const w = base + c;
            model.weights[w] = model.weights[w]! * (1 - options.l2) - rate * gradient;
          }
        }
      }
    }
    return model;
  }

  /** The trained model as bytes: a JSON header (feature names, label count) and the weights as float32. */
  toBuffer(): Buffer {
    const header = Buffer.from(JSON.stringify({ labelCount: this.labelCount, features: [...this.featureIndex.keys()] }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const numbers = Float32Array.from([...this.intercepts, ...this.weights]);
    return Buffer.concat([length, header, Buffer.from(numbers.buffer)]);
  }

  static fromBuffer(bytes: Buffer): SoftmaxModel {
    const headerLength = bytes.readUInt32LE(0);
    const { labelCount, features } = JSON.parse(bytes.subarray(4, 4 + headerLength).toString("utf8")) as { labelCount: number; features: string[] };
    const body = bytes.subarray(4 + headerLength);
    const numbers = new Float32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
    if (numbers.length !== labelCount * (features.length + 1)) throw new Error("router model file is truncated");
    return new SoftmaxModel(
      new Map(features.map((name, i) => [name, i])),
      Float64Array.from(numbers.subarray(labelCount)),
      Float64Array.from(numbers.subarray(0, labelCount)),
      labelCount,
    );
  }

  /** Probability of each label, summing to 1. */
  predict(features: FeatureBag): Float64Array {
    const probabilities = new Float64Array(this.labelCount);
    this.probabilitiesInto(this.vectorize(features), probabilities);
    return probabilities;
  }

  /** Features the model never saw are dropped; the rest are scaled to unit length so long messages weigh the same. */
  private vectorize(features: FeatureBag): SparseVector {
    const known: [number, number][] = [];
    for (const [name, value] of features) {
      const index = this.featureIndex.get(name);
      if (index !== undefined) known.push([index, value]);
    }
    const norm = Math.sqrt(known.reduce((sum, [, value]) => sum + value * value, 0)) || 1;
    return { indexes: Int32Array.from(known, ([i]) => i), values: Float64Array.from(known, ([, v]) => v / norm) };
  }

  private probabilitiesInto(vector: SparseVector, out: Float64Array): void {
    out.set(this.intercepts);
    for (let k = 0; k < vector.indexes.length; k++) {
      const base = vector.indexes[k]! * this.labelCount;
      const value = vector.values[k]!;
      for (let c = 0; c < this.labelCount; c++) out[c]! += this.weights[base + c]! * value;
    }
    let max = -Infinity;
    for (let c = 0; c < this.labelCount; c++) max = Math.max(max, out[c]!);
    let sum = 0;
    for (let c = 0; c < this.labelCount; c++) {
      out[c] = Math.exp(out[c]! - max);
      sum += out[c]!;
    }
    for (let c = 0; c < this.labelCount; c++) out[c]! /= sum;
  }
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
