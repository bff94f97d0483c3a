import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import { useCanWrite } from "../../app/session";
import { PipelineTabs } from "../../components/PipelineTabs";
import { formatInstant } from "../../components/format";
import { Badge, Empty, ErrorState, Loading } from "../../components/ui";
import { usePipeline, useRunNow } from "../pipelines/queries";

type FailedStatus = components["schemas"]["FailedStatus"];
const STATUSES: FailedStatus[] = ["open", "resolved", "discarded"];

/** Rows a run could not load: why, the row as read, and retry or discard (one or many). */
export default function FailedRecordsPage() {
  const { pipeline: id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as string[]).includes(params.get("status") ?? "") ? (params.get("status") as FailedStatus) : "open";
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const pipeline = usePipeline(id);
  const runNow = useRunNow(id);
  const records = useQuery({
    queryKey: ["failed", id, status],
    queryFn: () =>
      unwrap(client.GET("/api/v1/pipelines/{id}/failed-records", { params: { path: { id }, query: { status, limit: 200 } } })),
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: async ({ action, ids }: { action: "retry" | "discard"; ids: string[] }) => {
      const path = action === "retry" ? "/api/v1/failed-records/{id}/retry" : "/api/v1/failed-records/{id}/discard";
      for (const rid of ids) await unwrap(client.POST(path, { params: { path: { id: rid } } }));
      return { action, count: ids.length };
    },
    onSuccess: ({ action, count }) => {
      setSelected(new Set());
      setDone(
        action === "retry"
          ? `${count} record${count === 1 ? "" : "s"} will be retried by the next run.`
          : `${count} record${count === 1 ? "" : "s"} discarded.`,
      );
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["failed", id] }),
  });

  const items = records.data?.items ?? [];
  const allSelected = items.length > 0 && items.every((r) => selected.has(r.id));
  const toggle = (rid: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(rid)) next.delete(rid);
      else next.add(rid);
      return next;
    });
  const name = pipeline.data?.name ?? "pipeline";
  return (
    <>
      <p className="small"><Link to="/pipelines">Pipelines</Link> / <Link to={`/pipelines/${id}`}>{name}</Link> /</p>
      <h1>Failed records</h1>
      <PipelineTabs id={id} name={name} />
      <p className="muted">
        Rows a run could not load. Each run re-checks the open ones. Fix the cause (the pipeline's steps or the source), then retry: the next run reloads them.
      </p>
      <div className="spread" style={{ marginBottom: "var(--s-3)" }}>
        <div className="field" style={{ margin: 0, minWidth: 180 }}>
          <label htmlFor="failed-status">Show</label>
          <select id="failed-status" value={status} onChange={(e) => { setSelected(new Set()); setParams({ status: e.target.value }); }}>
            {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        {canWrite && status === "open" && (
          <div className="row">
            <button type="button" disabled={selected.size === 0 || act.isPending} onClick={() => act.mutate({ action: "retry", ids: [...selected] })}>
              Retry selected ({selected.size})
            </button>
            <button type="button" className="danger" disabled={selected.size === 0 || act.isPending} onClick={() => act.mutate({ action: "discard", ids: [...selected] })}>
              Discard selected
            </button>
            <button type="button" className="primary" onClick={() => runNow.mutate()} disabled={runNow.isPending}>
              Run now
            </button>
          </div>
        )}
      </div>
      {done && <p role="status" className="card">{done}</p>}
      {act.isError && <ErrorState error={act.error} />}
      {runNow.isError && <ErrorState error={runNow.error} />}
      {records.isPending ? (
        <Loading what="failed records" />
      ) : records.isError ? (
        <ErrorState error={records.error} retry={() => void records.refetch()} listHref={`/pipelines/${id}`} listLabel="The pipeline" />
      ) : items.length === 0 ? (
        <Empty title={`No ${status} failed records`}>
          <p>{status === "open" ? "Every row of the last runs loaded." : "Change “Show” to see the others."}</p>
        </Empty>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="sr-only">{status} failed records</caption>
            <thead>
              <tr>
                {canWrite && status === "open" && (
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Select all"
                      checked={allSelected}
                      onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((r) => r.id)))}
                    />
                  </th>
                )}
                <th scope="col">Source, line</th>
                <th scope="col">Reason</th>
                <th scope="col">Row as read</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-testid="failed-record">
                  {canWrite && status === "open" && (
                    <td>
                      <input type="checkbox" aria-label={`Select line ${r.row_number ?? "?"} of ${r.source}`} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
                    </td>
                  )}
                  <td>{r.source}{r.row_number !== null && r.row_number !== undefined ? `, line ${r.row_number}` : ""}</td>
                  <td>{r.reason}</td>
                  <td>
                    {r.raw_record ? (
                      <details>
                        <summary>{Object.keys(r.raw_record).length} columns</summary>
                        <dl className="kv small">
                          {Object.entries(r.raw_record).map(([k, v]) => (
                            <div key={k} style={{ display: "contents" }}>
                              <dt>{k}</dt>
                              <dd>{v ?? <span className="muted">null</span>}</dd>
                            </div>
                          ))}
                        </dl>
                      </details>
                    ) : (
                      <span className="muted">not recovered</span>
                    )}
                  </td>
                  <td>
                    <Badge value={r.status} />
                    {r.retry_requested && r.status === "open" && <div className="small muted">retry requested</div>}
                    {r.resolved_at && <div className="small muted">{formatInstant(r.resolved_at)}</div>}
                  </td>
                  <td className="num">{r.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
