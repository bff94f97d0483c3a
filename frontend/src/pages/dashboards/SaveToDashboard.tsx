import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";

import { client, unwrap } from "../../api/client";
import type { ChartParams } from "../../charts/params";
import { Dialog, Field } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";
import { useDashboards, type Dashboard, type DashboardChart } from "./queries";

/** Adds the chart being built to a dashboard (a new one when none is picked). */
export function SaveToDashboard({ pipelineId, params }: { pipelineId: string; params: ChartParams }) {
  const [open, setOpen] = useState(false);
  const dashboards = useDashboards();
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} style={{ marginTop: "var(--s-2)" }}>Save to dashboard</button>
      <Dialog open={open} title="Save this chart to a dashboard" onClose={() => setOpen(false)}>
        <SaveForm pipelineId={pipelineId} params={params} dashboards={dashboards.data?.items ?? []} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

/** The `charts[i].…` paths of a 422 are about this form's one chart. */
const CHART_FIELDS = ["name", "title"];
const CHART_PATH = /^charts\[\d+\]\./;

function SaveForm({ pipelineId, params, dashboards, onDone }: {
  pipelineId: string; params: ChartParams; dashboards: Dashboard[]; onDone: () => void;
}) {
  const [target, setTarget] = useState(dashboards[0]?.id ?? "");
  const [newName, setNewName] = useState("");
  const [title, setTitle] = useState(`${params.y.join(", ")} by ${params.x}`);
  const form = useFormErrors(CHART_FIELDS, CHART_PATH);
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<Dashboard | null>(null);
  const save = useMutation({
    mutationFn: async () => {
      const chart: DashboardChart = {
        title, pipeline_id: pipelineId, x: params.x, y: params.y, bucket: params.bucket, agg: params.agg, group: params.group, kind: params.kind,
      };
      if (target === "") return unwrap(client.POST("/api/v1/dashboards", { body: { name: newName, charts: [chart] } }));
      const current = await unwrap(client.GET("/api/v1/dashboards/{id}", { params: { path: { id: target } } }));
      return unwrap(client.PUT("/api/v1/dashboards/{id}", {
        params: { path: { id: target } },
        body: { name: current.name, description: current.description, charts: [...current.charts, chart] },
      }));
    },
    onSuccess: (d) => {
      setSaved(d);
      void queryClient.invalidateQueries({ queryKey: ["dashboards"] });
      queryClient.setQueryData(["dashboard", d.id], d);
    },
    onError: form.fail,
  });
  if (saved) {
    return (
      <p role="status">
        Saved to <Link to={`/dashboards/${saved.id}`} onClick={onDone}>{saved.name}</Link>.
      </p>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError messages={form.errors[""]} />
      <Field label="Chart title" errors={form.errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Dashboard">
        {(p) => (
          <select {...p} value={target} onChange={(e) => setTarget(e.target.value)}>
            {dashboards.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            <option value="">A new dashboard…</option>
          </select>
        )}
      </Field>
      {target === "" && (
        <Field label="New dashboard's name" errors={form.errors.name}>
          {(p) => <input {...p} value={newName} onChange={(e) => setNewName(e.target.value)} />}
        </Field>
      )}
      <button type="submit" className="primary" disabled={save.isPending}>Save</button>
    </form>
  );
}
