import { useEffect, useRef, useState } from "react";

import { Field } from "../../components/ui";
import { OP_FIELDS, OPS, fieldText, newStep, parseField, type FieldSpec, type Op, type TransformStep } from "./model";

/** One transform step as a form: its op, then a labelled input per field with its errors. */
export function StepForm({ index, step, count, frames, errors, onChange, onMove, onRemove, readOnly }: {
  index: number;
  step: TransformStep;
  count: number;
  frames: string[];
  errors: Record<string, string[]>;
  onChange: (step: TransformStep) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  readOnly: boolean;
}) {
  const base = `spec.transform[${index}]`;
  const values = step as unknown as Record<string, unknown>;
  const stepErrors = errors[base];
  const hasError = Object.keys(errors).some((k) => k === base || k.startsWith(`${base}.`));
  const frameOf = (s: TransformStep) => ("frame" in s ? s.frame : "");
  return (
    <li className={`step${hasError ? " has-error" : ""}`} data-step={index}>
      <div className="step-head">
        <strong style={{ marginRight: "auto" }}>Step {index + 1}</strong>
        <div className="field" style={{ margin: 0 }}>
          <label htmlFor={`${base}.op`}>Operation</label>
          <select id={`${base}.op`} value={step.op} disabled={readOnly} onChange={(e) => onChange(newStep(e.target.value as Op, frameOf(step)))}>
            {OPS.map((op) => <option key={op} value={op}>{op}</option>)}
          </select>
        </div>
        {!readOnly && (
          <div className="row">
            <button type="button" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move step ${index + 1} up`}>↑</button>
            <button type="button" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move step ${index + 1} down`}>↓</button>
            <button type="button" className="danger" onClick={onRemove} aria-label={`Remove step ${index + 1}`}>Remove</button>
          </div>
        )}
      </div>
      {stepErrors && <div className="form-error" role="alert" data-error-for={base}>{stepErrors.join(" ")}</div>}
      <div className="grid2">
        {(OP_FIELDS[step.op] ?? []).map((f) => (
          <StepField
            key={`${step.op}-${f.name}`}
            id={`${base}.${f.name}`}
            spec={f}
            value={values[f.name]}
            frames={frames}
            errors={errors[`${base}.${f.name}`]}
            readOnly={readOnly}
            onValue={(v) => {
              const next: Record<string, unknown> = { ...values };
              if (v === undefined) delete next[f.name];
              else next[f.name] = v;
              onChange(next as unknown as TransformStep);
            }}
          />
        ))}
      </div>
    </li>
  );
}

/** A field keeps what is typed (a half-written list or JSON) and passes on what it parses to. */
function StepField({ id, spec, value, frames, errors, readOnly, onValue }: {
  id: string;
  spec: FieldSpec;
  value: unknown;
  frames: string[];
  errors: string[] | undefined;
  readOnly: boolean;
  onValue: (v: unknown) => void;
}) {
  const [text, setText] = useState(() => fieldText(spec.kind, value));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const last = useRef(value);
  useEffect(() => {
    // Changed from outside (the JSON editor, a suggestion): show the new value.
    if (JSON.stringify(value) !== JSON.stringify(last.current)) {
      last.current = value;
      setText(fieldText(spec.kind, value));
    }
  }, [value, spec.kind]);
  const commit = (t: string) => {
    setText(t);
    try {
      const v = parseField(spec, t);
      setJsonError(null);
      last.current = v;
      onValue(v);
    } catch (e) {
      setJsonError(`Not valid JSON yet: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const all = [...(errors ?? []), ...(jsonError ? [jsonError] : [])];
  const label = spec.optional ? `${spec.label} (optional)` : spec.label;
  if (spec.kind === "bool") {
    return (
      <div className="field">
        <label className="check" htmlFor={id}>
          <input id={id} type="checkbox" disabled={readOnly} checked={value === true} onChange={(e) => onValue(e.target.checked ? true : spec.optional ? undefined : false)} />
          {spec.label}
        </label>
        {all.length > 0 && <div className="error" data-error-for={id}>{all.join(" ")}</div>}
      </div>
    );
  }
  return (
    <Field id={id} label={label} errors={all.length > 0 ? all : undefined} hint={spec.hint}>
      {(p) =>
        typeof spec.kind === "object" ? (
          <select {...p} disabled={readOnly} value={typeof value === "string" ? value : ""} onChange={(e) => onValue(e.target.value === "" && spec.optional ? undefined : e.target.value)}>
            {spec.optional && <option value="">(default)</option>}
            {spec.kind.select.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        ) : spec.kind === "map" || spec.kind === "json" ? (
          <textarea {...p} className="mono" readOnly={readOnly} rows={spec.kind === "map" ? 3 : 2} value={text} onChange={(e) => commit(e.target.value)} />
        ) : (
          <>
            <input {...p} readOnly={readOnly} value={text} list={spec.kind === "frame" ? `${id}-frames` : undefined} onChange={(e) => commit(e.target.value)} />
            {spec.kind === "frame" && (
              <datalist id={`${id}-frames`}>
                {frames.map((f) => <option key={f} value={f} />)}
              </datalist>
            )}
          </>
        )
      }
    </Field>
  );
}
