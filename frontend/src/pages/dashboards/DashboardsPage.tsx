import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";

import { client, unwrap } from "../../api/client";
import { useCanWrite } from "../../app/session";
import { formatInstant } from "../../components/format";
import { Dialog, Empty, ErrorState, Field, Loading } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";
import { useDashboards } from "./queries";

export default function DashboardsPage() {
  const dashboards = useDashboards();
  const canWrite = useCanWrite();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <div className="spread">
        <h1>Dashboards</h1>
        {canWrite && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>New dashboard</button>
        )}
      </div>
      {dashboards.isPending ? (
        <Loading what="dashboards" />
      ) : dashboards.isError ? (
        <ErrorState error={dashboards.error} retry={() => void dashboards.refetch()} />
      ) : dashboards.data.items.length === 0 ? (
        <Empty title="No dashboards yet">
          <p>Build a chart on a pipeline's “Data &amp; charts” page and save it to a dashboard{canWrite ? ", or create an empty one here" : ""}.</p>
        </Empty>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {dashboards.data.items.map((d) => (
            <li key={d.id} className="card">
              <Link to={`/dashboards/${d.id}`}><strong>{d.name}</strong></Link>
              {d.description && <div>{d.description}</div>}
              <div className="small muted">{d.charts.length} chart{d.charts.length === 1 ? "" : "s"} · updated {formatInstant(d.updated_at)}</div>
            </li>
          ))}
        </ul>
      )}
      <Dialog open={creating} title="New dashboard" onClose={() => setCreating(false)}>
        <NewDashboardForm onDone={() => setCreating(false)} />
      </Dialog>
    </>
  );
}

function NewDashboardForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const form = useFormErrors(["name", "description"]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/dashboards", { body: { name, description, charts: [] } })),
    onSuccess: (d) => {
      void queryClient.invalidateQueries({ queryKey: ["dashboards"] });
      onDone();
      void navigate(`/dashboards/${d.id}`);
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError messages={form.errors[""]} />
      <Field label="Name" errors={form.errors.name}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Description (optional)" errors={form.errors.description}>
        {(p) => <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <button type="submit" className="primary" disabled={create.isPending}>Create</button>
    </form>
  );
}
