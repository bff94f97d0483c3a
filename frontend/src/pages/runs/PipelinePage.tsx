import { useInfiniteQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";

import { client, unwrap } from "../../api/client";
import { useCanWrite } from "../../app/session";
import { PipelineTabs } from "../../components/PipelineTabs";
import { formatDuration, formatInstant, formatNumber } from "../../components/format";
import { Badge, Empty, ErrorState, Loading } from "../../components/ui";
import { usePipeline, useRunNow, useSetEnabled } from "../pipelines/queries";

/** A pipeline's summary and its run history, newest first. */
export default function PipelinePage() {
  const { pipeline: id = "" } = useParams();
  const pipeline = usePipeline(id);
  const canWrite = useCanWrite();
  const runNow = useRunNow(id);
  const setEnabled = useSetEnabled(id);
  const runs = useInfiniteQuery({
    queryKey: ["runs", id, "history"],
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET("/api/v1/pipelines/{id}/runs", {
          params: { path: { id }, query: pageParam ? { limit: 25, after: pageParam } : { limit: 25 } },
        }),
      ),
    initialPageParam: "",
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    refetchInterval: (q) =>
      q.state.data?.pages[0]?.items.some((r) => ["queued", "running", "retrying"].includes(r.status)) ? 2000 : false,
  });

  if (pipeline.isPending) return <Loading what="the pipeline" />;
  if (pipeline.isError) return <ErrorState error={pipeline.error} retry={() => void pipeline.refetch()} listHref="/pipelines" listLabel="All pipelines" />;
  const p = pipeline.data;
  const tz = p.schedule?.timezone;
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <p className="small"><Link to="/pipelines">Pipelines</Link> /</p>
      <div className="spread">
        <h1>{p.name}</h1>
        {canWrite && (
          <div className="row">
            <button type="button" onClick={() => setEnabled.mutate(!p.enabled)} disabled={setEnabled.isPending}>
              {p.enabled ? "Disable schedule" : "Enable schedule"}
            </button>
            <button type="button" className="primary" onClick={() => runNow.mutate()} disabled={runNow.isPending}>
              Run now
            </button>
          </div>
        )}
      </div>
      {runNow.isError && <ErrorState error={runNow.error} />}
      <PipelineTabs id={id} name={p.name} />
      {p.description && <p>{p.description}</p>}
      <dl className="kv">
        <dt>Loads</dt><dd><code>{p.destination_table}</code>{p.spec.destination.database && ` in ${p.spec.destination.database}`} (key: {p.spec.destination.primary_key.join(", ")})</dd>
        <dt>Schedule</dt>
        <dd>{p.schedule ? `${p.schedule.cron} (${p.schedule.timezone})${p.enabled ? "" : ", disabled"}` : "none: runs only when started"}</dd>
        <dt>Next run</dt><dd>{p.enabled && p.next_run_at ? formatInstant(p.next_run_at, tz) : "—"}</dd>
        <dt>Version</dt><dd>{p.version}</dd>
      </dl>
      <h2>Runs</h2>
      {runs.isPending ? (
        <Loading what="runs" />
      ) : runs.isError ? (
        <ErrorState error={runs.error} retry={() => void runs.refetch()} />
      ) : items.length === 0 ? (
        <Empty title="No runs yet">
          <p>{canWrite ? "Press “Run now” to load the table, or wait for the schedule." : "Runs start on the schedule or when a member starts one."}</p>
        </Empty>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="sr-only">Runs of {p.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Status</th>
                  <th scope="col">Trigger</th>
                  <th scope="col" className="num">Extracted</th>
                  <th scope="col" className="num">Inserted</th>
                  <th scope="col" className="num">Updated</th>
                  <th scope="col" className="num">Failed</th>
                  <th scope="col">Duration</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id}>
                    <td><Link to={`/pipelines/${id}/runs/${r.id}`}>{formatInstant(r.queued_at, tz)}</Link></td>
                    <td><Badge value={r.status} /></td>
                    <td>{r.trigger}</td>
                    <td className="num">{formatNumber(r.counts.extracted)}</td>
                    <td className="num">{formatNumber(r.counts.inserted)}</td>
                    <td className="num">{formatNumber(r.counts.updated)}</td>
                    <td className="num">{formatNumber(r.counts.failed)}</td>
                    <td>{formatDuration(r.timings.total_ms)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {runs.hasNextPage && (
            <button type="button" onClick={() => void runs.fetchNextPage()} disabled={runs.isFetchingNextPage} style={{ marginTop: "var(--s-3)" }}>
              Older runs
            </button>
          )}
        </>
      )}
    </>
  );
}
