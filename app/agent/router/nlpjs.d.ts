// nlp.js 4.x ships no TypeScript types. These declare only what the router uses.

declare module "@nlpjs/core" {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): Container;
}

declare module "@nlpjs/nlp" {
  import type { Container } from "@nlpjs/core";

  export interface NlpClassification {
    intent: string;
    score: number;
  }
  export interface NlpResult {
    /** The winning intent, or "None" when the best scored below `settings.threshold` or two tied. */
    intent: string;
    /** All intents, best first, with the scores from before the threshold was applied. */
    classifications: NlpClassification[];
  }
  export class Nlp {
    constructor(settings: { container: Container; languages: string[]; nlu?: { log?: boolean } });
    settings: { autoSave: boolean; threshold: number; calculateSentiment: boolean };
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}

declare module "@nlpjs/lang-en-min" {
  export const LangEn: unknown;
}

declare module "@nlpjs/lang-ko" {
  export const LangKo: unknown;
}
