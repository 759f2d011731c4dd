import { z } from "zod";
import { say } from "../language";
import type { Language } from "../types";

/**
 * A shipping address inside a shopper's message — "my order is on hold bc of the address. correct one is 455 S Pearl
 * St Apt 2, Denver CO 80209 thx" gives only the address. US and Canadian addresses (street, unit, city, state or
 * province, ZIP or postal code) and Korean road addresses (도로명 주소 with 우편번호). Only an address with every part
 * present is taken: anything less returns null and the skill asks again — an address is never guessed, and a sentence
 * is never saved as one.
 */
export const Address = z.object({
  address1: z.string().min(1),
  address2: z.string().nullable(),
  city: z.string().min(1),
  /** Shopify's province code: "CO", "ON", "KR-11". */
  provinceCode: z.string().nullable(),
  zip: z.string().min(1),
  countryCode: z.string().length(2),
});
export type Address = z.infer<typeof Address>;

type Region = { code: string; names: string[]; country: "US" | "CA" | "KR" };

const US_STATES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois",
  IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland",
  MA: "Massachusetts", MI: "Michigan", MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana",
  NE: "Nebraska", NV: "Nevada", NH: "New Hampshire", NJ: "New Jersey", NM: "New Mexico", NY: "New York",
  NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania",
  RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah",
  VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
};
const CA_PROVINCES: Record<string, string> = {
  AB: "Alberta", BC: "British Columbia", MB: "Manitoba", NB: "New Brunswick", NL: "Newfoundland and Labrador",
  NS: "Nova Scotia", NT: "Northwest Territories", NU: "Nunavut", ON: "Ontario", PE: "Prince Edward Island",
  QC: "Quebec", SK: "Saskatchewan", YT: "Yukon",
};
/** 시/도 with Shopify's (ISO 3166-2) code, the English name the demo store keeps, and how shoppers write it. */
const KR_PROVINCES: { code: string; en: string; ko: string[] }[] = [
  { code: "KR-11", en: "Seoul", ko: ["서울특별시", "서울시", "서울"] },
  { code: "KR-26", en: "Busan", ko: ["부산광역시", "부산시", "부산"] },
  { code: "KR-27", en: "Daegu", ko: ["대구광역시", "대구시", "대구"] },
  { code: "KR-28", en: "Incheon", ko: ["인천광역시", "인천시", "인천"] },
  // Not "광주시": that is also a city in Gyeonggi-do.
  { code: "KR-29", en: "Gwangju", ko: ["광주광역시", "광주"] },
  { code: "KR-30", en: "Daejeon", ko: ["대전광역시", "대전시", "대전"] },
  { code: "KR-31", en: "Ulsan", ko: ["울산광역시", "울산시", "울산"] },
  { code: "KR-50", en: "Sejong", ko: ["세종특별자치시", "세종시", "세종"] },
  { code: "KR-41", en: "Gyeonggi", ko: ["경기도", "경기"] },
  { code: "KR-42", en: "Gangwon", ko: ["강원특별자치도", "강원도", "강원"] },
  { code: "KR-43", en: "North Chungcheong", ko: ["충청북도", "충북"] },
  { code: "KR-44", en: "South Chungcheong", ko: ["충청남도", "충남"] },
  { code: "KR-45", en: "North Jeolla", ko: ["전북특별자치도", "전라북도", "전북"] },
  { code: "KR-46", en: "South Jeolla", ko: ["전라남도", "전남"] },
  { code: "KR-47", en: "North Gyeongsang", ko: ["경상북도", "경북"] },
  { code: "KR-48", en: "South Gyeongsang", ko: ["경상남도", "경남"] },
  { code: "KR-49", en: "Jeju", ko: ["제주특별자치도", "제주도", "제주"] },
];

const NORTH_AMERICAN_REGIONS: Region[] = [
  ...Object.entries(US_STATES).map(([code, name]) => ({ code, names: [code, name], country: "US" as const })),
  ...Object.entries(CA_PROVINCES).map(([code, name]) => ({ code, names: [code, name], country: "CA" as const })),
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** Longest first, so "New York" is not read as "NY"-less "York" and "서울특별시" not as "서울". */
const alternation = (names: string[]) => [...names].sort((a, b) => b.length - a.length).map(escape).join("|");

// ------------------------------------------------------------------------------------------- US and Canada

/** The end of a North American address: "Denver CO 80209", ", Colorado 80209-1234, USA", "Toronto, ON M5H 2N2". */
const REGION_AND_ZIP = new RegExp(
  String.raw`(?<=[\s,])(?<region>${alternation(NORTH_AMERICAN_REGIONS.flatMap((r) => r.names))})\.?\s*,?\s*(?<zip>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w-])(?:\s*,?\s*(?:USA|U\.S\.A\.?|US|U\.S\.?|United\s+States(?:\s+of\s+America)?|Canada)\b)?`,
  "gi",
);
const STREET_TYPES =
  "street|st|avenue|ave|av|boulevard|blvd|road|rd|drive|dr|lane|ln|way|court|ct|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|loop|pike|row|plaza|plz|alley|aly|crossing|xing|run|path";
/** Chatter that never stands between a house number and its street type ("2 kids and live at Pearl St"). */
const NOT_STREET_WORDS = "is|are|am|was|at|to|and|or|the|my|of|on|in|for|from|bc|because|it|its|i|me|we|you|address|order|please|thx|thanks|new|correct|now|change|ship|send|deliver";
/**
 * "455 S Pearl St", "4120 Fremont Ave N", "305 W 52nd St", "1600 Broadway", and Utah's grid "742 E 900 S". The house
 * number is not an order number ("#1034") or a price ("$50").
 */
const STREET = new RegExp(
  String.raw`(?<![\w#$.,-])\d+[A-Za-z]?(?:-\d+)?\s+(?:(?:(?!(?:${NOT_STREET_WORDS})\b)[\w'.-]+\s+){1,4}?(?:${STREET_TYPES})\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?|Broadway\b|[NSEW]\.?\s+\d+\s+[NSEW]\b)`,
  "gi",
);
/** What lies between the street and the state: an optional unit ("Apt 2", "#4", "Unit 1107"), then the city. */
const UNIT_AND_CITY = /^[\s,]*(?:(?<unit>(?:apartment|apt|unit|suite|ste|floor|fl|room|rm|building|bldg)\.?\s*#?\s*[A-Za-z0-9-]+|#\s*[A-Za-z0-9-]+)[\s,]+)?(?<city>[A-Za-z][A-Za-z.'-]*(?:\s+[A-Za-z][A-Za-z.'-]*){0,3})[\s,]*$/i;

function northAmericanAddress(text: string): Address | null {
  for (const end of text.matchAll(REGION_AND_ZIP)) {
    const said = end.groups!.region!.replace(/\s+/g, " ").toLowerCase();
    const zip = end.groups!.zip!.toUpperCase();
    const country = /^\d/.test(zip) ? "US" : "CA";
    const region = NORTH_AMERICAN_REGIONS.find((r) => r.country === country && r.names.some((name) => name.toLowerCase() === said));
    if (!region) continue;
    const before = text.slice(0, end.index);
    // The last street before the state whose remainder reads as a unit and a city ("I moved from 12 Oak St to …").
    for (const street of [...before.matchAll(STREET)].reverse()) {
      const rest = UNIT_AND_CITY.exec(before.slice(street.index + street[0].length));
      if (!rest) continue;
      return {
        address1: street[0].replace(/\s+/g, " ").trim(),
        address2: rest.groups!.unit?.replace(/\s+/g, " ").trim() ?? null,
        city: rest.groups!.city!.replace(/\s+/g, " "),
        provinceCode: region.code,
        zip: country === "CA" ? zip.replace(/^(\w{3})\s?/, "$1 ") : zip,
        countryCode: country,
      };
    }
  }
  return null;
}

// ------------------------------------------------------------------------------------------------- Korea

/**
 * "서울특별시 강남구 테헤란로 152 강남파이낸스센터 1204호 (06236)", "06236 서울 강남구 테헤란로 152, 1204호": 시/도, then
 * 시/군/구 (none in 세종), the road (…로, …길, "분당로53번길") and the building number.
 */
const KOREAN_ROAD = new RegExp(
  String.raw`(?<![가-힣])(?<province>${alternation(KR_PROVINCES.flatMap((p) => p.ko))})(?![가-힣])[\s,]*(?<districts>(?:[가-힣]+[시군구][\s,]+){0,2})(?<road>[가-힣A-Za-z0-9]+(?:로|길)(?:\s*\d+번?길)?)\s*(?<number>\d+(?:-\d+)?)(?![\d-])`,
);
const KOREAN_ZIP = /(?<![\d-])\d{5}(?![\d-])/g;
/** The end of the detail (상세 주소): a unit or a building ("1204호", "101동", "3층", "강남파이낸스센터"). */
const DETAIL_END = /^(?:[A-Za-z]?\d+(?:-\d+)?(?:동|호|호실|층)|[가-힣A-Za-z0-9]+(?:센터|빌딩|타워|아파트|오피스텔|빌라|맨션|하우스|플라자|프라자|상가|단지|APT))$/i;
const PARTICLE = /(?:으로|로|이요|요|에|입니다|이에요|예요)$/;

/** The detail after the building number, up to the postal code or a note in brackets; chatter after it is left out. */
function koreanDetail(rest: string): string | null {
  const words = rest.split(/[()[\]]|우편번호|\d{5}/)[0]!.split(/[\s,]+/).filter(Boolean);
  const cleaned = words.map((word) => (DETAIL_END.test(word.replace(PARTICLE, "")) ? word.replace(PARTICLE, "") : word));
  const last = cleaned.findLastIndex((word) => DETAIL_END.test(word));
  return last < 0 ? null : cleaned.slice(0, last + 1).join(" ");
}

function koreanAddress(text: string): Address | null {
  const road = KOREAN_ROAD.exec(text);
  if (!road) return null;
  const groups = road.groups!;
  const roadStart = road.index + road[0].length - groups.number!.length;
  const zip = [...text.matchAll(KOREAN_ZIP)].find((match) => match.index !== roadStart)?.[0];
  if (!zip) return null;
  const province = KR_PROVINCES.find((p) => p.ko.includes(groups.province!))!;
  const districts = groups.districts!.split(/[\s,]+/).filter(Boolean).join(" ");
  return {
    address1: `${groups.road!.replace(/\s+/g, "")} ${groups.number}`,
    address2: koreanDetail(text.slice(road.index + road[0].length)),
    // 세종 has no 시/군/구: the city is the province itself.
    city: districts || province.ko[0]!,
    provinceCode: province.code,
    zip,
    countryCode: "KR",
  };
}

export function addressIn(text: string): Address | null {
  return koreanAddress(text) ?? northAmericanAddress(` ${text} `);
}

// ------------------------------------------------------------------------------------------------ display

function provinceName(address: Address, language: Language): string | null {
  if (!address.provinceCode) return null;
  const korean = KR_PROVINCES.find((p) => p.code === address.provinceCode);
  if (korean) return language === "ko" ? korean.ko[0]! : korean.en;
  return (address.countryCode === "CA" ? CA_PROVINCES : US_STATES)[address.provinceCode] ?? address.provinceCode;
}

const countryName = (code: string, language: Language) => new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;

/** The address on one line, as it is written in its country. */
export function formatAddress(address: Address): string {
  if (address.countryCode === "KR") {
    const province = KR_PROVINCES.find((p) => p.code === address.provinceCode)?.ko[0];
    const city = address.city === province ? null : address.city; // 세종: the province is the city
    return [[province, city, address.address1, address.address2].filter(Boolean).join(" "), `(${address.zip})`].join(" ");
  }
  return [address.address1, address.address2, address.city, [address.provinceCode, address.zip].filter(Boolean).join(" "), address.countryCode].filter(Boolean).join(", ");
}

/** Field by field, labelled as the country calls them, so the shopper checks exactly what will be saved. */
export function addressFields(address: Address, language: Language): { label: string; value: string }[] {
  const us = address.countryCode === "US";
  const none = say(language, { en: "(none)", ko: "(없음)" });
  return [
    { label: say(language, { en: "Address line 1", ko: "주소" }), value: address.address1 },
    { label: say(language, { en: "Address line 2", ko: "상세 주소" }), value: address.address2 ?? none },
    { label: say(language, { en: "City", ko: "시/군/구" }), value: address.city },
    { label: say(language, us ? { en: "State", ko: "주" } : { en: "State/province", ko: "시/도" }), value: provinceName(address, language) ?? none },
    { label: say(language, us ? { en: "ZIP code", ko: "ZIP 코드" } : { en: "Postal code", ko: "우편번호" }), value: address.zip },
    { label: say(language, { en: "Country", ko: "국가" }), value: countryName(address.countryCode, language) },
  ];
}
