import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { isMissingRoute, pendingCall, type WarehouseCredentials } from "../../api/pending";
import { ApiError } from "../../api/errors";
import { ErrorState, Loading } from "../../components/ui";

/** Read-only SQL credentials for BI tools (admins). */
export function WarehouseSection() {
  const queryClient = useQueryClient();
  const creds = useQuery({
    queryKey: ["warehouse"],
    queryFn: () => pendingCall<WarehouseCredentials>("GET", "/api/v1/warehouse/credentials"),
  });
  const [fresh, setFresh] = useState<WarehouseCredentials | null>(null);
  const create = useMutation({
    mutationFn: () => pendingCall<WarehouseCredentials>("POST", "/api/v1/warehouse/credentials", {}),
    onSuccess: (c) => {
      setFresh(c);
      void queryClient.invalidateQueries({ queryKey: ["warehouse"] });
    },
  });
  const revoke = useMutation({
    mutationFn: () => pendingCall<unknown>("DELETE", "/api/v1/warehouse/credentials"),
    onSuccess: () => {
      setFresh(null);
      void queryClient.invalidateQueries({ queryKey: ["warehouse"] });
    },
  });
  const none = creds.error instanceof ApiError && creds.error.status === 404 && !isMissingRoute(creds.error);
  return (
    <section aria-labelledby="warehouse">
      <h2 id="warehouse">SQL access for BI tools</h2>
      <p className="small muted">A read-only PostgreSQL login to your workspace's tables, for Metabase, Grafana, Excel and the like.</p>
      {creds.isPending ? <Loading what="credentials" /> : isMissingRoute(creds.error) ? (
        <div className="state">This server does not offer SQL access yet.</div>
      ) : creds.isError && !none ? (
        <ErrorState error={creds.error} retry={() => void creds.refetch()} />
      ) : (
        <div className="card">
          {fresh && (
            <div role="status">
              <p>Copy the password now: it is shown this once.</p>
              <pre className="secret">{JSON.stringify(fresh, null, 2)}</pre>
            </div>
          )}
          {!fresh && creds.data && <pre>{JSON.stringify(creds.data, null, 2)}</pre>}
          {!fresh && none && <p>No credentials yet.</p>}
          <div className="row">
            <button type="button" onClick={() => create.mutate()} disabled={create.isPending}>{creds.data ? "Rotate credentials" : "Create credentials"}</button>
            {creds.data && <button type="button" className="danger" onClick={() => revoke.mutate()} disabled={revoke.isPending}>Revoke</button>}
          </div>
          {(create.isError || revoke.isError) && <ErrorState error={create.error ?? revoke.error} />}
        </div>
      )}
    </section>
  );
}
