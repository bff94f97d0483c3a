import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";

import { client, unwrap } from "../../api/client";
import { setToken } from "../../api/session";
import { Field } from "../../components/ui";
import { FormError, useFormErrors } from "../../components/useForm";
import { useToken } from "../../app/session";

/** Where to go after signing in: the page a 401 interrupted, if it is one of ours. */
function useNext(): string {
  const [params] = useSearchParams();
  const next = params.get("next");
  return next !== null && next.startsWith("/") && !next.startsWith("//") ? next : "/pipelines";
}

export function SignInPage() {
  const token = useToken();
  const next = useNext();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useFormErrors(["email", "password"]);
  const login = useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/auth/login", { body: { email, password } })),
    onSuccess: (answer) => {
      setToken(answer.access_token);
      void navigate(next, { replace: true });
    },
    onError: form.fail,
  });
  if (token !== null) return <Navigate to={next} replace />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    login.mutate();
  };
  return (
    <main id="main" className="auth">
      <h1>Sign in to Sluice</h1>
      <form onSubmit={submit} noValidate className="card">
        <FormError messages={form.errors[""]} />
        <Field label="E-mail" errors={form.errors.email}>
          {(p) => <input {...p} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label="Password" errors={form.errors.password}>
          {(p) => (
            <input {...p} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p className="muted" style={{ marginTop: "var(--s-4)" }}>
        New team? <Link to="/sign-up">Create a workspace</Link>.
      </p>
    </main>
  );
}

export function SignUpPage() {
  const navigate = useNavigate();
  const [tenant, setTenant] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useFormErrors(["tenant_name", "email", "password"]);
  const signup = useMutation({
    mutationFn: () =>
      unwrap(client.POST("/api/v1/auth/signup", { body: { tenant_name: tenant, email, password } })),
    onSuccess: (answer) => {
      setToken(answer.access_token);
      void navigate("/sources", { replace: true });
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    signup.mutate();
  };
  return (
    <main id="main" className="auth">
      <h1>Create a Sluice workspace</h1>
      <form onSubmit={submit} noValidate className="card">
        <FormError messages={form.errors[""]} />
        <Field label="Team or organisation" errors={form.errors.tenant_name}>
          {(p) => <input {...p} autoComplete="organization" value={tenant} onChange={(e) => setTenant(e.target.value)} />}
        </Field>
        <Field label="Your e-mail" errors={form.errors.email} hint="You sign in with it; you become the workspace's admin.">
          {(p) => <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label="Password" errors={form.errors.password} hint="At least 10 characters.">
          {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={signup.isPending}>
          {signup.isPending ? "Creating…" : "Create workspace"}
        </button>
      </form>
      <p className="muted" style={{ marginTop: "var(--s-4)" }}>
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </main>
  );
}
