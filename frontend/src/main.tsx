import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";

import { setUnauthorizedHandler } from "./api/client";
import { queryClient } from "./app/queryClient";
import { router } from "./app/router";
import "./styles.css";

// A 401 (expired or revoked token): sign in again, then come back here.
setUnauthorizedHandler(() => {
  queryClient.clear();
  const here = `${window.location.pathname}${window.location.search}`;
  if (!window.location.pathname.startsWith("/sign-")) {
    void router.navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
  }
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
