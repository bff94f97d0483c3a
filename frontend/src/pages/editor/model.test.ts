import { describe, expect, it } from "vitest";

import { mapFieldErrors } from "../../api/errors";
import { databaseChoices, emptyEditor, fieldPaths, fromPipeline, newStep, normalizePath, OP_FIELDS, parseField, toRequest, type DestinationDatabase, type EditorState, type PipelineSpec } from "./model";
import { nextRuns } from "./schedule";

const state: EditorState = {
  ...emptyEditor(),
  name: " us-covid ",
  sources: [{ frame: "nyt", source: "nyt-us" }, { frame: "jhu", source: "jhu-recovered-global" }],
  transform: [
    { op: "parse_date", frame: "nyt", column: "date", format: "%Y-%m-%d" },
    { op: "cast", frame: "nyt", columns: { cases: "int" } },
    { op: "join", left: "nyt", right: "jhu", on: ["date"], how: "inner", into: "out" },
    { op: "parse_date", frame: "jhu", column: "", format: "%m/%d/%Y" },
  ],
  output: "out",
  table: "us_covid",
  primaryKey: "date, state",
  scheduled: true,
  cron: "0 6 * * *",
  timezone: "America/New_York",
};

describe("the editor's request", () => {
  it("is the PipelineRequest the server takes", () => {
    expect(toRequest(state)).toEqual({
      name: "us-covid",
      description: "",
      enabled: true,
      spec: {
        sources: { nyt: "nyt-us", jhu: "jhu-recovered-global" },
        transform: state.transform,
        output: "out",
        destination: { table: "us_covid", primary_key: ["date", "state"] },
        schedule: { cron: "0 6 * * *", timezone: "America/New_York" },
      },
    });
    expect(toRequest({ ...state, scheduled: false }).spec.schedule).toBeUndefined();
    expect(toRequest(state).spec.incremental).toBeUndefined();
    expect(toRequest({ ...state, incremental: true, cursor: "date", lookback: "3" }).spec.incremental).toEqual({ cursor: "date", lookback: 3 });
    expect(toRequest({ ...state, incremental: true, cursor: "date", lookback: "" }).spec.incremental).toEqual({ cursor: "date" });
  });

  it("writes a source frame without inference as an object, and reads it back", () => {
    const off = { ...state, sources: [{ frame: "nyt", source: "nyt-us", inferTypes: false }, { frame: "jhu", source: "jhu-recovered-global" }] };
    const spec = toRequest(off).spec;
    expect(spec.sources).toEqual({ nyt: { source: "nyt-us", infer_types: false }, jhu: "jhu-recovered-global" });
    const response = {
      id: "p1", name: "us-covid", description: "", enabled: true, spec, destination_table: "us_covid",
      version: 1, notify: { email: [], webhooks: [], on: [] }, created_at: "", updated_at: "",
    };
    expect(fromPipeline(response).sources).toEqual([
      { frame: "nyt", source: "nyt-us", inferTypes: false },
      { frame: "jhu", source: "jhu-recovered-global" },
    ]);
    expect(toRequest(fromPipeline(response)).spec.sources).toEqual(spec.sources);
  });

  it("keeps what a stored pipeline has when saved unchanged", () => {
    const base = toRequest({ ...state, incremental: true, cursor: "date", lookback: "7" });
    const stored = { ...base, spec: { ...base.spec, tests: [{ column: "cases", min: 0, on_fail: "warn" as const }] } };
    const response = {
      id: "p1", name: stored.name, description: "", enabled: true, spec: stored.spec, destination_table: "us_covid",
      version: 1, notify: { email: [], webhooks: [], on: [] }, created_at: "", updated_at: "",
    };
    expect(toRequest(fromPipeline(response))).toEqual(stored);
  });

  it("sends on_schema_change only when it is not the default, and keeps a stored one", () => {
    expect(toRequest(state).spec.destination.on_schema_change).toBeUndefined();
    const stored = toRequest({ ...state, onSchemaChange: "backfill" });
    expect(stored.spec.destination).toEqual({ table: "us_covid", primary_key: ["date", "state"], on_schema_change: "backfill" });
    const response = {
      id: "p1", name: stored.name, description: "", enabled: true, spec: stored.spec, destination_table: "us_covid",
      version: 1, notify: { email: [], webhooks: [], on: [] }, created_at: "", updated_at: "",
    };
    expect(fromPipeline(response).onSchemaChange).toBe("backfill");
    expect(toRequest(fromPipeline(response))).toEqual(stored);
    expect(toRequest({ ...fromPipeline(response), onSchemaChange: "add_columns" }).spec.destination.on_schema_change).toBeUndefined();
    const replacing = toRequest({ ...fromPipeline(response), mode: "replace" }).spec.destination;
    expect(replacing).toEqual({ table: "us_covid", primary_key: ["date", "state"], mode: "replace", on_schema_change: "backfill" });
    expect(fromPipeline({ ...response, spec: { ...stored.spec, destination: replacing } }).mode).toBe("replace");
  });

  it("sends soft_delete only with mirror, and reads it back", () => {
    const mirror = toRequest({ ...state, mode: "mirror", softDelete: true }).spec.destination;
    expect(mirror).toEqual({ table: "us_covid", primary_key: ["date", "state"], mode: "mirror", soft_delete: true });
    expect(toRequest({ ...state, mode: "mirror", softDelete: false }).spec.destination).toEqual({ table: "us_covid", primary_key: ["date", "state"], mode: "mirror" });
    expect(toRequest({ ...state, mode: "append", softDelete: true }).spec.destination).toEqual({ table: "us_covid", primary_key: ["date", "state"], mode: "append" });
    const stored = toRequest({ ...state, mode: "mirror", softDelete: true });
    const response = {
      id: "p1", name: stored.name, description: "", enabled: true, spec: stored.spec, destination_table: "us_covid",
      version: 1, notify: { email: [], webhooks: [], on: [] }, created_at: "", updated_at: "",
    };
    expect(fromPipeline(response)).toMatchObject({ mode: "mirror", softDelete: true });
    expect(toRequest(fromPipeline(response))).toEqual(stored);
    // Switched to upsert, the stored soft_delete is dropped rather than refused by the server.
    expect(toRequest({ ...fromPipeline(response), mode: "upsert" }).spec.destination).toEqual({ table: "us_covid", primary_key: ["date", "state"] });
  });

  it("keeps the fields of a stored spec that the form does not show, and drops what it turns off", () => {
    const stored = toRequest({ ...state, incremental: true, cursor: "date" });
    const newer = { ...stored.spec, tests: [{ column: "cases", not_null: true }], destination: { ...stored.spec.destination, future_field: 1 } } as PipelineSpec;
    const response = {
      id: "p1", name: stored.name, description: "", enabled: true, spec: newer, destination_table: "us_covid",
      version: 1, notify: { email: [], webhooks: [], on: [] }, created_at: "", updated_at: "",
    };
    expect(toRequest(fromPipeline(response)).spec).toEqual(newer);
    const edited = toRequest({ ...fromPipeline(response), incremental: false, scheduled: false, table: "other" }).spec;
    expect(edited).toEqual({ ...newer, incremental: undefined, schedule: undefined, destination: { ...newer.destination, table: "other" } });
    expect("incremental" in edited || "schedule" in edited).toBe(false);
  });
});

describe("the database a pipeline loads into", () => {
  const response = (spec: PipelineSpec) => ({
    id: "p1", name: "us-covid", description: "", enabled: true, spec, destination_table: spec.destination.table,
    version: 1, notify: { email: [], webhooks: [], on: [] }, created_at: "", updated_at: "",
  });
  const destination = (name: string): DestinationDatabase => ({
    id: `id-${name}`, name, host: `${name}.example.com`, port: 5432, database: "analytics", user: "sluice_loader",
    sslmode: "require", schema: "sluice", has_password: true, created_at: "", updated_at: "",
  });

  it("is the built-in one by default: no `database` is sent", () => {
    expect(emptyEditor().database).toBe("");
    expect(toRequest(state).spec.destination).toEqual({ table: "us_covid", primary_key: ["date", "state"] });
    expect("database" in toRequest(state).spec.destination).toBe(false);
  });

  it("is sent when a destination is chosen, and read back", () => {
    const spec = toRequest({ ...state, database: "warehouse", mode: "mirror" }).spec;
    expect(spec.destination).toEqual({ table: "us_covid", primary_key: ["date", "state"], mode: "mirror", database: "warehouse" });
    const read = fromPipeline(response(spec));
    expect(read.database).toBe("warehouse");
    expect(toRequest(read).spec).toEqual(spec);
  });

  it("round-trips a stored spec without it, unchanged", () => {
    const spec = toRequest(state).spec;
    const read = fromPipeline(response(spec));
    expect(read.database).toBe("");
    expect(toRequest(read).spec).toEqual(spec);
    expect("database" in toRequest(read).spec.destination).toBe(false);
  });

  it("is removed when the built-in database is chosen, the other destination fields kept", () => {
    const stored = { ...toRequest(state).spec, destination: { table: "us_covid", primary_key: ["date"], database: "warehouse", future_field: 1 } } as PipelineSpec;
    const builtIn = toRequest({ ...fromPipeline(response(stored)), database: "" }).spec.destination;
    expect(builtIn).toEqual({ table: "us_covid", primary_key: ["date"], future_field: 1 });
    expect("database" in builtIn).toBe(false);
    expect(toRequest({ ...fromPipeline(response(stored)), database: "lake" }).spec.destination).toMatchObject({ database: "lake" });
  });

  it("keeps a stored name the tenant's destinations do not have, and offers it", () => {
    const spec = toRequest({ ...state, database: "gone" }).spec;
    const read = fromPipeline(response(spec));
    expect(toRequest(read).spec.destination.database).toBe("gone");
    const listed = [destination("warehouse"), destination("lake")];
    expect(databaseChoices(listed, read.database).map((c) => c.name)).toEqual(["", "warehouse", "lake", "gone"]);
    expect(databaseChoices(listed, read.database).at(-1)?.destination).toBeUndefined();
    // Unread or unreadable list: the built-in database, and the stored name still.
    expect(databaseChoices(undefined, "gone").map((c) => c.name)).toEqual(["", "gone"]);
  });

  it("offers the built-in database, then the destinations, each once", () => {
    const listed = [destination("warehouse"), destination("lake")];
    expect(databaseChoices([], "")).toEqual([{ name: "" }]);
    expect(databaseChoices(undefined, "")).toEqual([{ name: "" }]);
    expect(databaseChoices(listed, "warehouse")).toEqual([{ name: "" }, { name: "warehouse", destination: listed[0] }, { name: "lake", destination: listed[1] }]);
  });

  it("shows the server's 422 at spec.destination.database on its field", () => {
    const errors = [
      { path: "spec.destination.database", message: "no destination named `gone` in this tenant" },
      { path: "destination.mode", message: "unknown mode" },
    ];
    const normalized = errors.map((e) => ({ ...e, path: normalizePath(e.path) }));
    expect(mapFieldErrors(normalized, fieldPaths(state))).toEqual({
      "spec.destination.database": ["no destination named `gone` in this tenant"],
      "spec.destination.mode": ["unknown mode"],
    });
  });
});

describe("the server's 422 paths in the editor", () => {
  it("land beside the field of the step they name", () => {
    const errors = [
      { path: "spec.transform[3].column", message: "must not be empty" },
      { path: "spec.transform[2].on[0]", message: "no column `date` in jhu" },
      { path: "spec.destination.table", message: "bad name" },
      { path: "spec.sources.jhu", message: "no source named jhu-recovered-global" },
      { path: "spec.transform[2].nonsense", message: "unknown field" },
    ];
    expect(mapFieldErrors(errors, fieldPaths(state))).toEqual({
      "spec.transform[3].column": ["must not be empty"],
      "spec.transform[2].on": ["no column `date` in jhu"],
      "spec.destination.table": ["bad name"],
      "spec.sources.jhu": ["no source named jhu-recovered-global"],
      "spec.transform[2]": ["unknown field"],
    });
  });

  it("read the same with or without `spec.`", () => {
    expect(normalizePath("transform[3].column")).toBe("spec.transform[3].column");
    expect(normalizePath("spec.transform[3].column")).toBe("spec.transform[3].column");
    expect(normalizePath("name")).toBe("name");
  });
});

describe("step fields", () => {
  it("parse lists, maps and JSON as typed", () => {
    const cast = OP_FIELDS.cast[1];
    const by = OP_FIELDS.sort[1];
    const where = OP_FIELDS.filter[1];
    const on = OP_FIELDS.dedupe[1];
    if (!cast || !by || !where || !on) throw new Error("fields missing");
    expect(parseField(cast, "cases: int\nCountry/Region: string\n")).toEqual({ cases: "int", "Country/Region": "string" });
    expect(parseField(by, "date, state,")).toEqual(["date", "state"]);
    expect(parseField(where, '{"column": "c", "eq": "US"}')).toEqual({ column: "c", eq: "US" });
    expect(() => parseField(where, "{oops")).toThrow();
    expect(parseField(on, "  ")).toBeUndefined();
  });

  it("a new step has its required fields", () => {
    expect(newStep("parse_date", "nyt")).toEqual({ op: "parse_date", frame: "nyt", column: "", format: "" });
    expect(newStep("join")).toEqual({ op: "join", left: "", right: "", how: "inner", into: "" });
  });
});

describe("the schedule's next runs", () => {
  it("are five, in the pipeline's zone, across a daylight-saving change", () => {
    const next = nextRuns("0 6 * * *", "America/New_York", 5, new Date("2026-03-06T12:00:00Z"));
    if ("error" in next) throw new Error(next.error);
    expect(next.times.map((t) => t.toISOString())).toEqual([
      "2026-03-07T11:00:00.000Z",
      "2026-03-08T10:00:00.000Z",
      "2026-03-09T10:00:00.000Z",
      "2026-03-10T10:00:00.000Z",
      "2026-03-11T10:00:00.000Z",
    ]);
  });

  it("say what is wrong with a bad expression or zone", () => {
    expect(nextRuns("0 6 * *", "UTC")).toEqual({ error: expect.stringContaining("five fields") });
    expect(nextRuns("0 6 * * *", "Mars/Olympus")).toEqual({ error: expect.stringContaining("not an IANA time zone") });
    expect("error" in nextRuns("99 6 * * *", "UTC")).toBe(true);
  });
});
