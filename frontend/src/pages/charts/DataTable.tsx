import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { client, unwrap } from "../../api/client";
import { formatCell } from "../../components/format";
import { ErrorState, Loading } from "../../components/ui";

const PAGE = 50;

/** The table's rows, a page at a time, by the server's keyset cursor. */
export function DataTable({ pipelineId }: { pipelineId: string }) {
  // Cursors of the pages seen, so "Previous" goes back without the server keeping state.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors[cursors.length - 1];
  const page = useQuery({
    queryKey: ["data", pipelineId, after ?? ""],
    queryFn: () =>
      unwrap(
        client.GET("/api/v1/pipelines/{id}/data", {
          params: { path: { id: pipelineId }, query: after ? { limit: PAGE, after } : { limit: PAGE } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  if (page.isPending) return <Loading what="rows" />;
  if (page.isError) return <ErrorState error={page.error} retry={() => void page.refetch()} />;
  const d = page.data;
  const numeric = new Set(d.columns.filter((c) => /int|numeric|double|real|decimal/.test(c.pg_type)).map((c) => c.name));
  return (
    <>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="data-table">
          <caption className="sr-only">Rows of {d.table}, page {cursors.length + 1}</caption>
          <thead>
            <tr>
              {d.columns.map((c) => (
                <th scope="col" key={c.name} className={numeric.has(c.name) ? "num" : undefined}>{c.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.rows.map((row, i) => (
              <tr key={i}>
                {d.columns.map((c) => (
                  <td key={c.name} className={numeric.has(c.name) ? "num" : undefined}>
                    {formatCell((row as Record<string, unknown>)[c.name])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row" style={{ marginTop: "var(--s-2)" }}>
        <button type="button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Previous page
        </button>
        <span className="small muted">Page {cursors.length + 1}</span>
        <button type="button" disabled={!d.next_cursor || page.isFetching} onClick={() => d.next_cursor && setCursors((c) => [...c, d.next_cursor as string])}>
          Next page
        </button>
      </div>
    </>
  );
}
