import type { KnowledgeArticle } from "./knowledge-en";
import { BRAND, RETURNS, SHIPPING, usd } from "./store-facts";

export const KOREAN_ARTICLES: KnowledgeArticle[] = [
  {
    title: "배송 안내",
    body: `## 한국 배송
- 대부분의 주문은 인천 파트너 물류센터에서 **CJ대한통운**으로 발송되며, 발송 후 **${SHIPPING.koreaDays.replace("business days", "영업일")}** 이내에 도착합니다.
- 배송비는 ${usd(SHIPPING.korea)}이며, **${usd(SHIPPING.koreaFreeThreshold)} 이상 구매 시 무료**입니다.
- 관부가세는 상품 가격에 포함되어 있어 수령 시 추가로 내실 금액이 없습니다.

## 국내 재고가 없는 상품
미국 포틀랜드에서 **DHL Express**로 발송되며 ${SHIPPING.internationalDays.replace("business days", "영업일")}이 걸립니다. 배송비는 ${usd(SHIPPING.internationalFlat)}, ${usd(SHIPPING.internationalFreeThreshold)} 이상 무료입니다. 통관 과정에서 1~3일이 더 걸릴 수 있습니다.

## 배송 조회
발송되면 송장번호와 조회 링크가 담긴 이메일을 보내 드립니다. CJ대한통운 송장은 12자리, DHL 송장은 10자리 숫자입니다.

## 문의
${BRAND.email} · ${BRAND.koreanSupportHours}`,
  },
  {
    title: "반품 및 교환 정책",
    body: `- **반품:** 상품 수령 후 **${RETURNS.windowDays}일 이내**, 착용·세탁하지 않고 택이 그대로 붙어 있는 상품만 가능합니다. 환불은 원래 결제 수단으로 처리됩니다.
- **교환:** 수령 후 **${RETURNS.exchangeWindowDays}일 이내** 사이즈·색상 교환은 무료입니다. 반품 상품이 접수(스캔)되는 즉시 교환 상품을 보내 드립니다.
- **한국 고객:** 반품·교환 시 CJ대한통운 방문 수거를 저희가 예약해 드립니다. 수거 비용은 무료입니다.
- **반품 불가 상품:** 기프트 카드, 개봉한 커피, 최종 세일 상품.
- **불량·오배송:** 사진과 함께 ${RETURNS.windowDays}일 이내에 알려 주시면 왕복 배송비를 부담하여 교환 또는 환불해 드립니다.
- **환불 시점:** 상품 도착 후 3영업일 이내 검수, 카드사에 따라 ${RETURNS.refundDays.replace("business days", "영업일")} 이내 환불이 반영됩니다.

이미 진행 중인 반품이 있는 주문은 해당 반품이 끝난 후 추가 반품을 접수할 수 있습니다.`,
  },
  {
    title: "사이즈 가이드",
    body: `## 상의·재킷 (신체 치수, cm)
| 사이즈 | 가슴둘레 | 허리둘레 | 한국 사이즈 |
| --- | --- | --- | --- |
| S | 89–94 | 74–79 | 90 |
| M | 97–102 | 81–86 | 95 |
| L | 104–109 | 89–94 | 100 |
| XL | 112–117 | 97–102 | 105 |

재킷은 이너를 입을 여유가 있게 제작되었습니다. 사이즈 사이라면 재킷은 한 치수 크게, 메리노 티셔츠는 한 치수 작게 선택하세요.

## 신발 (미국 남성 사이즈 → mm)
| US | 8 | 9 | 10 | 11 | 12 |
| --- | --- | --- | --- | --- | --- |
| mm | 260 | 270 | 280 | 290 | 300 |

그래니트 피크 등산화는 반 치수 크게 나와 평소보다 반 치수 작게 추천합니다. 트레일 러너 GTX는 정사이즈입니다.

## 양말
S 225–245mm(여성) · M 240–265mm · L 270–295mm · XL 300–320mm`,
  },
  {
    title: "주문 변경 및 취소",
    body: `- 주문 후 **${RETURNS.cancelWindowHours}시간 이내**, 포장 전이라면 배송지 변경, 사이즈·색상 변경, 주문 취소가 가능합니다.
- 출고 준비 중이거나 이미 발송된 주문은 취소할 수 없으며, 수령 후 반품해 주세요.
- 취소된 주문은 원래 결제 수단으로 전액 환불되며, 결제되지 않은 주문은 승인이 취소됩니다.
- 쇼핑 도우미에게 주문번호와 주문 시 사용한 이메일을 알려 주시면 미발송 주문을 바로 취소해 드립니다.`,
  },
];
