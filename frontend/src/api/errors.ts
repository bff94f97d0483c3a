import type { components } from "./schema";

type ErrorBody = components["schemas"]["ErrorBody"];
export type ErrorCode = components["schemas"]["Code"];
export type SpecError = components["schemas"]["SpecError"];

/** Every failed call, built from the API's one error body ({code, message, details}). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | "network_error" | "unexpected_response";
  readonly details: ErrorBody["details"];

  constructor(status: number, body: unknown) {
    const parsed = parseErrorBody(body);
    super(parsed?.message ?? (status === 0 ? "The server could not be reached." : `Unexpected answer (HTTP ${status}).`));
    this.name = "ApiError";
    this.status = status;
    this.code = parsed?.code ?? (status === 0 ? "network_error" : "unexpected_response");
    this.details = parsed?.details ?? null;
  }

  /** The field errors of a 422 (`validation_failed`), each at its path; empty otherwise. */
  get fieldErrors(): SpecError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is SpecError => typeof d === "object" && d !== null && typeof d.path === "string" && typeof d.message === "string",
    );
  }
}

function parseErrorBody(body: unknown): ErrorBody | null {
  if (typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.code !== "string" || typeof b.message !== "string") return null;
  return body as ErrorBody;
}

/**
 * Field errors keyed by the form's own field names. The server names a path in the request body
 * (`spec.transform[3].column`, `transform[3].column` for a bare spec, `name`); `prefix` is what
 * the form's names leave out (e.g. "spec.") and is dropped when present. Paths nobody claims end
 * up under "" so the form can show them at its top.
 */
export function mapFieldErrors(errors: SpecError[], fields: readonly string[], prefix = ""): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    (out[key] ??= []).push(message);
  };
  for (const { path, message } of errors) {
    const p = prefix !== "" && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    // The nearest field that is the path or one of its ancestors (`transform[3].on[0]` -> `transform[3].on`).
    let key: string | undefined;
    for (let candidate = p; candidate !== ""; candidate = parentPath(candidate)) {
      if (fields.includes(candidate)) {
        key = candidate;
        break;
      }
    }
    add(key ?? "", key === undefined && p !== "" ? `${p}: ${message}` : message);
  }
  return out;
}

/** `a.b[3].c` -> `a.b[3]` -> `a.b` -> `a` -> "". */
export function parentPath(path: string): string {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m?.[1] ?? "";
}

/** `transform[3].column` -> 3 (the step a path is in), else null. */
export function stepIndex(path: string): number | null {
  const m = /^(?:spec\.)?transform\[(\d+)\]/.exec(path);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** What to tell a person about an error, and what to do next. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
