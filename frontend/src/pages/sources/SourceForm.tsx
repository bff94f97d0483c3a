import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import { Field } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";

type SourceRequest = components["schemas"]["SourceRequest"];
type SourceFormat = components["schemas"]["SourceFormat"];
type SourceResponse = components["schemas"]["SourceResponse"];

export const SOURCE_FIELDS = [
  "name", "url", "format", "auth_header",
  "options", "options.delimiter", "options.has_header", "options.skip_rows", "options.null_values",
] as const;

export interface SourceDraft {
  name: string;
  url: string;
  format: SourceFormat;
  delimiter: string;
  hasHeader: boolean;
  skipRows: string;
  nullValues: string;
  authHeader: string;
}

export const emptySourceDraft: SourceDraft = {
  name: "", url: "", format: "csv", delimiter: ",", hasHeader: true, skipRows: "0", nullValues: "", authHeader: "",
};

/** The request body a draft makes: CSV options only for CSV, the auth header only when typed. */
export function sourceRequest(d: SourceDraft): SourceRequest {
  const body: SourceRequest = { name: d.name.trim(), url: d.url.trim(), format: d.format };
  if (d.format === "csv") {
    const skip = Number(d.skipRows);
    body.options = {
      delimiter: d.delimiter,
      has_header: d.hasHeader,
      quote_char: "\"",
      skip_rows: Number.isFinite(skip) ? skip : 0,
      null_values: d.nullValues === "" ? [""] : d.nullValues.split(",").map((v) => v.trim()),
    };
  }
  if (d.authHeader !== "") body.auth_header = d.authHeader;
  return body;
}

export function SourceForm({ onDone }: { onDone: (source: SourceResponse) => void }) {
  const queryClient = useQueryClient();
  const [d, setD] = useState<SourceDraft>(emptySourceDraft);
  const form = useFormErrors(SOURCE_FIELDS);
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => setD((old) => ({ ...old, [key]: value }));
  const create = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/sources", { body: sourceRequest(d) })),
    onSuccess: (source) => {
      // The header is gone from the page as soon as it is saved.
      setD(emptySourceDraft);
      void queryClient.invalidateQueries({ queryKey: ["sources"] });
      onDone(source);
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    create.mutate();
  };
  const e = form.errors;
  return (
    <form onSubmit={submit} noValidate>
      <FormError messages={e[""]} />
      <Field label="Name" errors={e.name} hint="Pipelines refer to the source by this name, e.g. nyt-us.">
        {(p) => <input {...p} name="name" value={d.name} onChange={(ev) => set("name", ev.target.value)} />}
      </Field>
      <Field label="URL" errors={e.url} hint="http(s)://…, or file://… under the server's local data folder.">
        {(p) => <input {...p} name="url" inputMode="url" value={d.url} onChange={(ev) => set("url", ev.target.value)} />}
      </Field>
      <Field label="Format" errors={e.format}>
        {(p) => (
          <select {...p} name="format" value={d.format} onChange={(ev) => set("format", ev.target.value as SourceFormat)}>
            <option value="csv">CSV</option>
            <option value="json">JSON</option>
            <option value="ndjson">NDJSON</option>
          </select>
        )}
      </Field>
      {d.format === "csv" && (
        <fieldset>
          <legend>CSV options</legend>
          <div className="grid2">
            <Field label="Delimiter" errors={e["options.delimiter"]}>
              {(p) => <input {...p} maxLength={1} value={d.delimiter} onChange={(ev) => set("delimiter", ev.target.value)} />}
            </Field>
            <Field label="Lines to skip before the header" errors={e["options.skip_rows"]}>
              {(p) => <input {...p} type="number" min={0} value={d.skipRows} onChange={(ev) => set("skipRows", ev.target.value)} />}
            </Field>
            <Field label="Values read as null" errors={e["options.null_values"]} hint="Comma-separated; empty means empty fields.">
              {(p) => <input {...p} value={d.nullValues} onChange={(ev) => set("nullValues", ev.target.value)} />}
            </Field>
          </div>
          <label className="check">
            <input type="checkbox" checked={d.hasHeader} onChange={(ev) => set("hasHeader", ev.target.checked)} /> The first line names the columns
          </label>
          <FormError messages={e.options} />
        </fieldset>
      )}
      <Field
        label="Authorization header (optional)"
        errors={e.auth_header}
        hint="Sent when fetching; stored encrypted and never shown again."
      >
        {(p) => (
          <input {...p} type="password" autoComplete="off" placeholder="Bearer …" value={d.authHeader} onChange={(ev) => set("authHeader", ev.target.value)} />
        )}
      </Field>
      <button type="submit" className="primary" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
