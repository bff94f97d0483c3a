import { describe, expect, it } from "vitest";

import type { components } from "../api/schema";
import {
  defaultParams, groupColumns, MAX_POINTS, numericColumns, paramsFromSearch, paramsToSearch, seriesLabel,
  seriesQuery, temporalColumns, toNumbers, xToSeconds,
} from "./params";

type TableColumn = components["schemas"]["TableColumn"];
const col = (name: string, pg_type: string, extra: Partial<TableColumn> = {}): TableColumn => ({
  name, pg_type, nullable: true, primary_key: false, bookkeeping: false, ...extra,
});
const columns: TableColumn[] = [
  col("loaded", "timestamp with time zone"),
  col("date", "date", { primary_key: true, nullable: false }),
  col("state", "text"),
  col("cases", "bigint"),
  col("deaths", "bigint"),
  col("rate", "double precision"),
  col("ratio", "numeric(10,2)"),
  col("flag", "boolean"),
  col("_sluice_loaded_at", "timestamp with time zone", { bookkeeping: true }),
  col("_sluice_hash", "bigint", { bookkeeping: true }),
];

describe("the chart builder's columns", () => {
  it("offers only dates and times for x, numbers for y, text for groups; never bookkeeping", () => {
    expect(temporalColumns(columns).map((c) => c.name)).toEqual(["loaded", "date"]);
    expect(numericColumns(columns).map((c) => c.name)).toEqual(["cases", "deaths", "rate", "ratio"]);
    expect(groupColumns(columns).map((c) => c.name)).toEqual(["state"]);
  });

  it("starts from the key's date and the first three numbers", () => {
    expect(defaultParams(columns)).toEqual({ x: "date", y: ["cases", "deaths", "rate"], bucket: "none", agg: "sum", group: null, kind: "line" });
    expect(defaultParams([col("name", "text")])).toBeNull();
  });
});

describe("the chart's URL", () => {
  it("round-trips what a person chose", () => {
    const p = { x: "loaded", y: ["deaths"], bucket: "month" as const, agg: "last" as const, group: "state", kind: "bar" as const };
    expect(paramsFromSearch(new URLSearchParams(paramsToSearch(p)), columns)).toEqual(p);
  });

  it("keeps only what fits the table: a text y, an unknown x, a bad bucket fall back", () => {
    const search = new URLSearchParams({ x: "state", y: "state,cases,nope", bucket: "fortnight", agg: "median", group: "cases", kind: "pie" });
    expect(paramsFromSearch(search, columns)).toEqual({ x: "date", y: ["cases"], bucket: "none", agg: "sum", group: null, kind: "line" });
  });
});

describe("the series query", () => {
  it("asks for at most max_points (2000 by default), y comma-separated, group only when set", () => {
    const p = { x: "date", y: ["cases", "deaths"], bucket: "day" as const, agg: "sum" as const, group: null };
    expect(seriesQuery(p)).toEqual({ x: "date", y: "cases,deaths", bucket: "day", agg: "sum", max_points: MAX_POINTS });
    expect(seriesQuery(p, 50_000).max_points).toBe(2000);
    expect(seriesQuery(p, 500).max_points).toBe(500);
    expect(seriesQuery({ ...p, group: "state" }).group).toBe("state");
  });

  it("names series by y and group", () => {
    expect(seriesLabel({ y: "cases", group: null, other: false, values: [] })).toBe("cases");
    expect(seriesLabel({ y: "cases", group: "NY", other: false, values: [] })).toBe("cases · NY");
    expect(seriesLabel({ y: "cases", group: null, other: true, values: [] })).toBe("cases · other groups");
  });

  it("reads x and values as uPlot wants them", () => {
    expect(xToSeconds("2020-04-01")).toBe(Date.UTC(2020, 3, 1) / 1000);
    expect(xToSeconds("2020-04-01T06:00:00Z")).toBe(Date.UTC(2020, 3, 1, 6) / 1000);
    expect(xToSeconds("2020-04-01T06:00:00")).toBe(Date.UTC(2020, 3, 1, 6) / 1000);
    expect(toNumbers([1, "9007199254740993", null])).toEqual([1, 9007199254740992, null]);
  });
});
