import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";

import { client, unwrap } from "../../api/client";
import { useCanWrite } from "../../app/session";
import { formatInstant } from "../../components/format";
import { Badge, Dialog, ErrorState, Loading } from "../../components/ui";

export default function SourcePage() {
  const { source: id = "" } = useParams();
  const canWrite = useCanWrite();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const source = useQuery({
    queryKey: ["source", id],
    queryFn: () => unwrap(client.GET("/api/v1/sources/{id}", { params: { path: { id } } })),
  });
  const [showPreview, setShowPreview] = useState(false);
  const preview = useQuery({
    queryKey: ["source", id, "preview"],
    queryFn: () => unwrap(client.GET("/api/v1/sources/{id}/preview", { params: { path: { id }, query: { rows: 20 } } })),
    enabled: showPreview,
    staleTime: 60_000,
  });
  const check = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/sources/{id}/check", { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["source", id] }),
  });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const remove = useMutation({
    mutationFn: () => unwrap(client.DELETE("/api/v1/sources/{id}", { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["sources"] });
      void navigate("/sources");
    },
  });

  if (source.isPending) return <Loading what="the source" />;
  if (source.isError) return <ErrorState error={source.error} retry={() => void source.refetch()} listHref="/sources" listLabel="All sources" />;
  const s = source.data;
  const lastCheck = check.data ?? s.last_check;
  return (
    <>
      <p className="small"><Link to="/sources">Sources</Link> /</p>
      <div className="spread">
        <h1>{s.name}</h1>
        <div className="row">
          {canWrite && (
            <button type="button" onClick={() => check.mutate()} disabled={check.isPending}>
              {check.isPending ? "Checking…" : "Check"}
            </button>
          )}
          <button type="button" className="primary" onClick={() => { setShowPreview(true); void preview.refetch(); }}>
            Preview rows
          </button>
          {canWrite && (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete
            </button>
          )}
        </div>
      </div>
      <dl className="kv">
        <dt>URL</dt><dd style={{ wordBreak: "break-all" }}>{s.url}</dd>
        <dt>Format</dt><dd>{s.format}</dd>
        <dt>Options</dt><dd><code>{JSON.stringify(s.options)}</code></dd>
        <dt>Authorization header</dt><dd>{s.has_auth_header ? "set (never shown)" : "none"}</dd>
      </dl>
      <h2>Check</h2>
      {check.isError && <ErrorState error={check.error} retry={() => check.mutate()} />}
      {lastCheck ? (
        <div className="card" aria-live="polite">
          <p>
            <Badge value={lastCheck.ok ? "ok" : "failed"} /> {lastCheck.ok ? "Reachable and parses as " + s.format : lastCheck.problem?.message}
          </p>
          <p className="small muted">
            {formatInstant(lastCheck.checked_at)} · {lastCheck.bytes_checked.toLocaleString("en-US")} bytes read{lastCheck.truncated ? " (the beginning)" : ""}
          </p>
          {lastCheck.columns.length > 0 && (
            <p className="small">
              {lastCheck.columns.length} columns: {lastCheck.columns.slice(0, 12).join(", ")}
              {lastCheck.columns.length > 12 && `, and ${lastCheck.columns.length - 12} more`}
            </p>
          )}
        </div>
      ) : (
        <p className="muted">Never checked. Check it to see whether Sluice can fetch and read it.</p>
      )}
      {showPreview && (
        <>
          <h2>Preview</h2>
          {preview.isPending || preview.isFetching ? (
            <Loading what="the first rows" />
          ) : preview.isError ? (
            <ErrorState error={preview.error} retry={() => void preview.refetch()} />
          ) : (
            <>
              <p className="small muted">Types inferred from {preview.data.rows_sampled.toLocaleString("en-US")} rows.</p>
              <div className="table-wrap" tabIndex={0}>
                <table data-testid="preview">
                  <caption className="sr-only">The source's first rows</caption>
                  <thead>
                    <tr>
                      {preview.data.columns.map((c) => (
                        <th scope="col" key={c.name}>
                          {c.name}
                          <div className="small muted" style={{ fontWeight: 400 }}>
                            {c.inferred_type}{c.date_format ? ` ${c.date_format}` : ""}
                          </div>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {preview.data.rows.map((row, i) => (
                      <tr key={i}>
                        {preview.data.columns.map((c) => (
                          <td key={c.name}>{row[c.name] ?? <span className="muted">null</span>}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
      <Dialog open={confirmDelete} title={`Delete ${s.name}?`} onClose={() => setConfirmDelete(false)}>
        <p>Pipelines that read this source stop working until they name another one.</p>
        {remove.isError && <ErrorState error={remove.error} />}
        <div className="row end">
          <button type="button" onClick={() => setConfirmDelete(false)}>Cancel</button>
          <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>Delete source</button>
        </div>
      </Dialog>
    </>
  );
}
