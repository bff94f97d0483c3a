import type { components } from "../../api/schema";
import { AGGS, BUCKETS, KINDS, MAX_Y, groupColumns, numericColumns, temporalColumns, type Agg, type Bucket, type ChartKind, type ChartParams } from "../../charts/params";
import { Field } from "../../components/ui";

type TableColumn = components["schemas"]["TableColumn"];

/** x from the date and time columns, y from the numeric ones, group from the text ones. */
export function ChartBuilder({ columns, value, onChange }: {
  columns: readonly TableColumn[];
  value: ChartParams;
  onChange: (next: ChartParams) => void;
}) {
  const xs = temporalColumns(columns);
  const ys = numericColumns(columns);
  const groups = groupColumns(columns);
  const set = <K extends keyof ChartParams>(key: K, v: ChartParams[K]) => onChange({ ...value, [key]: v });
  const toggleY = (name: string, on: boolean) => {
    const next = on ? [...value.y, name].slice(0, MAX_Y) : value.y.filter((n) => n !== name);
    if (next.length > 0) set("y", next);
  };
  return (
    <form className="card" aria-label="Chart builder" onSubmit={(e) => e.preventDefault()}>
      <div className="grid2">
        <Field label="X axis (date or time)">
          {(p) => (
            <select {...p} value={value.x} onChange={(e) => set("x", e.target.value)}>
              {xs.map((c) => <option key={c.name} value={c.name}>{c.name} ({c.pg_type})</option>)}
            </select>
          )}
        </Field>
        <Field label="Bucket">
          {(p) => (
            <select {...p} value={value.bucket} onChange={(e) => set("bucket", e.target.value as Bucket)}>
              {BUCKETS.map((b) => <option key={b} value={b}>{b === "none" ? "none (every value)" : b}</option>)}
            </select>
          )}
        </Field>
        <Field label="Aggregate">
          {(p) => (
            <select {...p} value={value.agg} onChange={(e) => set("agg", e.target.value as Agg)}>
              {AGGS.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          )}
        </Field>
        <Field label="Chart type">
          {(p) => (
            <select {...p} value={value.kind} onChange={(e) => set("kind", e.target.value as ChartKind)}>
              {KINDS.map((k) => <option key={k} value={k}>{k === "line" ? "lines" : "bars"}</option>)}
            </select>
          )}
        </Field>
        <Field label="Group by (optional)">
          {(p) => (
            <select {...p} value={value.group ?? ""} onChange={(e) => set("group", e.target.value === "" ? null : e.target.value)}>
              <option value="">no grouping</option>
              {groups.map((c) => <option key={c.name} value={c.name}>{c.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <fieldset style={{ marginBottom: 0 }}>
        <legend>Y values (numbers)</legend>
        {ys.map((c) => (
          <label key={c.name} className="check">
            <input type="checkbox" checked={value.y.includes(c.name)} onChange={(e) => toggleY(c.name, e.target.checked)} /> {c.name}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
