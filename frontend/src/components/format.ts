// How numbers, durations and times read everywhere: thousands separators, units, a time zone.
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** 215391 -> "215,391"; integers sent as strings (beyond 2^53) keep every digit. */
export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") {
    return /^-?\d+$/.test(value) ? value.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : value;
  }
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

/** An instant, in a time zone (the browser's when none is given), with the zone's name. */
export function formatInstant(iso: string | null | undefined, timeZone?: string): string {
  if (iso === null || iso === undefined) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat("en-US", {
    year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit",
    hourCycle: "h23", timeZone, timeZoneName: "short",
  }).format(date);
}

/** A value from the data routes, as a cell shows it. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string" && /^-?\d{16,}$/.test(value)) return formatNumber(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
