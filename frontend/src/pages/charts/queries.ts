import { useQuery } from "@tanstack/react-query";

import { client, unwrap } from "../../api/client";

/** The destination table's columns (404 `table_not_found` before the first run). */
export function useTable(id: string) {
  return useQuery({
    queryKey: ["table", id],
    queryFn: () => unwrap(client.GET("/api/v1/pipelines/{id}/table", { params: { path: { id } } })),
    enabled: id !== "",
  });
}
