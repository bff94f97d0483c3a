import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";

import { isMissingRoute, pendingCall, type Dashboard } from "../../api/pending";
import { useCanWrite } from "../../app/session";
import { ChartPanel } from "../../charts/ChartPanel";
import { Empty, ErrorState, Loading } from "../../components/ui";
import { usePipelines } from "../pipelines/queries";
import { useDashboard } from "./queries";
import { DashboardsUnavailable } from "./Unavailable";

export default function DashboardPage() {
  const { dashboard: id = "" } = useParams();
  const dashboard = useDashboard(id);
  const pipelines = usePipelines();
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (next: Dashboard) =>
      pendingCall<Dashboard>("PUT", `/api/v1/dashboards/${encodeURIComponent(id)}`, { name: next.name, charts: next.charts }),
    onSuccess: (d) => queryClient.setQueryData(["dashboard", id], d),
  });
  const remove = useMutation({
    mutationFn: () => pendingCall<unknown>("DELETE", `/api/v1/dashboards/${encodeURIComponent(id)}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["dashboards"] });
      void navigate("/dashboards");
    },
  });
  if (dashboard.isPending) return <Loading what="the dashboard" />;
  if (dashboard.isError) {
    return isMissingRoute(dashboard.error) ? <DashboardsUnavailable /> : (
      <ErrorState error={dashboard.error} retry={() => void dashboard.refetch()} listHref="/dashboards" listLabel="All dashboards" />
    );
  }
  const d = dashboard.data;
  const zoneOf = (pid: string) => pipelines.data?.items.find((p) => p.id === pid)?.schedule?.timezone;
  return (
    <>
      <p className="small"><Link to="/dashboards">Dashboards</Link> /</p>
      <div className="spread">
        <h1>{d.name}</h1>
        {canWrite && <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>Delete dashboard</button>}
      </div>
      {save.isError && <ErrorState error={save.error} />}
      {d.charts.length === 0 ? (
        <Empty title="No charts on this dashboard">
          <p>Open a pipeline's “Data &amp; charts” page, build a chart and press “Save to dashboard”.</p>
        </Empty>
      ) : (
        d.charts.map((c, i) => (
          <section key={`${c.pipeline_id}-${i}`} className="card" aria-labelledby={`chart-${i}`}>
            <div className="spread">
              <h2 id={`chart-${i}`} style={{ marginTop: 0 }}>{c.title}</h2>
              {canWrite && (
                <button type="button" onClick={() => save.mutate({ ...d, charts: d.charts.filter((_, j) => j !== i) })} disabled={save.isPending}>
                  Remove chart
                </button>
              )}
            </div>
            <ChartPanel pipelineId={c.pipeline_id} params={{ x: c.x, y: c.y, bucket: c.bucket, agg: c.agg, group: c.group }} title={c.title} timeZone={zoneOf(c.pipeline_id)} />
          </section>
        ))
      )}
    </>
  );
}
