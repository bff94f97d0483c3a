import { useQuery } from "@tanstack/react-query";

import { pendingCall, type Dashboard, type DashboardPage } from "../../api/pending";

export function useDashboards() {
  return useQuery({
    queryKey: ["dashboards"],
    queryFn: () => pendingCall<DashboardPage>("GET", "/api/v1/dashboards?limit=200"),
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: ["dashboard", id],
    queryFn: () => pendingCall<Dashboard>("GET", `/api/v1/dashboards/${encodeURIComponent(id)}`),
  });
}
