import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

import { formatNumber } from "../components/format";
import { colourOf, seriesLabel, toNumbers, xToSeconds, type ChartKind, type SeriesResponse } from "./params";

const bars = (opts: Parameters<NonNullable<typeof uPlot.paths.bars>>[0]) => uPlot.paths.bars?.(opts);
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/**
 * A time-series chart (uPlot): a legend with the values at the cursor, a tooltip with the
 * date and the exact values, thousands separators, the Okabe–Ito palette. Dates are shown as
 * they are; times in `timeZone` (UTC when the column has no zone). Arrow keys move the cursor.
 */
export default function TimeChart({ data, timeZone, title, kind = "line", height = 320 }: {
  data: SeriesResponse;
  kind?: ChartKind;
  timeZone?: string | undefined;
  title: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [idx, setIdx] = useState<number | null>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const dates = data.x.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(data.x[0] ?? "");
  const zone = dates ? "UTC" : data.x[0]?.endsWith("Z") ? (timeZone ?? "UTC") : "UTC";
  const xs = useMemo(() => data.x.map(xToSeconds), [data.x]);
  const labels = useMemo(() => data.series.map(seriesLabel), [data.series]);
  const formatX = useMemo(() => {
    const f = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: zone });
    return (i: number) => (dates ? (data.x[i] ?? "") : `${f.format(new Date((xs[i] ?? 0) * 1000))} ${zone}`);
  }, [dates, data.x, xs, zone]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const opts: uPlot.Options = {
      width: Math.max(el.clientWidth, 200),
      height,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), zone),
      legend: { show: false },
      cursor: { points: { size: 8 }, drag: { x: false, y: false } },
      scales: { x: { time: true } },
      axes: [
        { stroke: "#1a1d21", grid: { stroke: "#e5e7eb" } },
        // Axis ticks are compact (3.5M); the tooltip and the legend give exact values.
        { stroke: "#1a1d21", grid: { stroke: "#e5e7eb" }, size: 56, values: (_u, ticks) => ticks.map((t) => compact.format(t)) },
      ],
      series: [
        {},
        ...data.series.map((s, i) => ({
          label: labels[i] ?? s.y,
          stroke: colourOf(i),
          width: kind === "bar" ? 1 : 2,
          ...(kind === "bar"
            ? { fill: `${colourOf(i)}cc`, paths: bars({ size: [0.8 / data.series.length, 40] }), points: { show: false } }
            : { points: { show: data.x.length <= 400, size: 4, fill: colourOf(i) } }),
          spanGaps: false,
        })),
      ],
      hooks: {
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            setIdx(i ?? null);
            setPos(i === null || i === undefined || u.cursor.left === undefined || u.cursor.left < 0 ? null : { left: u.cursor.left, top: u.cursor.top ?? 0 });
          },
        ],
      },
    };
    const aligned: uPlot.AlignedData = [xs, ...data.series.map((s) => toNumbers(s.values))];
    const u = new uPlot(opts, aligned, el);
    plot.current = u;
    el.dataset.points = String(xs.length);
    el.dataset.drawn = "true";
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(el.clientWidth, 200), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [xs, data.series, labels, height, zone, data.x.length, kind]);

  const moveTo = (i: number) => {
    const u = plot.current;
    if (!u || xs.length === 0) return;
    const clamped = Math.max(0, Math.min(xs.length - 1, i));
    const v = xs[clamped] ?? 0;
    const firstY = data.series.map((s) => toNumbers(s.values)[clamped]).find((y) => y !== null && y !== undefined);
    u.setCursor({ left: u.valToPos(v, "x"), top: firstY === undefined || firstY === null ? 0 : u.valToPos(firstY, "y") });
  };
  const onKey = (e: KeyboardEvent) => {
    const current = idx ?? xs.length - 1;
    const step = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 }[e.key];
    if (step !== undefined) moveTo(current + step);
    else if (e.key === "Home") moveTo(0);
    else if (e.key === "End") moveTo(xs.length - 1);
    else return;
    e.preventDefault();
  };

  const shown = idx ?? xs.length - 1;
  return (
    <figure style={{ margin: 0 }}>
      <div
        className="chart-box"
        tabIndex={0}
        role="group"
        aria-label={`${title}: ${xs.length} points. Arrow keys read the values.`}
        onKeyDown={onKey}
        onFocus={() => idx === null && moveTo(xs.length - 1)}
      >
        <div ref={box} data-testid="chart" />
        {idx !== null && pos && (
          <div
            className="chart-tooltip"
            role="tooltip"
            data-testid="chart-tooltip"
            style={{ left: Math.min(pos.left + 60, (box.current?.clientWidth ?? 400) - 180), top: 8 }}
          >
            <div><strong>{formatX(idx)}</strong></div>
            {data.series.map((s, i) => (
              <div key={i}>
                <span className="swatch" style={{ display: "inline-block", width: 10, height: 10, background: colourOf(i), marginRight: 4 }} />
                {labels[i]}: <strong>{formatNumber(s.values[idx] ?? null)}</strong>
              </div>
            ))}
          </div>
        )}
      </div>
      <figcaption>
        <ul className="legend" aria-label="Legend" data-testid="chart-legend">
          <li className="muted">{xs.length > 0 ? formatX(shown) : "no points"}</li>
          {data.series.map((s, i) => (
            <li key={i}>
              <span className="swatch" style={{ background: colourOf(i) }} />
              {labels[i]}: {formatNumber(s.values[shown] ?? null)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
