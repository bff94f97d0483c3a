// TEMPORARY: a route the backend is adding that is not in openapi/openapi.json yet (issue 11):
// the warehouse credentials. Its shape is written here by hand, as agreed with the backend;
// when it lands in the document, `npm run gen` types it and this file goes (use `client` and the
// generated types, as every other call does).
import { ApiError } from "./errors";
import { getToken, setToken } from "./session";

export interface WarehouseCredentials {
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string | null;
  [key: string]: unknown;
}

/** A call to one of these routes, with the same token and errors as `client`. */
export async function pendingCall<T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  } catch (cause) {
    throw new ApiError(0, { code: "network_error", message: `The server could not be reached (${String(cause)}).` });
  }
  const text = await response.text();
  const parsed: unknown = text === "" ? null : safeJson(text);
  if (!response.ok) {
    if (response.status === 401 && token !== null) setToken(null);
    throw new ApiError(response.status, parsed);
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A route the server does not have yet answers 404 `route_not_found` (or 405). */
export function isMissingRoute(error: unknown): boolean {
  return error instanceof ApiError && (error.code === "route_not_found" || error.code === "method_not_allowed" || (error.status === 404 && error.code === "unexpected_response"));
}
