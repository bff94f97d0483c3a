import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import { useCanWrite, useMe } from "../../app/session";
import { formatInstant } from "../../components/format";
import { Dialog, Empty, ErrorState, Field, Loading } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";

type Role = components["schemas"]["Role"];
type Created = components["schemas"]["CreatedToken"];

export function TokensSection() {
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ["tokens"], queryFn: () => unwrap(client.GET("/api/v1/tokens", { params: { query: { limit: 200 } } })) });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(client.DELETE("/api/v1/tokens/{id}", { params: { path: { id } } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["tokens"] }),
  });
  return (
    <section aria-labelledby="tokens">
      <div className="spread">
        <h2 id="tokens">API tokens</h2>
        {canWrite && <button type="button" onClick={() => { setCreated(null); setCreating(true); }}>New token</button>}
      </div>
      <p className="small muted">For scripts and CI: send as <code>Authorization: Bearer …</code>. A token never has more power than its owner.</p>
      {revoke.isError && <ErrorState error={revoke.error} />}
      {tokens.isPending ? <Loading what="tokens" /> : tokens.isError ? <ErrorState error={tokens.error} retry={() => void tokens.refetch()} /> : tokens.data.items.length === 0 ? (
        <Empty title="No API tokens">{canWrite && <p>Create one for a script or a CI job; it is shown once.</p>}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="sr-only">API tokens</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Role</th><th scope="col">Expires</th><th scope="col">Last used</th>{canWrite && <th scope="col"><span className="sr-only">Actions</span></th>}</tr></thead>
            <tbody>
              {tokens.data.items.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td><td><code>{t.prefix}…</code></td><td>{t.role}</td>
                  <td>{t.expires_at ? formatInstant(t.expires_at) : "never"}</td>
                  <td>{t.last_used_at ? formatInstant(t.last_used_at) : "never"}</td>
                  {canWrite && <td><button type="button" className="danger" onClick={() => revoke.mutate(t.id)} aria-label={`Revoke ${t.name}`}>Revoke</button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog open={creating} title={created ? "Copy your token now" : "New API token"} onClose={() => { setCreating(false); setCreated(null); }}>
        {created ? (
          <>
            <p>This is the only time the token is shown. Store it in your secret manager.</p>
            <p className="secret" data-testid="token-secret"><code>{created.secret}</code></p>
            <button type="button" onClick={() => void navigator.clipboard?.writeText(created.secret)}>Copy</button>
          </>
        ) : (
          <NewTokenForm onCreated={(t) => { setCreated(t); void queryClient.invalidateQueries({ queryKey: ["tokens"] }); }} />
        )}
      </Dialog>
    </section>
  );
}

function NewTokenForm({ onCreated }: { onCreated: (t: Created) => void }) {
  const me = useMe();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [days, setDays] = useState("90");
  const form = useFormErrors(["name", "role", "expires_in_days"]);
  const create = useMutation({
    mutationFn: () =>
      unwrap(client.POST("/api/v1/tokens", {
        body: { name, role: role === "" ? null : role, expires_in_days: days === "" ? null : Number(days) },
      })),
    onSuccess: onCreated,
    onError: form.fail,
  });
  const roles: Role[] = me.data?.role === "admin" ? ["viewer", "member", "admin"] : ["viewer", "member"];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError messages={form.errors[""]} />
      <Field label="Name" errors={form.errors.name} hint="What it is for, e.g. ci-deploy">{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <Field label="Role" errors={form.errors.role}>
        {(p) => (
          <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role | "")}>
            <option value="">Same as mine</option>
            {roles.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        )}
      </Field>
      <Field label="Expires after (days)" errors={form.errors.expires_in_days} hint="1 to 3650; empty for never.">
        {(p) => <input {...p} type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} />}
      </Field>
      <button type="submit" className="primary" disabled={create.isPending}>Create token</button>
    </form>
  );
}
