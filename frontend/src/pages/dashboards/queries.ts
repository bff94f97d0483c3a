import { useQuery } from "@tanstack/react-query";

import { client, unwrap } from "../../api/client";
import type { components } from "../../api/schema";

export type Dashboard = components["schemas"]["DashboardResponse"];
export type DashboardChart = components["schemas"]["Chart"];

export function useDashboards() {
  return useQuery({
    queryKey: ["dashboards"],
    queryFn: () => unwrap(client.GET("/api/v1/dashboards", { params: { query: { limit: 200 } } })),
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: ["dashboard", id],
    queryFn: () => unwrap(client.GET("/api/v1/dashboards/{id}", { params: { path: { id } } })),
  });
}

/** A chart as the dashboard stores it, and the parameters of the series it asks for. */
export function chartParams(c: DashboardChart) {
  return { x: c.x, y: c.y, bucket: c.bucket ?? "none", agg: c.agg ?? "sum", group: c.group ?? null, kind: c.kind ?? "line" } as const;
}
