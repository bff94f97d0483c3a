import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";

import { isMissingRoute, pendingCall, type Dashboard } from "../../api/pending";
import type { ChartParams } from "../../charts/params";
import { Dialog, Field } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";
import { useDashboards } from "./queries";

/** Adds the chart being built to a dashboard (a new one when none is picked). */
export function SaveToDashboard({ pipelineId, params }: { pipelineId: string; params: ChartParams }) {
  const [open, setOpen] = useState(false);
  const dashboards = useDashboards();
  if (isMissingRoute(dashboards.error)) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} style={{ marginTop: "var(--s-2)" }}>Save to dashboard</button>
      <Dialog open={open} title="Save this chart to a dashboard" onClose={() => setOpen(false)}>
        <SaveForm pipelineId={pipelineId} params={params} dashboards={dashboards.data?.items ?? []} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function SaveForm({ pipelineId, params, dashboards, onDone }: {
  pipelineId: string; params: ChartParams; dashboards: Dashboard[]; onDone: () => void;
}) {
  const [target, setTarget] = useState(dashboards[0]?.id ?? "");
  const [newName, setNewName] = useState("");
  const [title, setTitle] = useState(`${params.y.join(", ")} by ${params.x}`);
  const form = useFormErrors(["name", "title"]);
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<Dashboard | null>(null);
  const save = useMutation({
    mutationFn: async () => {
      const chart = { title, pipeline_id: pipelineId, ...params };
      if (target === "") return pendingCall<Dashboard>("POST", "/api/v1/dashboards", { name: newName, charts: [chart] });
      const current = await pendingCall<Dashboard>("GET", `/api/v1/dashboards/${target}`);
      return pendingCall<Dashboard>("PUT", `/api/v1/dashboards/${target}`, { name: current.name, charts: [...current.charts, chart] });
    },
    onSuccess: (d) => {
      setSaved(d);
      void queryClient.invalidateQueries({ queryKey: ["dashboards"] });
      void queryClient.invalidateQueries({ queryKey: ["dashboard", d.id] });
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
