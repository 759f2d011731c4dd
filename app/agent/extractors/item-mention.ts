/**
 * Which of a shopper's items a message names: "the sleeping bag", "the shorts that don't fit", "my blue bottles",
 * "침낭". Words of the item's title must appear (typos within one letter, plurals and Korean product words allowed);
 * its variant ("Long", "Glacier Blue") only tells apart items the title words match equally.
 */

/** Korean words shoppers use for the kinds of things a shop sells, with the English words titles use. */
const KOREAN_ITEM_WORDS: Record<string, string> = {
  침낭: "sleeping bag", 양말: "socks sock", 티셔츠: "tee shirt", 반팔: "tee", 긴팔: "long sleeve", 반바지: "shorts", 바지: "pants",
  재킷: "jacket", 자켓: "jacket", 패딩: "parka down", 파카: "parka", 모자: "cap hat beanie", 비니: "beanie", 캡: "cap",
  부츠: "boot", 등산화: "boot hiking", 운동화: "runner shoe", 신발: "boot runner shoe moc", 배낭: "pack backpack daypack",
  백팩: "pack backpack daypack", 가방: "pack bag", 힙색: "hip pack", 물병: "bottle", 텀블러: "bottle mug", 보틀: "bottle", 머그: "mug",
  컵: "mug cup", 해먹: "hammock", 헤드랜턴: "headlamp", 헤드램프: "headlamp", 랜턴: "headlamp", 스틱: "poles", 폴: "poles",
  커피: "coffee", 원두: "coffee bean", 후디: "hoodie", 후드: "hoodie", 플리스: "fleece", 바람막이: "windbreak anorak shell",
  우비: "rain shell", 레인: "rain", 아노락: "anorak", 수선: "repair kit", 모카신: "moc", 슬리퍼: "moc",
  검정: "black", 블랙: "black", 네이비: "navy", 파란: "blue", 파랑: "blue", 회색: "grey gray", 그레이: "grey gray", 빨간: "red",
  초록: "green moss forest", 베이지: "sand khaki", 카키: "khaki", 분홍: "pink", 핑크: "pink", 흰: "white", 화이트: "white",
};

/** Message words that name no item ("I want to return the thing I ordered"). */
const STOPWORDS = new Set(
  "the and for with that this these those from have has had was were are you your our my mine its it's not don't doesn't didn't can can't could would should want wanted need needs order orders ordered item items thing things stuff product one ones some any all get got return returns exchange swap send back refund size fit fits too big small large tight loose wrong still where when what which why how who please thanks thank hey hello just also really very about into onto like them they their there here".split(" "),
);

type Named = { title: string; variantTitle: string | null };

const singular = (word: string) => (word.length > 4 && word.endsWith("es") && /(?:ch|sh|x|s)es$/.test(word) ? word.slice(0, -2) : word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word);

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
    .map(singular);

function messageWords(text: string): string[] {
  const words = wordsOf(text).filter((word) => word.length >= 3 && !STOPWORDS.has(word));
  const compact = text.replace(/\s+/g, "");
  for (const [korean, english] of Object.entries(KOREAN_ITEM_WORDS)) if (compact.includes(korean)) words.push(...english.split(" ").map(singular));
  return words;
}

/** Within one typo for longer words ("sleepng"), or one word inside the other ("daypack" / "pack"). */
function sameWord(said: string, titled: string): boolean {
  if (said === titled) return true;
  if (said.length >= 4 && titled.length >= 4 && (titled.endsWith(said) || said.endsWith(titled))) return true;
  return said.length >= 5 && titled.length >= 5 && withinOneEdit(said, titled);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A title's words, without counts that read like words ("3-Pack" is how many, not a backpack). */
const titleWords = (title: string) => wordsOf(title.replace(/\b\d+\s*-?\s*(?:pack|pk|pair)s?\b/gi, " "));

const matches = (said: string[], words: string[]) => words.filter((word) => said.some((s) => sameWord(s, word))).length;

/** The items the message names, best match first (ties all returned); [] when it names none. */
export function itemsMentioned<T extends Named>(text: string, items: T[]): T[] {
  const said = messageWords(text);
  if (said.length === 0) return [];
  const scored = items
    .map((item) => ({ item, title: matches(said, titleWords(item.title)), variant: matches(said, wordsOf(item.variantTitle ?? "")) }))
    .filter((s) => s.title > 0);
  const best = Math.max(0, ...scored.map((s) => s.title * 10 + s.variant));
  return scored.filter((s) => s.title * 10 + s.variant === best).map((s) => s.item);
}
