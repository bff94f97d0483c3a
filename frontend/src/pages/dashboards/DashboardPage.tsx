import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";

import { client, unwrap } from "../../api/client";
import { useCanWrite } from "../../app/session";
import { ChartPanel } from "../../charts/ChartPanel";
import { Dialog, Empty, ErrorState, Loading } from "../../components/ui";
import { usePipelines } from "../pipelines/queries";
import { chartParams, useDashboard, type Dashboard } from "./queries";

export default function DashboardPage() {
  const { dashboard: id = "" } = useParams();
  const dashboard = useDashboard(id);
  const pipelines = usePipelines();
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState(false);
  const save = useMutation({
    mutationFn: (next: Dashboard) =>
      unwrap(client.PUT("/api/v1/dashboards/{id}", {
        params: { path: { id } },
        body: { name: next.name, description: next.description, charts: next.charts },
      })),
    onSuccess: (d) => queryClient.setQueryData(["dashboard", id], d),
  });
  const remove = useMutation({
    mutationFn: () => unwrap(client.DELETE("/api/v1/dashboards/{id}", { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["dashboards"] });
      void navigate("/dashboards");
    },
  });
  if (dashboard.isPending) return <Loading what="the dashboard" />;
  if (dashboard.isError) {
    return <ErrorState error={dashboard.error} retry={() => void dashboard.refetch()} listHref="/dashboards" listLabel="All dashboards" />;
  }
  const d = dashboard.data;
  const pipelineOf = (pid: string) => pipelines.data?.items.find((p) => p.id === pid);
  return (
    <>
      <p className="small"><Link to="/dashboards">Dashboards</Link> /</p>
      <div className="spread">
        <h1>{d.name}</h1>
        {canWrite && <button type="button" className="danger" onClick={() => setConfirm(true)}>Delete dashboard</button>}
      </div>
      {d.description && <p>{d.description}</p>}
      {save.isError && <ErrorState error={save.error} />}
      {d.charts.length === 0 ? (
        <Empty title="No charts on this dashboard">
          <p>Open a pipeline's “Data &amp; charts” page, build a chart and press “Save to dashboard”.</p>
        </Empty>
      ) : (
        d.charts.map((c, i) => {
          const pipeline = pipelineOf(c.pipeline_id);
          return (
            <section key={`${c.pipeline_id}-${i}`} className="card" aria-labelledby={`chart-${i}`}>
              <div className="spread">
                <h2 id={`chart-${i}`} style={{ marginTop: 0 }}>{c.title}</h2>
                <div className="row">
                  {pipeline && <Link className="small" to={`/pipelines/${c.pipeline_id}/data`}>{pipeline.name}'s data</Link>}
                  {canWrite && (
                    <button type="button" onClick={() => save.mutate({ ...d, charts: d.charts.filter((_, j) => j !== i) })} disabled={save.isPending}>
                      Remove chart
                    </button>
                  )}
                </div>
              </div>
              <ChartPanel pipelineId={c.pipeline_id} params={chartParams(c)} title={c.title} timeZone={pipeline?.schedule?.timezone} />
            </section>
          );
        })
      )}
      <Dialog open={confirm} title={`Delete ${d.name}?`} onClose={() => setConfirm(false)}>
        <p>The dashboard goes; its charts' pipelines and tables stay.</p>
        {remove.isError && <ErrorState error={remove.error} />}
        <div className="row end">
          <button type="button" onClick={() => setConfirm(false)}>Cancel</button>
          <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>Delete dashboard</button>
        </div>
      </Dialog>
    </>
  );
}
