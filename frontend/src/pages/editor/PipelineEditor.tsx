import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";

import { client, unwrap } from "../../api/client";
import { ApiError, describeError, mapFieldErrors } from "../../api/errors";
import type { components } from "../../api/schema";
import { useCanWrite } from "../../app/session";
import { PipelineTabs } from "../../components/PipelineTabs";
import { formatCell, formatNumber } from "../../components/format";
import { ErrorState, Field, Loading } from "../../components/ui";
import { FormError } from "../../components/useForm";
import { usePipeline } from "../pipelines/queries";
import { useSources } from "../sources/queries";
import { databaseChoices, emptyEditor, fieldPaths, fromPipeline, newStep, normalizePath, OPS, toRequest, toSpec, type EditorState, type LoadMode, type SourceRow as SourceRowState, type OnSchemaChange, type Op, type TransformStep } from "./model";
import { useDestinations } from "./queries";
import { formatInZone, nextRuns } from "./schedule";
import { StepForm } from "./StepForm";

type DryRun = components["schemas"]["DryRun"];
type Suggestion = components["schemas"]["Suggestion"];

const modeHints: Record<LoadMode, string> = {
  upsert: "New rows are inserted, changed rows updated; rows the sources drop stay.",
  append: "New rows are inserted; rows already loaded are never updated.",
  mirror: "Upserts, then deletes the rows the sources no longer have (never when a run's output is empty).",
  replace: "Replace rebuilds the table from the run's rows; readers never see it half loaded.",
};

const ZONES: string[] = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];

/** Create (/pipelines/new) or change (/pipelines/{id}/edit) a pipeline. */
export default function PipelineEditor() {
  const { pipeline: id } = useParams();
  const existing = usePipeline(id ?? "");
  if (id !== undefined) {
    if (existing.isPending) return <Loading what="the pipeline" />;
    if (existing.isError) return <ErrorState error={existing.error} retry={() => void existing.refetch()} listHref="/pipelines" listLabel="All pipelines" />;
    return <Editor key={`${id}-${existing.data.version}`} id={id} initial={fromPipeline(existing.data)} />;
  }
  return <Editor initial={emptyEditor()} />;
}

function Editor({ id, initial }: { id?: string; initial: EditorState }) {
  const [s, setS] = useState<EditorState>(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [mode, setMode] = useState<"form" | "json">("form");
  const [jsonText, setJsonText] = useState("");
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tryRows, setTryRows] = useState("200");
  const canWrite = useCanWrite();
  const readOnly = !canWrite;
  const sources = useSources();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) => setS((old) => ({ ...old, [key]: value }));
  const setSteps = (f: (steps: TransformStep[]) => TransformStep[]) => setS((old) => ({ ...old, transform: f(old.transform) }));

  /** A 422's paths onto the fields; anything else at the top. */
  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.fieldErrors.length > 0) {
      const normalized = error.fieldErrors.map((e) => ({ ...e, path: normalizePath(e.path) }));
      setErrors(mapFieldErrors(normalized, fieldPaths(s)));
      setNotice(`${error.fieldErrors.length} problem${error.fieldErrors.length === 1 ? "" : "s"} to fix, shown beside ${error.fieldErrors.length === 1 ? "its field" : "their fields"}.`);
    } else {
      setErrors({ "": [error instanceof Error ? error.message : String(error)] });
    }
  };

  const save = useMutation({
    mutationFn: () =>
      id === undefined
        ? unwrap(client.POST("/api/v1/pipelines", { body: toRequest(s) }))
        : unwrap(client.PUT("/api/v1/pipelines/{id}", { params: { path: { id } }, body: toRequest(s) })),
    onSuccess: (p) => {
      void queryClient.invalidateQueries({ queryKey: ["pipelines"] });
      queryClient.setQueryData(["pipeline", p.id], p);
      void navigate(`/pipelines/${p.id}`);
    },
    onError: fail,
  });
  const tryIt = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/pipelines/dry-run", { body: { spec: toSpec(s), rows: Number(tryRows) || 200 } })),
    onError: fail,
  });

  const frames = useMemo(() => {
    const names = new Set(s.sources.map((r) => r.frame).filter(Boolean));
    for (const step of s.transform) if ("into" in step && step.into) names.add(step.into);
    return [...names];
  }, [s.sources, s.transform]);

  const switchMode = (next: "form" | "json") => {
    if (next === "json") {
      setJsonText(JSON.stringify(s.transform, null, 2));
      setJsonError(null);
      setMode("json");
      return;
    }
    try {
      const parsed = JSON.parse(jsonText) as unknown;
      if (!Array.isArray(parsed)) throw new Error("the steps are a JSON array: [ {\"op\": …}, … ]");
      set("transform", parsed as TransformStep[]);
      setMode("form");
    } catch (e) {
      setJsonError(`Fix the JSON first: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const onJson = (text: string) => {
    setJsonText(text);
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!Array.isArray(parsed)) throw new Error("the steps are a JSON array: [ {\"op\": …}, … ]");
      setJsonError(null);
      set("transform", parsed as TransformStep[]);
    } catch (e) {
      setJsonError(e instanceof Error ? e.message : String(e));
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setNotice(null);
    save.mutate();
  };
  const runTry = () => {
    setErrors({});
    setNotice(null);
    tryIt.mutate();
  };
  // Focus the first field with an error after a 422.
  useEffect(() => {
    const first = document.querySelector<HTMLElement>('form[aria-label="Pipeline"] [aria-invalid="true"]');
    first?.focus();
  }, [errors]);

  const e = errors;
  const transformErrors = Object.entries(e).filter(([k]) => k.startsWith("spec.transform"));
  return (
    <>
      <p className="small"><Link to="/pipelines">Pipelines</Link> /{id !== undefined && <> <Link to={`/pipelines/${id}`}>{initial.name}</Link> /</>}</p>
      <h1>{id === undefined ? "New pipeline" : `Definition of ${initial.name}`}</h1>
      {id !== undefined && <PipelineTabs id={id} name={initial.name} />}
      {readOnly && <p className="card">You have read access: the definition is shown, not editable.</p>}
      <form aria-label="Pipeline" onSubmit={submit} noValidate>
        <FormError messages={e[""]} />
        <FormError messages={e.spec} />
        {notice && <p role="status" className="form-error">{notice}</p>}
        <fieldset disabled={readOnly}>
          <legend>Pipeline</legend>
          <div className="grid2">
            <Field id="name" label="Name" errors={e.name}>
              {(p) => <input {...p} value={s.name} onChange={(ev) => set("name", ev.target.value)} />}
            </Field>
            <Field id="description" label="Description (optional)" errors={e.description}>
              {(p) => <input {...p} value={s.description} onChange={(ev) => set("description", ev.target.value)} />}
            </Field>
          </div>
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>Sources</legend>
          <p className="small muted">Each source is read into a frame; steps refer to frames by name.</p>
          <FormError messages={e["spec.sources"]} />
          {sources.isError && <ErrorState error={sources.error} retry={() => void sources.refetch()} />}
          {s.sources.map((row, i) => (
            <SourceRow
              key={i}
              index={i}
              frame={row.frame}
              source={row.source}
              inferTypes={row.inferTypes !== false}
              options={sources.data?.items ?? []}
              errors={e[`spec.sources.${row.frame}`]}
              readOnly={readOnly}
              onChange={(next) => set("sources", s.sources.map((r, j) => (j === i ? next : r)))}
              onRemove={() => set("sources", s.sources.filter((_, j) => j !== i))}
              onSuggested={(answer) => {
                setSteps((steps) => [...steps, ...answer.steps]);
                setNotice(`Added ${answer.steps.length} step${answer.steps.length === 1 ? "" : "s"} suggested from ${row.source}'s preview.`);
              }}
            />
          ))}
          {!readOnly && (
            <button type="button" onClick={() => set("sources", [...s.sources, { frame: "", source: "" }])}>Add a source</button>
          )}
          {sources.data?.items.length === 0 && <p className="small">No sources yet: <Link to="/sources">add one first</Link>.</p>}
        </fieldset>

        <fieldset>
          <legend>Transform</legend>
          <div className="row" role="group" aria-label="Edit the steps as">
            <button type="button" aria-pressed={mode === "form"} onClick={() => switchMode("form")}>Form</button>
            <button type="button" aria-pressed={mode === "json"} onClick={() => switchMode("json")}>JSON</button>
          </div>
          <FormError messages={e["spec.transform"]} />
          {mode === "form" ? (
            <>
              {s.transform.length === 0 && <p className="muted">No steps: the output frame is loaded as read. Add a step, or use “Suggest from preview” beside a source.</p>}
              <ol style={{ listStyle: "none", padding: 0, marginTop: "var(--s-3)" }}>
                {s.transform.map((step, i) => (
                  <StepForm
                    key={i}
                    index={i}
                    step={step}
                    count={s.transform.length}
                    frames={frames}
                    errors={e}
                    readOnly={readOnly}
                    onChange={(next) => setSteps((steps) => steps.map((x, j) => (j === i ? next : x)))}
                    onMove={(d) => setSteps((steps) => {
                      const out = [...steps];
                      const [moved] = out.splice(i, 1);
                      if (moved) out.splice(i + d, 0, moved);
                      return out;
                    })}
                    onRemove={() => setSteps((steps) => steps.filter((_, j) => j !== i))}
                  />
                ))}
              </ol>
              {!readOnly && <AddStep onAdd={(op) => setSteps((steps) => [...steps, newStep(op, frames[0] ?? "")])} />}
            </>
          ) : (
            <>
              {transformErrors.length > 0 && (
                <ul className="form-error" role="alert">
                  {transformErrors.map(([path, msgs]) => <li key={path}><code>{path}</code>: {msgs.join(" ")}</li>)}
                </ul>
              )}
              <Field id="transform-json" label="Steps (JSON array)" errors={jsonError ? [jsonError] : undefined} hint="One object per step, with its op; see docs/PIPELINE_SPEC.md.">
                {(p) => <textarea {...p} className="mono" rows={18} readOnly={readOnly} value={jsonText} onChange={(ev) => onJson(ev.target.value)} spellCheck={false} />}
              </Field>
            </>
          )}
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>Destination</legend>
          <div className="grid2">
            <Field id="spec.output" label="Frame to load" errors={e["spec.output"]} hint="The frame the last steps produce.">
              {(p) => (
                <>
                  <input {...p} list="output-frames" value={s.output} onChange={(ev) => set("output", ev.target.value)} />
                  <datalist id="output-frames">{frames.map((f) => <option key={f} value={f} />)}</datalist>
                </>
              )}
            </Field>
            <DatabaseField value={s.database} errors={e["spec.destination.database"]} onChange={(name) => set("database", name)} />
            <Field id="spec.destination.table" label="Table" errors={e["spec.destination.table"] ?? e["spec.destination"]} hint="Lower-case letters, digits and _; created by the first run.">
              {(p) => <input {...p} value={s.table} onChange={(ev) => set("table", ev.target.value)} />}
            </Field>
            <Field id="spec.destination.primary_key" label="Primary key" errors={e["spec.destination.primary_key"]} hint="Comma-separated columns that identify a row; rows are upserted on them.">
              {(p) => <input {...p} value={s.primaryKey} onChange={(ev) => set("primaryKey", ev.target.value)} />}
            </Field>
            <Field id="spec.destination.mode" label="Each run" errors={e["spec.destination.mode"]} hint={modeHints[s.mode]}>
              {(p) => (
                <select {...p} value={s.mode} onChange={(ev) => set("mode", ev.target.value as LoadMode)}>
                  <option value="upsert">Upserts changed rows</option>
                  <option value="append">Appends new rows only</option>
                  <option value="mirror">Mirrors the sources</option>
                  <option value="replace">Replaces the table</option>
                </select>
              )}
            </Field>
            {s.mode === "mirror" && (
              <div>
                <label className="check">
                  <input type="checkbox" checked={s.softDelete} onChange={(ev) => set("softDelete", ev.target.checked)} /> Mark removed rows instead of deleting them (<code>_sluice_deleted_at</code>)
                </label>
                <FormError messages={e["spec.destination.soft_delete"]} />
              </div>
            )}
            <Field id="spec.destination.on_schema_change" label="New or removed columns" errors={e["spec.destination.on_schema_change"]} hint="New columns are added to the table; backfill also fills the rows loaded before.">
              {(p) => (
                <select {...p} value={s.onSchemaChange} onChange={(ev) => set("onSchemaChange", ev.target.value as OnSchemaChange)}>
                  <option value="add_columns">Add, fill the rows loaded now</option>
                  <option value="backfill">Add, backfill every row</option>
                  <option value="fail">Fail the run</option>
                </select>
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>Schedule</legend>
          <label className="check">
            <input type="checkbox" checked={s.scheduled} onChange={(ev) => set("scheduled", ev.target.checked)} /> Run on a schedule
          </label>
          <label className="check">
            <input type="checkbox" checked={s.enabled} onChange={(ev) => set("enabled", ev.target.checked)} /> Enabled
          </label>
          <FormError messages={e["spec.schedule"]} />
          {s.scheduled && <ScheduleFields s={s} set={set} errors={e} />}
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>Incremental loading</legend>
          <label className="check">
            <input type="checkbox" checked={s.incremental} onChange={(ev) => set("incremental", ev.target.checked)} /> Only consider rows at or after the latest loaded cursor
          </label>
          <FormError messages={e["spec.incremental"]} />
          {s.incremental && (
            <div className="grid2">
              <Field id="spec.incremental.cursor" label="Cursor column" errors={e["spec.incremental.cursor"]} hint="A date, datetime or integer column of the output.">
                {(p) => <input {...p} value={s.cursor} onChange={(ev) => set("cursor", ev.target.value)} />}
              </Field>
              <Field id="spec.incremental.lookback" label="Look back (optional)" errors={e["spec.incremental.lookback"]} hint="In the cursor's unit: days, seconds, or the number itself.">
                {(p) => <input {...p} type="number" min={0} value={s.lookback} onChange={(ev) => set("lookback", ev.target.value)} />}
              </Field>
            </div>
          )}
        </fieldset>

        {!readOnly && (
        <div className="row" style={{ alignItems: "end" }}>
          <div className="field" style={{ margin: 0, maxWidth: 220 }}>
            <label htmlFor="try-rows">Rows to read from each source</label>
            <input id="try-rows" type="number" min={1} max={1000} value={tryRows} onChange={(ev) => setTryRows(ev.target.value)} />
          </div>
          <button type="button" onClick={runTry} disabled={tryIt.isPending}>
            {tryIt.isPending ? "Trying…" : "Try it"}
          </button>
          <button type="submit" className="primary" disabled={save.isPending || (mode === "json" && jsonError !== null)}>
            {save.isPending ? "Saving…" : id === undefined ? "Create pipeline" : "Save changes"}
          </button>
        </div>
        )}
      </form>
      {tryIt.isSuccess && <TryItResult result={tryIt.data} />}
    </>
  );
}

const REGISTER_HINT = <>Destinations, PostgreSQL databases of your own, are registered through the API (docs/DESTINATIONS.md).</>;

/** Where the table is loaded: the built-in database, or one of the tenant's destinations by name. */
function DatabaseField({ value, errors, onChange }: { value: string; errors: string[] | undefined; onChange: (name: string) => void }) {
  const destinations = useDestinations();
  // Unread or unreadable, the list offers the built-in database (and a stored name) only.
  const listed = destinations.isSuccess ? destinations.data : undefined;
  const choices = databaseChoices(listed, value);
  const chosen = choices.find((c) => c.name === value);
  let hint: ReactNode;
  if (destinations.isError) {
    hint = (
      <>
        The destinations could not be read ({describeError(destinations.error)}).{" "}
        <button type="button" className="link" onClick={() => void destinations.refetch()}>Try again</button> {REGISTER_HINT}
      </>
    );
  } else if (value === "") {
    hint = listed?.length === 0 ? <>Sluice's own database. {REGISTER_HINT}</> : "Sluice's own database, or a PostgreSQL database of your own.";
  } else if (chosen?.destination) {
    const d = chosen.destination;
    const failed = d.last_check?.ok === false ? d.last_check.steps.find((step) => !step.ok) : undefined;
    hint = (
      <>
        Database <code>{d.database}</code> on {d.host}, schema <code>{d.schema}</code>. Its data and charts are read there.
        {failed && <> Its last check failed ({failed.step}): {failed.message}</>}
      </>
    );
  } else if (listed) {
    hint = <>No destination is named <code>{value}</code>: saving is refused until one is registered. {REGISTER_HINT}</>;
  }
  return (
    <Field id="spec.destination.database" label="Database" errors={errors} hint={hint}>
      {(p) => (
        <select {...p} value={value} onChange={(ev) => onChange(ev.target.value)}>
          {choices.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name === "" ? "Built-in database" : listed && !c.destination ? `${c.name} (not registered)` : c.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function SourceRow({ index, frame, source, inferTypes, options, errors, readOnly, onChange, onRemove, onSuggested }: {
  index: number;
  frame: string;
  source: string;
  inferTypes: boolean;
  options: Array<{ id: string; name: string }>;
  errors: string[] | undefined;
  readOnly: boolean;
  onChange: (next: SourceRowState) => void;
  onRemove: () => void;
  onSuggested: (answer: Suggestion) => void;
}) {
  const chosen = options.find((o) => o.name === source);
  const suggest = useMutation({
    mutationFn: () =>
      unwrap(client.POST("/api/v1/sources/{id}/suggest", {
        params: { path: { id: chosen?.id ?? "" }, query: frame ? { frame } : {} },
      })),
    onSuccess: onSuggested,
  });
  return (
    <div className="step">
      <div className="grid2">
        <Field id={`source-${index}-frame`} label={`Frame name ${index + 1}`} errors={errors} hint="Letters, digits and _, e.g. nyt">
          {(p) => <input {...p} value={frame} onChange={(ev) => onChange({ frame: ev.target.value, source, inferTypes })} />}
        </Field>
        <Field id={`source-${index}-source`} label={`Source ${index + 1}`}>
          {(p) => (
            <select {...p} value={source} onChange={(ev) => onChange({ frame: frame || ev.target.value.replace(/[^A-Za-z0-9_]/g, "_"), source: ev.target.value, inferTypes })}>
              <option value="">Choose a source…</option>
              {options.map((o) => <option key={o.id} value={o.name}>{o.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={inferTypes} onChange={(ev) => onChange({ frame, source, inferTypes: ev.target.checked })} /> Read
        integers, numbers, true/false and ISO dates typed (off: every column is text)
      </label>
      {!readOnly && (
        <div className="row">
          <button type="button" onClick={() => suggest.mutate()} disabled={!chosen || suggest.isPending}>
            {suggest.isPending ? "Reading the preview…" : "Suggest from preview"}
          </button>
          <button type="button" className="danger" onClick={onRemove} aria-label={`Remove source ${index + 1}`}>Remove</button>
        </div>
      )}
      {suggest.isError && (
        <div className="error small" role="alert">
          {suggest.error.message}
        </div>
      )}
      {suggest.isSuccess && (
        <p className="small muted" role="status">
          Columns: {suggest.data.columns.map((c) => `${c.source === c.name ? c.name : `${c.source} → ${c.name}`} (${c.inferred_type}${c.date_format ? ` ${c.date_format}` : ""})`).join(", ")}
        </p>
      )}
    </div>
  );
}

function AddStep({ onAdd }: { onAdd: (op: Op) => void }) {
  const [op, setOp] = useState<Op>("parse_date");
  return (
    <div className="row" style={{ alignItems: "end" }}>
      <div className="field" style={{ margin: 0 }}>
        <label htmlFor="new-step-op">New step</label>
        <select id="new-step-op" value={op} onChange={(e) => setOp(e.target.value as Op)}>
          {OPS.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </div>
      <button type="button" onClick={() => onAdd(op)}>Add step</button>
    </div>
  );
}

function ScheduleFields({ s, set, errors }: {
  s: EditorState;
  set: <K extends keyof EditorState>(key: K, value: EditorState[K]) => void;
  errors: Record<string, string[]>;
}) {
  const next = nextRuns(s.cron, s.timezone);
  return (
    <>
      <div className="grid2">
        <Field id="spec.schedule.cron" label="Cron expression" errors={errors["spec.schedule.cron"]} hint="minute hour day month weekday, e.g. 0 6 * * * for 06:00 every day">
          {(p) => <input {...p} className="mono" value={s.cron} onChange={(ev) => set("cron", ev.target.value)} />}
        </Field>
        <Field id="spec.schedule.timezone" label="Time zone" errors={errors["spec.schedule.timezone"]}>
          {(p) => (
            <>
              <input {...p} list="zones" value={s.timezone} onChange={(ev) => set("timezone", ev.target.value)} />
              <datalist id="zones">{ZONES.map((z) => <option key={z} value={z} />)}</datalist>
            </>
          )}
        </Field>
      </div>
      <div aria-live="polite">
        {"error" in next ? (
          <p className="error small">{next.error}</p>
        ) : (
          <>
            <h3>Next five runs ({s.timezone})</h3>
            <ol data-testid="next-runs" className="small">
              {next.times.map((t) => <li key={t.toISOString()}>{formatInZone(t, s.timezone)}</li>)}
            </ol>
          </>
        )}
      </div>
    </>
  );
}

function TryItResult({ result }: { result: DryRun }) {
  const shown = result.rows.slice(0, 20) as Array<Record<string, unknown>>;
  const read = Object.entries(result.rows_read).map(([frame, n]) => `${formatNumber(n)} from ${frame}`).join(", ");
  return (
    <section aria-labelledby="try-it" className="card" style={{ marginTop: "var(--s-4)" }} aria-live="polite">
      <h2 id="try-it" style={{ marginTop: 0 }}>
        Try it: {formatNumber(result.rows.length)} rows out, {formatNumber(result.failed.length)} would fail
      </h2>
      <p className="small muted">Rows read: {read || "none"}. Nothing was loaded.</p>
      {shown.length > 0 ? (
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="try-it-rows">
            <caption className="sr-only">The first rows the pipeline produces</caption>
            <thead>
              <tr>{result.columns.map((c) => <th scope="col" key={c.name}>{c.name}<div className="small muted" style={{ fontWeight: 400 }}>{c.pg_type}</div></th>)}</tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={i}>{result.columns.map((c) => <td key={c.name}>{formatCell(row[c.name])}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No rows come out of the rows read: check the filters and joins, or read more rows from each source.</p>
      )}
      {result.failed.length > 0 && (
        <>
          <h3>Rows that would fail</h3>
          <ul className="small">
            {result.failed.slice(0, 20).map((f, i) => (
              <li key={i}>{f.source}{f.row !== null && f.row !== undefined ? `, line ${f.row}` : ""}: {f.reason}</li>
            ))}
          </ul>
        </>
      )}
      {result.tests.length > 0 && (
        <>
          <h3>Data tests</h3>
          <ul className="small" data-testid="dry-run-tests">
            {result.tests.map((t) => (
              <li key={t.test}>
                {t.test}, {t.on_fail}: {t.failing === 0 ? "passes" : `${formatNumber(t.failing)} row(s) fail${t.on_fail === "fail_run" ? ": the run would fail" : ""}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
