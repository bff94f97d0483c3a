import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import { Dialog, ErrorState, Loading } from "../../components/ui";

type Connection = components["schemas"]["WarehouseConnection"];
type Credentials = components["schemas"]["WarehouseCredentials"];

/** Read-only SQL credentials for BI tools (admins): connection details, a password shown once. */
export function WarehouseSection() {
  const queryClient = useQueryClient();
  const connection = useQuery({
    queryKey: ["warehouse"],
    queryFn: () => unwrap(client.GET("/api/v1/warehouse/credentials")),
  });
  const [fresh, setFresh] = useState<Credentials | null>(null);
  const [confirm, setConfirm] = useState(false);
  const create = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/warehouse/credentials")),
    onSuccess: (c) => {
      setFresh(c);
      void queryClient.invalidateQueries({ queryKey: ["warehouse"] });
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(client.DELETE("/api/v1/warehouse/credentials")),
    onSuccess: () => {
      setFresh(null);
      setConfirm(false);
      void queryClient.invalidateQueries({ queryKey: ["warehouse"] });
    },
  });
  const c = connection.data;
  return (
    <section aria-labelledby="warehouse">
      <h2 id="warehouse">SQL access for BI tools</h2>
      <p className="small muted">
        A read-only PostgreSQL login to this workspace's tables, for Metabase, Grafana, Excel and the like. It may only read; the password is shown once.
      </p>
      {connection.isPending ? (
        <Loading what="SQL access" />
      ) : connection.isError ? (
        <ErrorState error={connection.error} retry={() => void connection.refetch()} />
      ) : c ? (
        <div className="card">
          {!c.exists && !fresh && <p>No login yet. Create one to connect a BI tool; these are the details it will have.</p>}
          <ConnectionDetails c={c} />
          {fresh && (
            <div role="status">
              <p><strong>Password, shown this once:</strong> store it in your BI tool now.</p>
              <p className="secret" data-testid="warehouse-password"><code>{fresh.password}</code></p>
            </div>
          )}
          <div className="row">
            <button type="button" onClick={() => create.mutate()} disabled={create.isPending}>
              {c.exists ? "Rotate the password" : "Create the login"}
            </button>
            {c.exists && <button type="button" className="danger" onClick={() => setConfirm(true)}>Revoke</button>}
          </div>
          {create.isError && <ErrorState error={create.error} retry={() => create.mutate()} />}
        </div>
      ) : null}
      <Dialog open={confirm} title="Revoke SQL access?" onClose={() => setConfirm(false)}>
        <p>Open sessions end and the password stops working at once. BI tools that use it stop refreshing.</p>
        {revoke.isError && <ErrorState error={revoke.error} />}
        <div className="row end">
          <button type="button" onClick={() => setConfirm(false)}>Cancel</button>
          <button type="button" className="danger" onClick={() => revoke.mutate()} disabled={revoke.isPending}>Revoke</button>
        </div>
      </Dialog>
    </section>
  );
}

function ConnectionDetails({ c }: { c: Connection }) {
  return (
    <dl className="kv" data-testid="warehouse-connection">
      <dt>Host</dt><dd>{c.host}</dd>
      <dt>Port</dt><dd>{c.port}</dd>
      <dt>Database</dt><dd>{c.database}</dd>
      <dt>Schema</dt><dd><code>{c.schema}</code></dd>
      <dt>User</dt><dd><code>{c.user}</code></dd>
      <dt>Sessions at most</dt><dd>{c.connection_limit}</dd>
      <dt>psql</dt><dd style={{ wordBreak: "break-all" }}><code>{c.psql}</code></dd>
      <dt>JDBC URL</dt><dd style={{ wordBreak: "break-all" }}><code>{c.jdbc_url}</code></dd>
    </dl>
  );
}
