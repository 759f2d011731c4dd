import type { OutcomeRates } from "../../services/skill-analytics.server";
import { useT } from "../i18n";
import { useFormat } from "./format";
import { StatCard } from "./StatCard";

const MESSAGES = {
  resolutionRate: { en: "Resolution rate", ko: "해결률" },
  handoffRate: { en: "Handoff rate", ko: "상담 이관률" },
  ofMessages: { en: "of {count} shopper messages", ko: "쇼핑객 메시지 {count}건 중" },
  ofOneMessage: { en: "of 1 shopper message", ko: "쇼핑객 메시지 1건 중" },
  noMessages: { en: "No shopper messages in this period", ko: "이 기간에 쇼핑객 메시지가 없어요" },
};

/** Resolution and handoff rates as two stat cards, for the caller to place in its grid. */
export function RateStatCards({ rates }: { rates: OutcomeRates }) {
  const t = useT();
  const format = useFormat();
  const detail = t(rates.messages === 0 ? MESSAGES.noMessages : rates.messages === 1 ? MESSAGES.ofOneMessage : MESSAGES.ofMessages, { count: rates.messages });
  return (
    <>
      <StatCard title={t(MESSAGES.resolutionRate)} value={format.percent(rates.resolutionRate)} detail={detail} />
      <StatCard title={t(MESSAGES.handoffRate)} value={format.percent(rates.handoffRate)} detail={detail} />
    </>
  );
}
