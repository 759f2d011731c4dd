import { ENGLISH_ARTICLES, type KnowledgeArticle } from "./knowledge-en";
import { KOREAN_ARTICLES } from "./knowledge-ko";

/** The demo shop's help-centre articles (markdown), for the knowledge base to import alongside the shop policies. */
export const DEMO_KNOWLEDGE_ARTICLES: KnowledgeArticle[] = [...ENGLISH_ARTICLES, ...KOREAN_ARTICLES];
