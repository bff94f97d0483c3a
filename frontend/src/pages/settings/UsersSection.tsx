import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import { useMe } from "../../app/session";
import { Dialog, ErrorState, Field, Loading } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";

type Role = components["schemas"]["Role"];
const ROLES: Role[] = ["viewer", "member", "admin"];

export function UsersSection() {
  const me = useMe();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ["users"], queryFn: () => unwrap(client.GET("/api/v1/users", { params: { query: { limit: 200 } } })) });
  const [adding, setAdding] = useState(false);
  const update = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => unwrap(client.PATCH("/api/v1/users/{id}", { params: { path: { id } }, body: { role } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(client.DELETE("/api/v1/users/{id}", { params: { path: { id } } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
  return (
    <section aria-labelledby="users">
      <div className="spread">
        <h2 id="users">Users</h2>
        <button type="button" onClick={() => setAdding(true)}>Add a user</button>
      </div>
      <p className="small muted">Viewers read everything and change nothing; members manage sources, pipelines and runs; admins also manage users and every token.</p>
      {(update.isError || remove.isError) && <ErrorState error={update.error ?? remove.error} />}
      {users.isPending ? <Loading what="users" /> : users.isError ? <ErrorState error={users.error} retry={() => void users.refetch()} /> : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="sr-only">Users of this workspace</caption>
            <thead><tr><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <td>{u.email}{u.id === me.data?.user_id && <span className="muted"> (you)</span>}</td>
                  <td>
                    <select aria-label={`Role of ${u.email}`} value={u.role} onChange={(e) => update.mutate({ id: u.id, role: e.target.value as Role })}>
                      {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                    </select>
                  </td>
                  <td>
                    {u.id !== me.data?.user_id && (
                      <button type="button" className="danger" onClick={() => remove.mutate(u.id)} aria-label={`Remove ${u.email}`}>Remove</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog open={adding} title="Add a user" onClose={() => setAdding(false)}>
        <AddUserForm onDone={() => setAdding(false)} />
      </Dialog>
    </section>
  );
}

function AddUserForm({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("member");
  const form = useFormErrors(["email", "password", "role"]);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/users", { body: { email, password, role } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["users"] });
      onDone();
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError messages={form.errors[""]} />
      <Field label="E-mail" errors={form.errors.email}>{(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
      <Field label="Initial password" errors={form.errors.password} hint="At least 10 characters; tell them to keep it safe.">
        {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <Field label="Role" errors={form.errors.role}>
        {(p) => <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>{ROLES.map((r) => <option key={r} value={r}>{r}</option>)}</select>}
      </Field>
      <button type="submit" className="primary" disabled={create.isPending}>Add user</button>
    </form>
  );
}
