import type { Language } from "../types";
import { wantedMention, type Mention } from "./wanted-mention";

/**
 * A colour a shopper names, in English or Korean: "black", "검정", "블랙" → black; "네이비", "navy blue" → navy.
 * `family` is the basic colour it belongs to, so "blue" also finds a catalog's "Glacier Blue" and "Navy".
 */
export type Colour = { name: string; family: string };

/** Each colour with its basic colour, its Korean name (for replies) and the words shoppers use for it. */
type ColourWords = { name: string; family: string; ko: string; words: string[] };

const COLOURS: ColourWords[] = [
  { name: "black", family: "black", ko: "검정", words: ["black", "검정", "검은", "까만", "블랙"] },
  { name: "white", family: "white", ko: "흰색", words: ["white", "흰", "하얀", "화이트"] },
  { name: "grey", family: "grey", ko: "회색", words: ["grey", "gray", "회색", "그레이"] },
  { name: "charcoal", family: "grey", ko: "차콜", words: ["charcoal", "차콜", "챠콜"] },
  { name: "graphite", family: "grey", ko: "그라파이트", words: ["graphite", "그라파이트"] },
  { name: "slate", family: "grey", ko: "슬레이트", words: ["slate"] },
  { name: "red", family: "red", ko: "빨간색", words: ["red", "빨간", "빨강", "빨간색", "레드"] },
  { name: "burgundy", family: "red", ko: "버건디", words: ["burgundy", "maroon", "버건디", "와인색"] },
  { name: "navy", family: "blue", ko: "네이비", words: ["navy blue", "navy", "네이비", "남색", "곤색"] },
  { name: "blue", family: "blue", ko: "파란색", words: ["blue", "파란", "파랑", "파란색", "블루"] },
  { name: "teal", family: "blue", ko: "청록색", words: ["teal", "turquoise", "청록"] },
  { name: "green", family: "green", ko: "초록색", words: ["green", "초록", "녹색", "그린"] },
  { name: "olive", family: "green", ko: "올리브", words: ["olive", "올리브"] },
  { name: "moss", family: "green", ko: "모스", words: ["moss"] },
  { name: "sage", family: "green", ko: "세이지", words: ["sage", "세이지"] },
  { name: "spruce", family: "green", ko: "스프루스", words: ["spruce"] },
  { name: "mint", family: "green", ko: "민트", words: ["mint", "민트"] },
  { name: "yellow", family: "yellow", ko: "노란색", words: ["yellow", "노란", "노랑", "옐로우", "옐로"] },
  { name: "orange", family: "orange", ko: "주황색", words: ["orange", "주황", "오렌지"] },
  { name: "pink", family: "pink", ko: "분홍색", words: ["pink", "분홍", "핑크"] },
  { name: "purple", family: "purple", ko: "보라색", words: ["purple", "violet", "lavender", "보라색", "퍼플", "라벤더"] },
  { name: "brown", family: "brown", ko: "갈색", words: ["brown", "갈색", "브라운"] },
  { name: "beige", family: "beige", ko: "베이지", words: ["beige", "베이지"] },
  { name: "khaki", family: "beige", ko: "카키", words: ["khaki", "카키"] },
  { name: "tan", family: "beige", ko: "탠", words: ["tan"] },
  { name: "cream", family: "white", ko: "크림", words: ["cream", "ivory", "크림", "아이보리"] },
];
/**
 * Shades catalogs name options with that are everyday nouns in shoppers' sentences ("forest hikes", "sand"): read
 * in a catalog's option values only.
 */
const OPTION_SHADES: ColourWords[] = [
  { name: "sand", family: "beige", ko: "샌드", words: ["sand"] },
  { name: "natural", family: "beige", ko: "내추럴", words: ["natural"] },
  { name: "stone", family: "grey", ko: "스톤", words: ["stone"] },
  { name: "sky", family: "blue", ko: "스카이", words: ["sky"] },
  { name: "forest", family: "green", ko: "포레스트", words: ["forest"] },
  { name: "ember", family: "orange", ko: "엠버", words: ["ember"] },
];

type Word = { word: string; colour: Colour };
const wordsOf = (list: ColourWords[]): Word[] =>
  list.flatMap(({ name, family, words }) => words.map((word) => ({ word, colour: { name, family } }))).sort((a, b) => b.word.length - a.word.length);
// Korean particles and 색 may follow a Korean word ("검정으로", "네이비색"), so only Latin letters end an English one.
const wordPattern = (words: Word[]) => new RegExp(`(?<![\\p{L}])(?:${words.map(({ word }) => word.replace(/ /g, "\\s+")).join("|")})(?![A-Za-z])`, "giu");
const SHOPPER_WORDS = wordsOf(COLOURS);
const OPTION_WORDS = wordsOf([...COLOURS, ...OPTION_SHADES]);
const SHOPPER_COLOUR = wordPattern(SHOPPER_WORDS);
const OPTION_COLOUR = wordPattern(OPTION_WORDS);

function coloursNamed(text: string, pattern: RegExp, words: Word[]): Mention<Colour>[] {
  return [...text.matchAll(pattern)].map((match) => {
    const said = match[0].toLowerCase().replace(/\s+/g, " ");
    return { value: words.find(({ word }) => word === said)!.colour, start: match.index, end: match.index + match[0].length };
  });
}

export function colourIn(text: string): Colour | null {
  return wantedMention(text, coloursNamed(text, SHOPPER_COLOUR, SHOPPER_WORDS), (colour) => colour.name);
}

/** The colour a catalog's option value is ("Glacier Blue" → blue, "Forest" → green), or null when it names none. */
export function optionColour(optionValue: string): Colour | null {
  return coloursNamed(optionValue, OPTION_COLOUR, OPTION_WORDS)[0]?.value ?? null;
}

/** Whether a catalog's option value ("Glacier Blue", "Navy") is the colour the shopper named: the same one, or any
 * shade of the basic colour they named ("blue" → "Navy"). */
export function sameColour(wanted: Colour, optionValue: string): boolean {
  const offered = optionColour(optionValue);
  return offered !== null && (offered.name === wanted.name || (wanted.name === wanted.family && offered.family === wanted.family));
}

/** The colour's name in the shopper's language, for replies ("black", "검정"). */
export function colourName(colour: Colour, language: Language): string {
  return language === "ko" ? ([...COLOURS, ...OPTION_SHADES].find((c) => c.name === colour.name)?.ko ?? colour.name) : colour.name;
}
