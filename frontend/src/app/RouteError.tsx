import { useRouteError } from "react-router";

import { ErrorState } from "../components/ui";

export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main">
      <ErrorState error={error} retry={() => window.location.reload()} listHref="/pipelines" listLabel="Go to the pipelines" />
    </main>
  );
}
