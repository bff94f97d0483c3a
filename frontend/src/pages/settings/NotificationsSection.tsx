import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import { useCanWrite } from "../../app/session";
import { Empty, ErrorState, Field, Loading } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";
import { usePipelines } from "../pipelines/queries";

type NotifyOn = components["schemas"]["NotifyOn"];
type Notifications = components["schemas"]["NotificationsResponse"];
const EVENTS: NotifyOn[] = ["failure", "recovered", "success", "skipped"];

export function NotificationsSection() {
  const pipelines = usePipelines();
  const [chosen, setChosen] = useState("");
  const id = chosen || pipelines.data?.items[0]?.id || "";
  return (
    <section aria-labelledby="notifications">
      <h2 id="notifications">Notifications</h2>
      <p className="small muted">Per pipeline: who gets an e-mail, which webhooks are called, and on which outcomes.</p>
      {pipelines.isPending ? <Loading what="pipelines" /> : pipelines.isError ? <ErrorState error={pipelines.error} retry={() => void pipelines.refetch()} /> : pipelines.data.items.length === 0 ? (
        <Empty title="No pipelines to notify about"><p>Create a pipeline first.</p></Empty>
      ) : (
        <>
          <Field label="Pipeline">
            {(p) => (
              <select {...p} value={id} onChange={(e) => setChosen(e.target.value)}>
                {pipelines.data.items.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
              </select>
            )}
          </Field>
          {id && <NotificationsForm key={id} id={id} />}
        </>
      )}
    </section>
  );
}

/** The prefix of a Slack webhook's line in the text area. */
const SLACK = "slack ";

/** A line of the webhooks text area: a URL, or `slack <URL>` for a Slack incoming webhook. */
export function webhookLine(line: string): { url: string; kind: "json" | "slack" } {
  return line.startsWith(SLACK) ? { url: line.slice(SLACK.length).trim(), kind: "slack" } : { url: line, kind: "json" };
}

function NotificationsForm({ id }: { id: string }) {
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: ["notifications", id],
    queryFn: () => unwrap(client.GET("/api/v1/pipelines/{id}/notifications", { params: { path: { id } } })),
  });
  const [emails, setEmails] = useState("");
  const [hooks, setHooks] = useState("");
  const [on, setOn] = useState<NotifyOn[]>([]);
  const [secrets, setSecrets] = useState<Notifications["webhooks"]>([]);
  useEffect(() => {
    if (!current.data) return;
    setEmails(current.data.email.join(", "));
    setHooks(current.data.webhooks.map((w) => (w.kind === "slack" ? `${SLACK}${w.url}` : w.url)).join("\n"));
    setOn(current.data.on);
  }, [current.data]);
  const form = useFormErrors(["email", "webhooks", "on"]);
  const save = useMutation({
    mutationFn: () =>
      unwrap(client.PUT("/api/v1/pipelines/{id}/notifications", {
        params: { path: { id } },
        body: {
          email: emails.split(",").map((s) => s.trim()).filter(Boolean),
          webhooks: hooks.split("\n").map((s) => s.trim()).filter(Boolean).map(webhookLine),
          on,
        },
      })),
    onSuccess: (answer) => {
      setSecrets(answer.webhooks.filter((w) => w.secret));
      queryClient.setQueryData(["notifications", id], answer);
    },
    onError: form.fail,
  });
  const test = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/pipelines/{id}/notifications/test", { params: { path: { id } } })),
  });
  if (current.isPending) return <Loading what="notification settings" />;
  if (current.isError) return <ErrorState error={current.error} retry={() => void current.refetch()} />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="card">
      <FormError messages={form.errors[""]} />
      <fieldset disabled={!canWrite} style={{ border: "none", padding: 0 }}>
        <Field label="E-mail recipients" errors={form.errors.email} hint="Comma-separated.">
          {(p) => <input {...p} value={emails} onChange={(e) => setEmails(e.target.value)} />}
        </Field>
        <Field label="Webhook URLs" errors={form.errors.webhooks} hint="One per line. Each gets a signing secret (Standard Webhooks), shown once after saving. Start a line with “slack ” for a Slack incoming webhook.">
          {(p) => <textarea {...p} rows={2} value={hooks} onChange={(e) => setHooks(e.target.value)} />}
        </Field>
        <fieldset>
          <legend>Notify on</legend>
          {EVENTS.map((ev) => (
            <label key={ev} className="check">
              <input type="checkbox" checked={on.includes(ev)} onChange={(e) => setOn(e.target.checked ? [...on, ev] : on.filter((x) => x !== ev))} /> {ev}
            </label>
          ))}
          {form.errors.on && <div className="error">{form.errors.on.join(" ")}</div>}
        </fieldset>
      </fieldset>
      {secrets.length > 0 && (
        <div role="status">
          <p>Signing secrets, shown this once:</p>
          {secrets.map((w) => <p key={w.id} className="secret"><code>{w.url}</code>: <code>{w.secret}</code></p>)}
        </div>
      )}
      {save.isSuccess && secrets.length === 0 && <p role="status">Saved.</p>}
      {test.isSuccess && <p role="status">Test sent: see the deliveries of the pipeline's runs.</p>}
      {test.isError && <ErrorState error={test.error} retry={() => test.mutate()} />}
      {canWrite && (
        <div className="row">
          <button type="submit" className="primary" disabled={save.isPending}>Save notifications</button>
          <button type="button" onClick={() => test.mutate()} disabled={test.isPending}>Send a test</button>
        </div>
      )}
    </form>
  );
}
