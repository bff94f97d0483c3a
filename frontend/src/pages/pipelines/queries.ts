import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";

import { client, unwrap } from "../../api/client";

export function usePipelines() {
  return useQuery({
    queryKey: ["pipelines"],
    queryFn: () => unwrap(client.GET("/api/v1/pipelines", { params: { query: { limit: 200 } } })),
  });
}

export function usePipeline(id: string) {
  return useQuery({
    queryKey: ["pipeline", id],
    queryFn: () => unwrap(client.GET("/api/v1/pipelines/{id}", { params: { path: { id } } })),
    enabled: id !== "",
  });
}

/** The newest run of a pipeline (null before the first). */
export function useLastRun(id: string) {
  return useQuery({
    queryKey: ["runs", id, "last"],
    queryFn: async () =>
      (await unwrap(client.GET("/api/v1/pipelines/{id}/runs", { params: { path: { id }, query: { limit: 1 } } }))).items[0] ?? null,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === "queued" || s === "running" || s === "retrying" ? 2000 : false;
    },
  });
}

/** Start a run now and open its page. */
export function useRunNow(id: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(client.POST("/api/v1/pipelines/{id}/runs", { params: { path: { id } }, body: {} })),
    onSuccess: (run) => {
      void queryClient.invalidateQueries({ queryKey: ["runs", id] });
      void navigate(`/pipelines/${id}/runs/${run.id}`);
    },
  });
}

export function useSetEnabled(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      unwrap(client.PATCH("/api/v1/pipelines/{id}", { params: { path: { id } }, body: { enabled } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["pipelines"] });
      void queryClient.invalidateQueries({ queryKey: ["pipeline", id] });
    },
  });
}
