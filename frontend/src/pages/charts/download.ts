import { client, unwrap } from "../../api/client";

/**
 * The whole table as CSV: fetched with the token in the header (never in a URL), then saved
 * from a blob under the name the server gives.
 */
export async function downloadCsv(pipelineId: string, fallbackName: string): Promise<void> {
  const answer = client.GET("/api/v1/pipelines/{id}/export", {
    params: { path: { id: pipelineId }, query: { format: "csv" } },
    parseAs: "blob",
  });
  const { response } = await answer;
  const blob = await unwrap(answer);
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `${fallbackName}.csv`;
  const url = URL.createObjectURL(blob as Blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
