import { useState } from "react";

import { ApiError, mapFieldErrors } from "../api/errors";

/**
 * A form's submission state: the field errors of a 422 mapped onto `fields` (the rest, and any
 * other error's message, under "" for the top of the form).
 */
export function useFormErrors(fields: readonly string[], prefix: string | RegExp = "") {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  return {
    errors,
    clear: () => setErrors({}),
    fail: (error: unknown) => {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const errors = typeof prefix === "string" ? error.fieldErrors : error.fieldErrors.map((e) => ({ ...e, path: e.path.replace(prefix, "") }));
        setErrors(mapFieldErrors(errors, fields, typeof prefix === "string" ? prefix : ""));
      } else {
        setErrors({ "": [error instanceof Error ? error.message : String(error)] });
      }
    },
  };
}

export function FormError({ messages }: { messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <div className="form-error" role="alert">
      {messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}
