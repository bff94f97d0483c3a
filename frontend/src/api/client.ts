import createFetchClient, { type Middleware } from "openapi-fetch";

import { ApiError } from "./errors";
import type { paths } from "./schema";
import { getToken, setToken } from "./session";

/** Called on a 401 to an authenticated call: the app sends the user to sign-in and back. */
let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = getToken();
    if (token !== null && !request.headers.has("Authorization")) {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has("Authorization")) {
      setToken(null);
      onUnauthorized();
    }
    return response;
  },
};

// Same origin: the API serves the app, and the dev server proxies /api.
export const client = createFetchClient<paths>({ baseUrl: "" });
client.use(auth);

/** openapi-fetch answers {data} or {error}; this returns data or throws an ApiError. */
export async function unwrap<D>(p: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let answer: { data?: D; error?: unknown; response: Response };
  try {
    answer = await p;
  } catch (cause) {
    throw new ApiError(0, { code: "network_error", message: `The server could not be reached (${String(cause)}).` });
  }
  if (answer.error !== undefined || !answer.response.ok) {
    throw new ApiError(answer.response.status, answer.error);
  }
  return answer.data as D;
}
