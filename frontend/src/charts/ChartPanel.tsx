import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";

import { client, unwrap } from "../api/client";
import { ErrorState, Loading } from "../components/ui";
import { seriesQuery, type ChartParams } from "./params";

// uPlot and the chart code load only when a chart is on the page.
const TimeChart = lazy(() => import("./TimeChart"));

/** One chart of a pipeline's table: asks for the series (≤ max_points) and draws it. */
export function ChartPanel({ pipelineId, params, title, timeZone }: {
  pipelineId: string;
  params: ChartParams;
  title: string;
  timeZone?: string | undefined;
}) {
  const query = seriesQuery(params);
  const series = useQuery({
    queryKey: ["series", pipelineId, query],
    queryFn: () => unwrap(client.GET("/api/v1/pipelines/{id}/series", { params: { path: { id: pipelineId }, query } })),
  });
  if (series.isPending) return <Loading what="the chart" />;
  if (series.isError) return <ErrorState error={series.error} retry={() => void series.refetch()} />;
  const s = series.data;
  return (
    <div data-testid="chart-panel">
      <p className="small muted" data-testid="chart-summary">
        {s.x.length.toLocaleString("en-US")} points · {s.agg} per {s.bucket === "none" ? "distinct " + s.x_column : s.bucket}
        {s.bucket !== s.requested_bucket && ` (widened from ${s.requested_bucket} to stay under ${query.max_points?.toLocaleString("en-US")} points)`}
      </p>
      {s.x.length === 0 ? (
        <p className="muted">No rows match: the table is empty or the filters leave nothing.</p>
      ) : (
        <Suspense fallback={<Loading what="the chart" />}>
          <TimeChart data={s} title={title} timeZone={timeZone} kind={params.kind} />
        </Suspense>
      )}
    </div>
  );
}
