import { useMutation } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";

import { ApiError } from "../../api/errors";
import { useCanWrite } from "../../app/session";
import { ChartPanel } from "../../charts/ChartPanel";
import { paramsFromSearch, paramsToSearch } from "../../charts/params";
import { PipelineTabs } from "../../components/PipelineTabs";
import { formatInstant, formatNumber } from "../../components/format";
import { Empty, ErrorState, Loading } from "../../components/ui";
import { usePipeline, useRunNow } from "../pipelines/queries";
import { ChartBuilder } from "./ChartBuilder";
import { DataTable } from "./DataTable";
import { downloadCsv } from "./download";
import { useTable as useTableOf } from "./queries";
import { SaveToDashboard } from "../dashboards/SaveToDashboard";

/** What a pipeline loaded: a chart (its parameters in the URL), the rows, a CSV download. */
export default function ChartsPage() {
  const { pipeline: id = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const pipeline = usePipeline(id);
  const table = useTableOf(id);
  const canWrite = useCanWrite();
  const runNow = useRunNow(id);
  const download = useMutation({ mutationFn: () => downloadCsv(id, pipeline.data?.destination_table ?? "table") });
  const name = pipeline.data?.name ?? "pipeline";

  const header = (
    <>
      <p className="small"><Link to="/pipelines">Pipelines</Link> / <Link to={`/pipelines/${id}`}>{name}</Link> /</p>
      <h1>Data &amp; charts</h1>
      <PipelineTabs id={id} name={name} />
    </>
  );
  if (table.isPending || pipeline.isPending) return <>{header}<Loading what="the table" /></>;
  if (pipeline.isError) return <>{header}<ErrorState error={pipeline.error} listHref="/pipelines" listLabel="All pipelines" /></>;
  if (table.isError) {
    if (table.error instanceof ApiError && table.error.code === "table_not_found") {
      return (
        <>
          {header}
          <Empty title="No data yet">
            <p>The table <code>{pipeline.data.destination_table}</code> is created by the pipeline's first run. {canWrite ? "Run it now to load the data." : "Ask a member to run the pipeline."}</p>
            {canWrite && <button type="button" className="primary" onClick={() => runNow.mutate()} disabled={runNow.isPending}>Run now</button>}
          </Empty>
        </>
      );
    }
    return <>{header}<ErrorState error={table.error} retry={() => void table.refetch()} /></>;
  }
  const t = table.data;
  const params = paramsFromSearch(search, t.columns);
  const timeZone = pipeline.data.schedule?.timezone;
  return (
    <>
      {header}
      <p className="muted small">
        <code>{t.schema}.{t.table}</code> · about {formatNumber(t.estimated_rows)} rows
        {t.last_changed_by && <> · last changed {formatInstant(t.last_changed_by.finished_at, timeZone)}</>}
      </p>
      <h2>Chart</h2>
      {params === null ? (
        <Empty title="Nothing to chart">
          <p>A chart needs a date or time column and a numeric one; this table has {t.columns.filter((c) => !c.bookkeeping).map((c) => `${c.name} (${c.pg_type})`).join(", ")}.</p>
        </Empty>
      ) : (
        <>
          <ChartBuilder columns={t.columns} value={params} onChange={(next) => setSearch(paramsToSearch(next), { replace: true })} />
          <ChartPanel pipelineId={id} params={params} title={`${params.y.join(", ")} by ${params.x}`} timeZone={timeZone} />
          {canWrite && <SaveToDashboard pipelineId={id} params={params} />}
        </>
      )}
      <div className="spread">
        <h2>Rows</h2>
        <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
          {download.isPending ? "Preparing…" : "Download CSV"}
        </button>
      </div>
      {download.isError && <ErrorState error={download.error} retry={() => download.mutate()} />}
      <DataTable pipelineId={id} />
    </>
  );
}
