import { CronExpressionParser } from "cron-parser";

/** The next `count` times a five-field cron expression fires in `timeZone`, or why it cannot. */
export function nextRuns(cron: string, timeZone: string, count = 5, from: Date = new Date()): { times: Date[] } | { error: string } {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return { error: "A schedule has five fields: minute hour day-of-month month day-of-week." };
  if (!isTimeZone(timeZone)) return { error: `${timeZone} is not an IANA time zone (e.g. Europe/Paris, America/New_York, UTC).` };
  try {
    const interval = CronExpressionParser.parse(cron.trim(), { currentDate: from, tz: timeZone });
    const times: Date[] = [];
    for (let i = 0; i < count; i++) times.push(interval.next().toDate());
    return { times };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.trim() !== "";
  } catch {
    return false;
  }
}

/** "Wed, Jul 1, 2026, 06:00 EDT": a run time as people in that zone read it. */
export function formatInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit",
    hourCycle: "h23", timeZone, timeZoneName: "short",
  }).format(date);
}
