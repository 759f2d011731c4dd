import type { CSSProperties } from "react";

export type Bar = { label: string; value: number };

type BarChartProps = {
  bars: Bar[];
  /** One sentence a screen reader announces instead of the drawing, e.g. "Conversations per day: 12 in total". */
  summary: string;
  /** Column headings of the table that carries the same numbers for assistive technology. */
  labelHeading: string;
  valueHeading: string;
  height?: number;
};

/** At most this many axis labels, so dates stay legible on a phone; the hidden table lists every bar. */
const MAX_AXIS_LABELS = 7;
const VALUE_LABEL_SPACE = 18;
const AXIS_LABEL_SPACE = 22;

const VISUALLY_HIDDEN: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};

const TEXT_STYLE: CSSProperties = { fontSize: 12, fill: "var(--p-color-text-secondary)", fontFamily: "inherit" };

/** Centred under its bar, except at the chart's edges, where a centred label would be cut off on a narrow screen. */
function axisLabelPosition(index: number, count: number, slot: number): { x: string; textAnchor: "start" | "middle" | "end" } {
  if (index === 0) return { x: "0%", textAnchor: "start" };
  if (index === count - 1) return { x: "100%", textAnchor: "end" };
  return { x: `${(index + 0.5) * slot}%`, textAnchor: "middle" };
}

/**
 * A dependency-free bar chart. Horizontal positions are percentages of the SVG's width (no viewBox), so the chart
 * fills any card width while its text keeps its real size instead of shrinking with the drawing.
 */
export function BarChart({ bars, summary, labelHeading, valueHeading, height = 200 }: BarChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const plotTop = VALUE_LABEL_SPACE;
  const plotHeight = height - VALUE_LABEL_SPACE - AXIS_LABEL_SPACE;
  const baseline = plotTop + plotHeight;
  const slot = 100 / Math.max(1, bars.length);
  const labelEvery = Math.ceil(bars.length / MAX_AXIS_LABELS);
  // Label the newest bar (today, this week) and count back from it.
  const showsLabel = (index: number) => (bars.length - 1 - index) % labelEvery === 0;

  return (
    <div style={{ position: "relative" }}>
      <svg role="img" aria-label={summary} width="100%" height={height} style={{ display: "block" }}>
        <line x1="0" x2="100%" y1={baseline} y2={baseline} stroke="var(--p-color-border)" strokeWidth={1} />
        {bars.map((bar, index) => {
          const barHeight = (bar.value / max) * plotHeight;
          const center = `${(index + 0.5) * slot}%`;
          return (
            <g key={`${bar.label}-${index}`}>
              <rect
                x={`${(index + 0.15) * slot}%`}
                width={`${slot * 0.7}%`}
                y={baseline - barHeight}
                height={barHeight}
                rx={2}
                fill="var(--p-color-bg-fill-emphasis)"
              >
                <title>{`${bar.label}: ${bar.value}`}</title>
              </rect>
              {bar.value > 0 && (
                <text x={center} y={baseline - barHeight - 5} textAnchor="middle" style={TEXT_STYLE}>
                  {bar.value}
                </text>
              )}
              {showsLabel(index) && (
                <text {...axisLabelPosition(index, bars.length, slot)} y={baseline + 16} style={TEXT_STYLE}>
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table style={VISUALLY_HIDDEN}>
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, index) => (
            <tr key={`${bar.label}-${index}`}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
