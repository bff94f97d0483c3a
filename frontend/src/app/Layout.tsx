import { useQueryClient } from "@tanstack/react-query";
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { Suspense, useRef } from "react";

import { setToken } from "../api/session";
import { Loading } from "../components/ui";
import { useMe, useToken } from "./session";

const NAV: ReadonlyArray<readonly [string, string]> = [
  ["/pipelines", "Pipelines"],
  ["/sources", "Sources"],
  ["/dashboards", "Dashboards"],
  ["/settings", "Settings"],
];

/** The signed-in frame: header, navigation, and the page. No token: to sign-in, then back. */
export function Layout() {
  const token = useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const signedOut = useRef(false);
  if (token === null) {
    // Signed out on purpose: plain sign-in; lost the session: sign-in, then back here.
    if (signedOut.current) return <Navigate to="/sign-in" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  const signOut = () => {
    signedOut.current = true;
    setToken(null);
    queryClient.clear();
    void navigate("/sign-in");
  };
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to="/pipelines" className="brand">
          Sluice
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to}>{label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          {me.data && (
            <span data-testid="whoami">
              <span className="email">{me.data.email} · </span>
              {me.data.tenant.name} · <strong>{me.data.role}</strong>
            </span>
          )}
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
