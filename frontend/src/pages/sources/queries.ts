import { useQuery } from "@tanstack/react-query";

import { client, unwrap } from "../../api/client";

export function useSources() {
  return useQuery({
    queryKey: ["sources"],
    queryFn: () => unwrap(client.GET("/api/v1/sources", { params: { query: { limit: 200 } } })),
  });
}
