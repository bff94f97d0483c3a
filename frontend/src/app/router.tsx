import { createBrowserRouter, Navigate } from "react-router";

import { Layout } from "./Layout";
import { SignInPage, SignUpPage } from "../pages/auth/AuthPages";
import { SourcesPage } from "../pages/sources/SourcesPage";
import { PipelinesPage } from "../pages/pipelines/PipelinesPage";
import { RouteError } from "./RouteError";

// The light pages are in the first bundle; the editor, charts and dashboards load when visited.
const lazyPage = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
  { path: "/sign-in", Component: SignInPage },
  { path: "/sign-up", Component: SignUpPage },
  {
    path: "/",
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, element: <Navigate to="/pipelines" replace /> },
      { path: "sources", Component: SourcesPage },
      { path: "sources/:source", lazy: lazyPage(() => import("../pages/sources/SourcePage")) },
      { path: "pipelines", Component: PipelinesPage },
      { path: "pipelines/new", lazy: lazyPage(() => import("../pages/editor/PipelineEditor")) },
      { path: "pipelines/:pipeline", lazy: lazyPage(() => import("../pages/runs/PipelinePage")) },
      { path: "pipelines/:pipeline/edit", lazy: lazyPage(() => import("../pages/editor/PipelineEditor")) },
      { path: "pipelines/:pipeline/runs/:run", lazy: lazyPage(() => import("../pages/run/RunPage")) },
      { path: "pipelines/:pipeline/failed", lazy: lazyPage(() => import("../pages/failed/FailedRecordsPage")) },
      { path: "pipelines/:pipeline/data", lazy: lazyPage(() => import("../pages/charts/ChartsPage")) },
      { path: "dashboards", lazy: lazyPage(() => import("../pages/dashboards/DashboardsPage")) },
      { path: "dashboards/:dashboard", lazy: lazyPage(() => import("../pages/dashboards/DashboardPage")) },
      { path: "settings", lazy: lazyPage(() => import("../pages/settings/SettingsPage")) },
      { path: "*", Component: NotFound },
    ],
  },
]);

function NotFound() {
  return (
    <div className="state error">
      <h2>Page not found</h2>
      <p>
        There is nothing at this address. <a href="/pipelines">Go to the pipelines</a>.
      </p>
    </div>
  );
}
