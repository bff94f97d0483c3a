// The chart builder's parameters: which columns may go where, what the URL holds, and the
// `GET /pipelines/{id}/series` query they make. Pure functions, unit-tested.
import type { components, operations } from "../api/schema";

type TableColumn = components["schemas"]["TableColumn"];
export type Bucket = components["schemas"]["Bucket"];
export type Agg = components["schemas"]["Agg"];
export type ChartKind = components["schemas"]["ChartKind"];
export type SeriesQuery = NonNullable<operations["get_series"]["parameters"]["query"]>;
export type SeriesResponse = components["schemas"]["SeriesResponse"];

export const BUCKETS: readonly Bucket[] = ["none", "hour", "day", "week", "month", "quarter", "year"];
export const AGGS: readonly Agg[] = ["sum", "avg", "min", "max", "count", "last"];
export const KINDS: readonly ChartKind[] = ["line", "bar"];
/** The server's default and the most a chart asks for. */
export const MAX_POINTS = 2000;
/** The server takes 1 to 10 y columns. */
export const MAX_Y = 10;

const TEMPORAL = /^(date|timestamp( without time zone| with time zone)?|timestamptz)$/;
const NUMERIC = /^(smallint|integer|bigint|int2|int4|int8|real|double precision|float4|float8|numeric(\(.*\))?|decimal(\(.*\))?)$/;
const TEXT = /^(text|character varying(\(\d+\))?|varchar(\(\d+\))?|character(\(\d+\))?|char(\(\d+\))?)$/;

const visible = (cols: readonly TableColumn[]) => cols.filter((c) => !c.bookkeeping);
/** Columns that can be the x axis: dates and times. */
export const temporalColumns = (cols: readonly TableColumn[]) => visible(cols).filter((c) => TEMPORAL.test(c.pg_type));
/** Columns that can be a y: numbers. */
export const numericColumns = (cols: readonly TableColumn[]) => visible(cols).filter((c) => NUMERIC.test(c.pg_type));
/** Columns that can split series into groups: text. */
export const groupColumns = (cols: readonly TableColumn[]) => visible(cols).filter((c) => TEXT.test(c.pg_type));

export interface ChartParams {
  x: string;
  y: string[];
  bucket: Bucket;
  agg: Agg;
  group: string | null;
  kind: ChartKind;
}

/** A first chart: the first date column (the key's, when it is one) against up to three numbers. */
export function defaultParams(cols: readonly TableColumn[]): ChartParams | null {
  const xs = temporalColumns(cols);
  const x = xs.find((c) => c.primary_key) ?? xs[0];
  const ys = numericColumns(cols).slice(0, 3);
  if (!x || ys.length === 0) return null;
  return { x: x.name, y: ys.map((c) => c.name), bucket: "none", agg: "sum", group: null, kind: "line" };
}

/** The parameters a URL holds, kept only where they fit the table; the rest from the default. */
export function paramsFromSearch(search: URLSearchParams, cols: readonly TableColumn[]): ChartParams | null {
  const fallback = defaultParams(cols);
  if (!fallback) return null;
  const xs = new Set(temporalColumns(cols).map((c) => c.name));
  const ys = new Set(numericColumns(cols).map((c) => c.name));
  const gs = new Set(groupColumns(cols).map((c) => c.name));
  const x = search.get("x");
  const y = (search.get("y") ?? "").split(",").filter((n) => ys.has(n)).slice(0, MAX_Y);
  const bucket = search.get("bucket");
  const agg = search.get("agg");
  const group = search.get("group");
  const kind = search.get("kind");
  return {
    x: x !== null && xs.has(x) ? x : fallback.x,
    y: y.length > 0 ? y : fallback.y,
    bucket: (BUCKETS as readonly string[]).includes(bucket ?? "") ? (bucket as Bucket) : fallback.bucket,
    agg: (AGGS as readonly string[]).includes(agg ?? "") ? (agg as Agg) : fallback.agg,
    group: group !== null && gs.has(group) ? group : null,
    kind: (KINDS as readonly string[]).includes(kind ?? "") ? (kind as ChartKind) : fallback.kind,
  };
}

export function paramsToSearch(p: ChartParams): Record<string, string> {
  const out: Record<string, string> = { x: p.x, y: p.y.join(","), bucket: p.bucket, agg: p.agg };
  if (p.group) out.group = p.group;
  if (p.kind !== "line") out.kind = p.kind;
  return out;
}

/** The series query: never more than MAX_POINTS points. */
export function seriesQuery(p: Omit<ChartParams, "kind">, maxPoints: number = MAX_POINTS): SeriesQuery {
  const q: SeriesQuery = {
    x: p.x,
    y: p.y.slice(0, MAX_Y).join(","),
    bucket: p.bucket,
    agg: p.agg,
    max_points: Math.max(1, Math.min(Math.floor(maxPoints), MAX_POINTS)),
  };
  if (p.group) q.group = p.group;
  return q;
}

/** A series' name in the legend: the y, and its group when grouped. */
export function seriesLabel(s: SeriesResponse["series"][number]): string {
  if (s.other) return `${s.y} · other groups`;
  return s.group === null || s.group === undefined ? s.y : `${s.y} · ${s.group}`;
}

/** "2020-04-01" (a date: midnight UTC) or an ISO timestamp -> seconds since the epoch. */
export function xToSeconds(x: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(x)) return Date.parse(`${x}T00:00:00Z`) / 1000;
  // A timestamp without an offset is wall-clock time: read as UTC, shown as UTC.
  return Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(x) ? x : `${x}Z`) / 1000;
}

/** The numbers uPlot draws (big integers sent as strings become approximate numbers). */
export function toNumbers(values: ReadonlyArray<number | string | null>): Array<number | null> {
  return values.map((v) => (v === null ? null : typeof v === "number" ? v : Number(v)));
}

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies; yellow last. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"] as const;
export const colourOf = (i: number): string => PALETTE[i % PALETTE.length] ?? "#000000";
