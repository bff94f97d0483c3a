// The pipeline editor's state, the request it makes, and where the server's 422 paths land.
// Pure functions, unit-tested.
import type { components } from "../../api/schema";

type Schemas = components["schemas"];
export type TransformStep = Schemas["TransformStep"];
export type Op = TransformStep["op"];
export type PipelineRequest = Schemas["PipelineRequest"];
export type PipelineSpec = Schemas["PipelineSpec"];
export type OnSchemaChange = Schemas["OnSchemaChange"];
export type LoadMode = Schemas["LoadMode"];
export type DestinationDatabase = Schemas["DestinationResponse"];

/** A source frame as the form edits it; `inferTypes` false is `{"source": …, "infer_types": false}`. */
export interface SourceRow {
  frame: string;
  source: string;
  /** Read the columns as the types their values have (the default); false reads text. */
  inferTypes?: boolean;
}

export interface EditorState {
  name: string;
  description: string;
  enabled: boolean;
  sources: SourceRow[];
  transform: TransformStep[];
  output: string;
  /** The tenant's destination the table is loaded into, by name; "" is the built-in database. */
  database: string;
  table: string;
  primaryKey: string;
  mode: LoadMode;
  /** Mirror only: mark rows the sources no longer have instead of deleting them. */
  softDelete: boolean;
  onSchemaChange: OnSchemaChange;
  scheduled: boolean;
  cron: string;
  timezone: string;
  incremental: boolean;
  cursor: string;
  lookback: string;
  /** The spec as stored, when editing one: what the form does not show is saved as it was. */
  stored?: PipelineSpec;
}

export const emptyEditor = (): EditorState => ({
  name: "",
  description: "",
  enabled: true,
  sources: [{ frame: "", source: "" }],
  transform: [],
  output: "",
  database: "",
  table: "",
  primaryKey: "",
  mode: "upsert",
  softDelete: false,
  onSchemaChange: "add_columns",
  scheduled: false,
  cron: "0 6 * * *",
  timezone: "UTC",
  incremental: false,
  cursor: "",
  lookback: "",
});

export function fromPipeline(p: Schemas["PipelineResponse"]): EditorState {
  return {
    name: p.name,
    description: p.description,
    enabled: p.enabled,
    sources: Object.entries(p.spec.sources).map(([frame, source]) =>
      typeof source === "string"
        ? { frame, source }
        : { frame, source: source.source, inferTypes: source.infer_types ?? true }),
    transform: p.spec.transform,
    output: p.spec.output,
    database: p.spec.destination.database ?? "",
    table: p.spec.destination.table,
    primaryKey: p.spec.destination.primary_key.join(", "),
    mode: p.spec.destination.mode ?? "upsert",
    softDelete: p.spec.destination.soft_delete ?? false,
    onSchemaChange: p.spec.destination.on_schema_change ?? "add_columns",
    scheduled: p.spec.schedule !== null && p.spec.schedule !== undefined,
    cron: p.spec.schedule?.cron ?? "0 6 * * *",
    timezone: p.spec.schedule?.timezone ?? "UTC",
    incremental: p.spec.incremental !== null && p.spec.incremental !== undefined,
    cursor: p.spec.incremental?.cursor ?? "",
    lookback: p.spec.incremental?.lookback === undefined ? "" : String(p.spec.incremental.lookback),
    stored: p.spec,
  };
}

export const splitList = (text: string): string[] =>
  text.split(",").map((s) => s.trim()).filter((s) => s !== "");

/** The spec the form describes. Fields it does not show (newer than the editor) keep their
 * stored values; the ones it shows are rewritten, or removed when the form turns them off. */
export function toSpec(s: EditorState): PipelineSpec {
  const { schedule: _schedule, incremental: _incremental, ...kept } = s.stored ?? {};
  const { mode: _mode, on_schema_change: _change, soft_delete: _soft, database: _database, ...keptDestination } = s.stored?.destination ?? {};
  const spec: PipelineSpec = {
    ...kept,
    sources: Object.fromEntries(s.sources.filter((r) => r.frame !== "" || r.source !== "").map((r) =>
      [r.frame.trim(), r.inferTypes === false ? { source: r.source, infer_types: false } : r.source])),
    transform: s.transform,
    output: s.output.trim(),
    destination: { ...keptDestination, table: s.table.trim(), primary_key: splitList(s.primaryKey) },
  };
  // The built-in database is the field's absence.
  if (s.database.trim() !== "") spec.destination.database = s.database.trim();
  if (s.mode !== "upsert") spec.destination.mode = s.mode;
  // Only mirror deletes rows; the checkbox is hidden (and not sent) for the other modes.
  if (s.mode === "mirror" && s.softDelete) spec.destination.soft_delete = true;
  if (s.onSchemaChange !== "add_columns") spec.destination.on_schema_change = s.onSchemaChange;
  if (s.scheduled) spec.schedule = { cron: s.cron.trim(), timezone: s.timezone.trim() || "UTC" };
  if (s.incremental) {
    spec.incremental = { cursor: s.cursor.trim() };
    if (s.lookback.trim() !== "") spec.incremental.lookback = Number(s.lookback);
  }
  return spec;
}

/** One choice of the Database select: `name` "" is the built-in database. */
export interface DatabaseChoice {
  name: string;
  /** The registered destination, when the list has one of that name. */
  destination?: DestinationDatabase;
}

/**
 * The Database select's choices: the built-in database, then the tenant's destinations by name
 * (none while the list is unread or unreadable). A stored name the list lacks is still offered,
 * so that showing the form never changes the pipeline.
 */
export function databaseChoices(destinations: readonly DestinationDatabase[] | undefined, current: string): DatabaseChoice[] {
  const choices: DatabaseChoice[] = [{ name: "" }, ...(destinations ?? []).map((d) => ({ name: d.name, destination: d }))];
  if (current !== "" && !choices.some((c) => c.name === current)) choices.push({ name: current });
  return choices;
}

export function toRequest(s: EditorState): PipelineRequest {
  return { name: s.name.trim(), description: s.description, enabled: s.enabled, spec: toSpec(s) };
}

/** How a step's field is edited. */
export type FieldKind = "frame" | "text" | "list" | "map" | "json" | "bool" | { select: readonly string[] };
export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
  hint?: string;
}

const frame: FieldSpec = { name: "frame", label: "Frame", kind: "frame" };
/** Each op's fields, in the order a person fills them (docs/PIPELINE_SPEC.md). */
export const OP_FIELDS: Record<Op, readonly FieldSpec[]> = {
  select: [frame, { name: "columns", label: "Columns to keep", kind: "list" }],
  drop: [frame, { name: "columns", label: "Columns to remove", kind: "list" }],
  rename: [frame, { name: "columns", label: "Renames", kind: "map", hint: "One per line: old name: new_name" }],
  cast: [frame, { name: "columns", label: "Columns and types", kind: "map", hint: "One per line: column: int (string, int, float, bool, date, datetime)" }],
  parse_date: [frame, { name: "column", label: "Column", kind: "text" }, { name: "format", label: "Format", kind: "text", hint: "chrono format, e.g. %Y-%m-%d or %m/%d/%Y" }],
  parse_datetime: [
    frame,
    { name: "column", label: "Column", kind: "text" },
    { name: "format", label: "Format", kind: "text", hint: "e.g. %Y-%m-%d %H:%M:%S" },
    { name: "timezone", label: "Time zone of values without an offset", kind: "text", optional: true },
  ],
  filter: [frame, { name: "where", label: "Keep rows where (JSON)", kind: "json", hint: '{"column": "Country/Region", "eq": "US"}' }],
  unpivot: [
    frame,
    { name: "index", label: "Columns repeated on every row", kind: "list", optional: true },
    { name: "drop", label: "Columns removed first", kind: "list", optional: true },
    { name: "on", label: "Columns turned into rows", kind: "list", optional: true, hint: "Empty: every other column" },
    { name: "name", label: "New column for the headers", kind: "text" },
    { name: "value", label: "New column for the values", kind: "text" },
  ],
  join: [
    { name: "left", label: "Left frame", kind: "frame" },
    { name: "right", label: "Right frame", kind: "frame" },
    { name: "on", label: "Key columns (same name on both sides)", kind: "list", optional: true },
    { name: "left_on", label: "Left key columns", kind: "list", optional: true },
    { name: "right_on", label: "Right key columns", kind: "list", optional: true },
    { name: "how", label: "Join", kind: { select: ["inner", "left", "full"] } },
    { name: "into", label: "Into frame", kind: "frame" },
    { name: "suffix", label: "Suffix for clashing right columns", kind: "text", optional: true },
  ],
  derive: [frame, { name: "column", label: "Column", kind: "text" }, { name: "expr", label: "Expression (JSON)", kind: "json", hint: '{"add": [{"col": "a"}, {"col": "b"}]}' }],
  dedupe: [frame, { name: "on", label: "Columns that identify a row", kind: "list", optional: true }, { name: "keep", label: "Keep", kind: { select: ["first", "last"] }, optional: true }],
  sort: [frame, { name: "by", label: "Sort by", kind: "list" }, { name: "descending", label: "Descending", kind: "bool", optional: true }],
  union: [{ name: "frames", label: "Frames", kind: "list" }, { name: "into", label: "Into frame", kind: "frame" }, { name: "relaxed", label: "Allow missing columns", kind: "bool", optional: true }],
  fill_null: [frame, { name: "values", label: "Values for nulls (JSON)", kind: "json", hint: '{"deaths": 0}' }],
  aggregate: [
    frame,
    { name: "group_by", label: "Group by (JSON)", kind: "json", optional: true, hint: '["state", {"trunc": "week", "column": "date"}]' },
    { name: "aggs", label: "Aggregations (JSON)", kind: "json", hint: '{"total": {"sum": "cases"}, "rows": {"count": "*"}}' },
    { name: "into", label: "Into frame", kind: "frame", optional: true, hint: "Empty: replace the frame" },
  ],
  sql: [
    { name: "query", label: "SQL query", kind: "text", hint: "One SELECT over the frames defined before, e.g. SELECT * FROM nyt JOIN jhu USING (date)" },
    { name: "into", label: "Into frame", kind: "frame" },
  ],
};
export const OPS = Object.keys(OP_FIELDS) as Op[];

/** A new step of `op`, its required fields blank (the server says what is missing). */
export function newStep(op: Op, frameName = ""): TransformStep {
  const step: Record<string, unknown> = { op };
  for (const f of OP_FIELDS[op]) {
    if (f.optional) continue;
    step[f.name] =
      f.kind === "list" ? [] : f.kind === "map" ? {} : f.kind === "json" ? {} : f.kind === "bool" ? false
      : typeof f.kind === "object" ? f.kind.select[0] : f.kind === "frame" ? frameName : "";
  }
  return step as TransformStep;
}

/** A field's value as its input shows it. */
export function fieldText(kind: FieldKind, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (kind === "list") return Array.isArray(value) ? value.join(", ") : "";
  if (kind === "map") return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`).join("\n");
  if (kind === "json") return JSON.stringify(value);
  return String(value);
}

/** An input's text as the field's value; `undefined` removes an optional field. Throws on bad JSON. */
export function parseField(f: FieldSpec, text: string): unknown {
  const blank = text.trim() === "";
  if (blank && f.optional) return undefined;
  switch (f.kind) {
    case "list":
      return splitList(text);
    case "map": {
      const out: Record<string, string> = {};
      for (const line of text.split("\n")) {
        const at = line.lastIndexOf(":");
        if (line.trim() === "") continue;
        if (at < 0) out[line.trim()] = "";
        else out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
      }
      return out;
    }
    case "json":
      return blank ? {} : (JSON.parse(text) as unknown);
    default:
      return text;
  }
}

const SPEC_KEYS = ["sources", "transform", "output", "destination", "schedule", "incremental"];
/** The server names spec paths with or without `spec.`: always with, here. */
export function normalizePath(path: string): string {
  const head = /^[a-z_]+/.exec(path)?.[0] ?? "";
  return SPEC_KEYS.includes(head) ? `spec.${path}` : path;
}

/** Every path the editor has a place for; a 422 path lands on the nearest of them. */
export function fieldPaths(s: EditorState): string[] {
  const paths = [
    "name", "description", "enabled", "spec", "spec.sources", "spec.output",
    "spec.destination", "spec.destination.database", "spec.destination.table", "spec.destination.primary_key",
    "spec.destination.mode", "spec.destination.on_schema_change", "spec.destination.soft_delete",
    "spec.schedule", "spec.schedule.cron", "spec.schedule.timezone", "spec.transform",
    "spec.incremental", "spec.incremental.cursor", "spec.incremental.lookback",
  ];
  for (const r of s.sources) paths.push(`spec.sources.${r.frame}`);
  s.transform.forEach((step, i) => {
    paths.push(`spec.transform[${i}]`);
    for (const f of OP_FIELDS[step.op] ?? []) paths.push(`spec.transform[${i}].${f.name}`);
  });
  return paths;
}
