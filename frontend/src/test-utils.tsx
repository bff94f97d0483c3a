import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { vi } from "vitest";

/** Renders with a fresh query cache and a router at `path`. */
export function renderApp(ui: ReactElement, path = "/") {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}

/** Replaces fetch with `reply` and returns the requests it saw (with their bodies read). */
export function stubFetch(reply: (request: Request, body: unknown) => Response | Promise<Response>) {
  const seen: Array<{ method: string; url: string; body: unknown }> = [];
  vi.stubGlobal("fetch", vi.fn(async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === "string" ? new Request(new URL(input, "http://localhost"), init) : input;
    const text = await request.clone().text();
    const body: unknown = text === "" ? undefined : JSON.parse(text);
    seen.push({ method: request.method, url: request.url, body });
    return reply(request, body);
  }));
  return seen;
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
