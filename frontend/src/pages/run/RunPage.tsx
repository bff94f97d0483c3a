import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import { useCanWrite } from "../../app/session";
import { formatDuration, formatInstant, formatNumber } from "../../components/format";
import { Badge, Empty, ErrorState, Loading } from "../../components/ui";
import { usePipeline } from "../pipelines/queries";

type Run = components["schemas"]["RunResponse"];
type Delivery = components["schemas"]["DeliveryResponse"];

const LIVE: ReadonlySet<Run["status"]> = new Set(["queued", "running", "retrying"]);
const STAGES = [
  ["extract_ms", "Extract", "#0072B2"],
  ["open_ms", "Open", "#CC79A7"],
  ["transform_ms", "Transform", "#E69F00"],
  ["merge_ms", "Merge", "#56B4E9"],
  ["load_ms", "Load", "#009E73"],
] as const;
/** Stages only some runs have (a merge only into a table that held rows): listed when timed. */
const OPTIONAL: ReadonlySet<string> = new Set(["merge_ms"]);

/** /pipelines/{pipeline}/runs/{run}: the address e-mails and webhooks link to. */
export default function RunPage() {
  const { pipeline: pipelineId = "", run: id = "" } = useParams();
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const pipeline = usePipeline(pipelineId);
  // Live while it runs: once a second until it is finished.
  const run = useQuery({
    queryKey: ["run", id],
    queryFn: () => unwrap(client.GET("/api/v1/runs/{id}", { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && LIVE.has(q.state.data.status) ? 1000 : false),
  });
  const finished = run.data !== undefined && !LIVE.has(run.data.status);
  // Pages of 100, oldest first; "More" fetches the next.
  const deliveries = useInfiniteQuery({
    queryKey: ["run", id, "deliveries", finished],
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET("/api/v1/runs/{id}/deliveries", {
          params: { path: { id }, query: pageParam ? { limit: 100, after: pageParam } : { limit: 100 } },
        }),
      ),
    initialPageParam: "",
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled: run.data !== undefined,
    refetchInterval: (q) =>
      q.state.data?.pages.some((page) => page.items.some((d) => d.status === "pending" || d.status === "sending")) ? 2000 : false,
  });
  const deliveryRows = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  const cancel = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/runs/{id}/cancel", { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["run", id] }),
  });

  if (run.isPending) return <Loading what="the run" />;
  if (run.isError) return <ErrorState error={run.error} retry={() => void run.refetch()} listHref={`/pipelines/${pipelineId}`} listLabel="The pipeline's runs" />;
  const r = run.data;
  const tz = pipeline.data?.schedule?.timezone;
  const name = pipeline.data?.name ?? "pipeline";
  return (
    <>
      <p className="small">
        <Link to="/pipelines">Pipelines</Link> / <Link to={`/pipelines/${pipelineId}`}>{name}</Link> /
      </p>
      <div className="spread">
        <h1>
          Run of {name} <Badge value={r.status} />
        </h1>
        {canWrite && LIVE.has(r.status) && (
          <button type="button" className="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending || r.cancel_requested}>
            {r.cancel_requested ? "Cancel requested" : "Cancel run"}
          </button>
        )}
      </div>
      {LIVE.has(r.status) && (
        <p aria-live="polite" role="status" className="card">
          {r.status === "queued" ? "Waiting for a worker…" : r.status === "retrying" ? `Retrying at ${formatInstant(r.retry_at, tz)}` : `Running: ${formatNumber(r.progress_rows)} rows handled so far.`}
        </p>
      )}
      <div className="grid2">
        <section className="card" aria-labelledby="run-facts">
          <h2 id="run-facts" style={{ marginTop: 0 }}>Run</h2>
          <dl className="kv">
            <dt>Status</dt><dd data-testid="run-status">{r.status}</dd>
            <dt>Trigger</dt><dd>{r.trigger}{r.full_reload ? " (full reload)" : ""}</dd>
            <dt>Attempt</dt><dd>{r.attempt}</dd>
            <dt>Queued</dt><dd>{formatInstant(r.queued_at, tz)}</dd>
            <dt>Started</dt><dd>{formatInstant(r.started_at, tz)}</dd>
            <dt>Finished</dt><dd>{formatInstant(r.finished_at, tz)}</dd>
            {r.scheduled_for && (<><dt>Scheduled for</dt><dd>{formatInstant(r.scheduled_for, tz)}</dd></>)}
            {r.worker_id && (<><dt>Worker</dt><dd>{r.worker_id}</dd></>)}
          </dl>
        </section>
        <section className="card" aria-labelledby="run-counts">
          <h2 id="run-counts" style={{ marginTop: 0 }}>Rows</h2>
          <dl className="kv" data-testid="run-counts">
            <dt>Extracted</dt><dd>{formatNumber(r.counts.extracted)}</dd>
            <dt>Inserted</dt><dd data-testid="count-inserted">{formatNumber(r.counts.inserted)}</dd>
            <dt>Updated</dt><dd>{formatNumber(r.counts.updated)}</dd>
            <dt>Unchanged</dt><dd>{formatNumber(r.counts.unchanged)}</dd>
            <dt>Failed</dt>
            <dd>
              {formatNumber(r.counts.failed)}
              {r.counts.failed > 0 && <> · <Link to={`/pipelines/${pipelineId}/failed`}>see the failed records</Link></>}
            </dd>
            <dt>Failed records re-checked</dt><dd>{formatNumber(r.counts.retried)}</dd>
            <dt>Failed records resolved</dt><dd>{formatNumber(r.counts.resolved ?? 0)}</dd>
            <dt>Loaded with a data test warning</dt><dd>{formatNumber(r.counts.warned ?? 0)}</dd>
            <dt>Deleted (mirror)</dt><dd data-testid="count-deleted">{formatNumber(r.counts.deleted ?? 0)}</dd>
          </dl>
        </section>
      </div>
      <h2>Stages</h2>
      <StageTimeline timings={r.timings} />
      {r.error && (
        <>
          <h2>Error</h2>
          <div className="state error" role="alert">
            {r.error_code && <p><code>{r.error_code}</code></p>}
            <p>{r.error}</p>
          </div>
        </>
      )}
      {r.step_log.length > 0 && (
        <>
          <h2>Log</h2>
          <pre>{r.step_log.join("\n")}</pre>
        </>
      )}
      <h2>Notifications</h2>
      {deliveries.isPending ? (
        <Loading what="deliveries" />
      ) : deliveries.isError ? (
        <ErrorState error={deliveries.error} retry={() => void deliveries.refetch()} />
      ) : deliveryRows.length === 0 ? (
        <Empty title="No notifications for this run">
          <p>Set e-mail recipients or webhooks for this pipeline in <Link to="/settings#notifications">Settings</Link>.</p>
        </Empty>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="sr-only">Deliveries of this run's notifications</caption>
            <thead>
              <tr>
                <th scope="col">Channel</th><th scope="col">To</th><th scope="col">Event</th><th scope="col">Status</th>
                <th scope="col" className="num">Attempts</th><th scope="col">Last error</th>
                {canWrite && <th scope="col"><span className="sr-only">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {deliveryRows.map((d) => <DeliveryRow key={d.id} delivery={d} canWrite={canWrite} runId={id} />)}
            </tbody>
          </table>
          {deliveries.hasNextPage && (
            <button type="button" onClick={() => void deliveries.fetchNextPage()} disabled={deliveries.isFetchingNextPage} style={{ marginTop: "var(--s-3)" }}>
              More notifications
            </button>
          )}
        </div>
      )}
    </>
  );
}

export function StageTimeline({ timings }: { timings: Run["timings"] }) {
  const total = timings.total_ms ?? STAGES.reduce((sum, [key]) => sum + (timings[key] ?? 0), 0);
  if (total === 0 && timings.total_ms === undefined) return <p className="muted">No stage has finished yet.</p>;
  return (
    <>
      <div className="timeline" aria-hidden="true">
        {STAGES.map(([key, , colour]) =>
          timings[key] !== undefined ? <span key={key} style={{ width: `${(100 * (timings[key] ?? 0)) / Math.max(total, 1)}%`, background: colour }} /> : null,
        )}
      </div>
      <ul className="legend">
        {STAGES.filter(([key]) => !OPTIONAL.has(key) || timings[key] !== undefined).map(([key, label, colour]) => (
          <li key={key}>
            <span className="swatch" style={{ background: colour }} />
            {label}: {formatDuration(timings[key])}
          </li>
        ))}
        <li>Total: {formatDuration(timings.total_ms)}</li>
      </ul>
    </>
  );
}

function DeliveryRow({ delivery: d, canWrite, runId }: { delivery: Delivery; canWrite: boolean; runId: string }) {
  const queryClient = useQueryClient();
  const redeliver = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/deliveries/{id}/redeliver", { params: { path: { id: d.id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["run", runId, "deliveries"] }),
  });
  return (
    <tr>
      <td>{d.channel}</td>
      <td className="long">{d.target}</td>
      <td>{d.event_type}</td>
      <td><Badge value={d.status} /></td>
      <td className="num">{d.attempts}</td>
      <td className="long">{d.last_error ?? ""}</td>
      {canWrite && (
        <td>
          <button type="button" onClick={() => redeliver.mutate()} disabled={redeliver.isPending || d.status === "sending"}>
            Redeliver
          </button>
          {redeliver.isError && <div className="error small" role="alert">{redeliver.error.message}</div>}
        </td>
      )}
    </tr>
  );
}
