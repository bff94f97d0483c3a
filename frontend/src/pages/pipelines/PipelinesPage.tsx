import { Link } from "react-router";

import { ApiError } from "../../api/errors";
import type { components } from "../../api/schema";
import { useCanWrite } from "../../app/session";
import { formatDuration, formatInstant, formatNumber } from "../../components/format";
import { Badge, Empty, ErrorState, Loading } from "../../components/ui";
import { useLastRun, usePipelines, useRunNow, useSetEnabled } from "./queries";

type Item = components["schemas"]["PipelineListItem"];

export function PipelinesPage() {
  const pipelines = usePipelines();
  const canWrite = useCanWrite();
  return (
    <>
      <div className="spread">
        <h1>Pipelines</h1>
        {canWrite && (
          <Link className="button primary" to="/pipelines/new">
            New pipeline
          </Link>
        )}
      </div>
      {pipelines.isPending ? (
        <Loading what="pipelines" />
      ) : pipelines.isError ? (
        <ErrorState error={pipelines.error} retry={() => void pipelines.refetch()} />
      ) : pipelines.data.items.length === 0 ? (
        <Empty title="No pipelines yet">
          <p>
            A pipeline reads <Link to="/sources">sources</Link>, transforms their rows and loads them into a table.{" "}
            {canWrite ? <Link to="/pipelines/new">Create the first one</Link> : "A member of your team creates them."}
          </p>
        </Empty>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="sr-only">Pipelines and their last runs</caption>
            <thead>
              <tr>
                <th scope="col">Pipeline</th>
                <th scope="col">Last run</th>
                <th scope="col" className="num">Inserted / updated / failed</th>
                <th scope="col">Duration</th>
                <th scope="col">Next run</th>
                <th scope="col">Scheduled</th>
                {canWrite && <th scope="col"><span className="sr-only">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {pipelines.data.items.map((p) => (
                <PipelineRow key={p.id} pipeline={p} canWrite={canWrite} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function PipelineRow({ pipeline: p, canWrite }: { pipeline: Item; canWrite: boolean }) {
  const last = useLastRun(p.id);
  const runNow = useRunNow(p.id);
  const setEnabled = useSetEnabled(p.id);
  const run = last.data;
  const busy = runNow.error instanceof ApiError && runNow.error.code === "run_in_progress";
  return (
    <tr data-pipeline={p.name}>
      <td>
        <Link to={`/pipelines/${p.id}`}>{p.name}</Link>
        <div className="small muted">→ {p.destination_table}{p.spec.destination.database ? ` in ${p.spec.destination.database}` : ""}</div>
      </td>
      <td>
        {last.isPending ? "…" : run ? (
          <Link to={`/pipelines/${p.id}/runs/${run.id}`} aria-label={`Last run: ${run.status}`}>
            <Badge value={run.status} />
          </Link>
        ) : (
          <span className="muted">never run</span>
        )}
        {run && <div className="small muted">{formatInstant(run.finished_at ?? run.queued_at)}</div>}
      </td>
      <td className="num">
        {run ? `${formatNumber(run.counts.inserted)} / ${formatNumber(run.counts.updated)} / ${formatNumber(run.counts.failed)}` : "—"}
      </td>
      <td>{formatDuration(run?.timings.total_ms)}</td>
      <td>
        {p.enabled && p.next_run_at ? formatInstant(p.next_run_at, p.schedule?.timezone) : <span className="muted">{p.schedule ? "—" : "no schedule"}</span>}
      </td>
      <td>
        {canWrite ? (
          <label className="check">
            <input
              type="checkbox"
              checked={p.enabled}
              disabled={setEnabled.isPending}
              onChange={(e) => setEnabled.mutate(e.target.checked)}
            />
            <span>{p.enabled ? "Enabled" : "Disabled"}</span>
          </label>
        ) : (
          <Badge value={p.enabled ? "ok" : "off"} />
        )}
      </td>
      {canWrite && (
        <td>
          <button type="button" onClick={() => runNow.mutate()} disabled={runNow.isPending} aria-label={`Run ${p.name} now`}>
            Run now
          </button>
          {runNow.isError && (
            <div className="error small" role="alert">
              {busy ? "A run is already queued or running." : runNow.error.message}
            </div>
          )}
        </td>
      )}
    </tr>
  );
}
