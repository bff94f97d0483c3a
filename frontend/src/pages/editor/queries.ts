import { useQuery } from "@tanstack/react-query";

import { client, unwrap } from "../../api/client";
import type { DestinationDatabase } from "./model";

/** Every destination of the tenant (the databases a pipeline may load into), oldest first. */
export function useDestinations() {
  return useQuery({
    queryKey: ["destinations"],
    queryFn: async () => {
      const all: DestinationDatabase[] = [];
      let after: string | undefined;
      do {
        const page = await unwrap(client.GET("/api/v1/destinations", {
          params: { query: after === undefined ? { limit: 200 } : { limit: 200, after } },
        }));
        all.push(...page.items);
        after = page.next_cursor ?? undefined;
      } while (after !== undefined);
      return all;
    },
  });
}
