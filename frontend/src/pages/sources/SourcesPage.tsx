import { useState } from "react";
import { Link, useNavigate } from "react-router";

import { useCanWrite } from "../../app/session";
import { formatInstant } from "../../components/format";
import { Badge, Dialog, Empty, ErrorState, Loading } from "../../components/ui";
import { useSources } from "./queries";
import { SourceForm } from "./SourceForm";

export function SourcesPage() {
  const sources = useSources();
  const canWrite = useCanWrite();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <div className="spread">
        <h1>Sources</h1>
        {canWrite && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add a source
          </button>
        )}
      </div>
      <p className="muted">CSV or JSON files on the web that pipelines read. Check one to see its first rows and the types Sluice infers.</p>
      {sources.isPending ? (
        <Loading what="sources" />
      ) : sources.isError ? (
        <ErrorState error={sources.error} retry={() => void sources.refetch()} />
      ) : sources.data.items.length === 0 ? (
        <Empty title="No sources yet">
          <p>{canWrite ? "Add a source: the URL of a CSV or JSON file, then check it and preview its rows." : "A member of your team adds sources; they will show here."}</p>
        </Empty>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="sr-only">Sources</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Format</th>
                <th scope="col">URL</th>
                <th scope="col">Last check</th>
              </tr>
            </thead>
            <tbody>
              {sources.data.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/sources/${s.id}`}>{s.name}</Link>
                    {s.has_auth_header && <span className="muted small"> · auth header set</span>}
                  </td>
                  <td>{s.format}</td>
                  <td className="long">{s.url}</td>
                  <td>
                    {s.last_check ? (
                      <>
                        <Badge value={s.last_check.ok ? "ok" : "failed"} />{" "}
                        <span className="small muted">{formatInstant(s.last_checked_at)}</span>
                      </>
                    ) : (
                      <span className="muted">never</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog open={adding} title="Add a source" onClose={() => setAdding(false)}>
        <SourceForm
          onDone={(source) => {
            setAdding(false);
            void navigate(`/sources/${source.id}`);
          }}
        />
      </Dialog>
    </>
  );
}
