import { describe, expect, it } from "vitest";
import { addressFields, addressIn, formatAddress } from "./address";

const PEARL = { address1: "455 S Pearl St", city: "Denver", provinceCode: "CO", zip: "80209", countryCode: "US" };

describe("US and Canadian addresses in a message", () => {
  it("takes only the address out of a sentence around it", () => {
    expect(addressIn("my order is on hold bc of the address. correct one is 455 S Pearl St Apt 2, Denver CO 80209 thx")).toEqual({ ...PEARL, address2: "Apt 2" });
  });

  it.each([
    ["455 S Pearl St, Apt 2, Denver, CO 80209", "Apt 2"],
    ["455 S Pearl St Apt 2 Denver CO 80209", "Apt 2"],
    ["455 S Pearl St #4, Denver, Colorado 80209", "#4"],
    ["455 S Pearl St Unit 4 Denver colorado 80209", "Unit 4"],
    ["change my address to 455 S Pearl St, Apartment 4B, Denver, CO 80209", "Apartment 4B"],
    ["455 S Pearl St\nApt 2\nDenver, CO 80209", "Apt 2"],
    ["pls ship it to 455 S Pearl St, Denver, CO 80209, USA", null],
    ["new address: 455 S Pearl St, Denver CO 80209. thanks!", null],
  ])("reads %j", (text, address2) => {
    expect(addressIn(text)).toEqual({ ...PEARL, address2 });
  });

  it("reads ZIP+4, lower case, directions after the street, numbered streets and multi-word cities", () => {
    expect(addressIn("4120 Fremont Ave N, Seattle, Washington 98103-1234")).toMatchObject({ address1: "4120 Fremont Ave N", city: "Seattle", provinceCode: "WA", zip: "98103-1234" });
    expect(addressIn("455 s pearl st denver co 80209")).toMatchObject({ address1: "455 s pearl st", city: "denver", provinceCode: "CO", zip: "80209" });
    expect(addressIn("305 W 52nd St Apt 9C New York New York 10019")).toMatchObject({ address1: "305 W 52nd St", address2: "Apt 9C", city: "New York", provinceCode: "NY" });
    expect(addressIn("742 E 900 S, Salt Lake City, UT 84105")).toMatchObject({ address1: "742 E 900 S", city: "Salt Lake City", provinceCode: "UT" });
    expect(addressIn("1600 Broadway, New York, NY 10019")).toMatchObject({ address1: "1600 Broadway", city: "New York" });
  });

  it("takes the new address, not an old one mentioned before it", () => {
    expect(addressIn("I moved from 12 Oak St to 88 Brattle St, Cambridge, MA 02138")).toMatchObject({ address1: "88 Brattle St", city: "Cambridge", provinceCode: "MA", zip: "02138" });
  });

  it("reads a Canadian address with its postal code", () => {
    expect(addressIn("100 Queen St W, Toronto, ON M5H 2N2")).toEqual({ address1: "100 Queen St W", address2: null, city: "Toronto", provinceCode: "ON", zip: "M5H 2N2", countryCode: "CA" });
  });
});

describe("Korean road addresses (도로명 주소) in a message", () => {
  const GANGNAM = { address1: "테헤란로 152", city: "강남구", provinceCode: "KR-11", zip: "06236", countryCode: "KR" };

  it.each([
    ["서울특별시 강남구 테헤란로 152 강남파이낸스센터 1204호 (06236)", "강남파이낸스센터 1204호"],
    ["06236 서울 강남구 테헤란로 152, 1204호", "1204호"],
    ["배송지를 서울시 강남구 테헤란로 152 1204호로 바꿔 주세요. 우편번호 06236", "1204호"],
    ["서울 강남구 테헤란로 152 (06236)", null],
  ])("reads %j as the demo store keeps Korean addresses", (text, address2) => {
    expect(addressIn(text)).toEqual({ ...GANGNAM, address2 });
  });

  it("maps 시/도 to Shopify's province code and keeps 시 and 구 together as the city", () => {
    expect(addressIn("부산광역시 해운대구 해운대해변로 264 101동 1502호 (48099)")).toMatchObject({ city: "해운대구", provinceCode: "KR-26", address2: "101동 1502호", zip: "48099" });
    expect(addressIn("경기도 성남시 분당구 판교역로 235 (삼평동) 13494")).toMatchObject({ address1: "판교역로 235", address2: null, city: "성남시 분당구", provinceCode: "KR-41" });
    expect(addressIn("제주 제주시 첨단로 242, 63309")).toMatchObject({ provinceCode: "KR-49", city: "제주시" });
    expect(addressIn("세종특별자치시 한누리대로 2130 (30151)")).toMatchObject({ city: "세종특별자치시", provinceCode: "KR-50" });
  });

  it("needs the 우편번호 and the 시/도", () => {
    expect(addressIn("서울 강남구 테헤란로 152, 1204호")).toBeNull();
    expect(addressIn("강남구 테헤란로 152 (06236)")).toBeNull();
  });
});

describe("text that is not an address", () => {
  it.each([
    "bc of the address",
    "my order is on hold bc of the address",
    "can you change the address?",
    "change my shipping address",
    "123",
    "80209",
    "1ZA4V7820382879457",
    "9400111899223397623910",
    "#1029",
    "where is order #1029? I'm in Denver CO 80209",
    "455 S Pearl St",
    "455 S Pearl St, Denver",
    "455 S Pearl St, Denver 80209",
    "I have 2 kids and live near Pearl St, Denver CO 80209",
    "주소 바꿔 주세요",
    "서울로 보내 주세요",
    "배송지 변경 가능한가요?",
  ])("finds none in %j", (text) => {
    expect(addressIn(text)).toBeNull();
  });
});

describe("showing an address", () => {
  it("lists it field by field, labelled as its country calls them", () => {
    const denver = addressIn("455 S Pearl St Apt 2, Denver CO 80209")!;
    expect(addressFields(denver, "en")).toEqual([
      { label: "Address line 1", value: "455 S Pearl St" },
      { label: "Address line 2", value: "Apt 2" },
      { label: "City", value: "Denver" },
      { label: "State", value: "Colorado" },
      { label: "ZIP code", value: "80209" },
      { label: "Country", value: "United States" },
    ]);
    const seoul = addressIn("서울 강남구 테헤란로 152 (06236)")!;
    expect(addressFields(seoul, "ko").map((f) => `${f.label}: ${f.value}`)).toEqual(["주소: 테헤란로 152", "상세 주소: (없음)", "시/군/구: 강남구", "시/도: 서울특별시", "우편번호: 06236", "국가: 대한민국"]);
  });

  it("writes it on one line as its country does", () => {
    expect(formatAddress(addressIn("455 S Pearl St Apt 2, Denver CO 80209")!)).toBe("455 S Pearl St, Apt 2, Denver, CO 80209, US");
    expect(formatAddress(addressIn("06236 서울 강남구 테헤란로 152, 1204호")!)).toBe("서울특별시 강남구 테헤란로 152 1204호 (06236)");
  });
});
