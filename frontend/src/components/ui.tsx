import { useEffect, useId, useRef, type ReactNode } from "react";
import { Link } from "react-router";

import { ApiError, describeError } from "../api/errors";

export function Loading({ what }: { what: string }) {
  return (
    <div className="state" role="status" aria-live="polite">
      Loading {what}…
    </div>
  );
}

/** An error: what went wrong and what to do next (retry; a 404 links back to the list). */
export function ErrorState({ error, retry, listHref, listLabel }: {
  error: unknown;
  retry?: () => void;
  listHref?: string;
  listLabel?: string;
}) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="state error" role="alert">
      <h2>{notFound ? "Not found" : "Something went wrong"}</h2>
      <p>{describeError(error)}</p>
      <div className="row">
        {retry && !notFound && (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
        {listHref && <Link to={listHref}>{listLabel ?? "Back to the list"}</Link>}
      </div>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

export function Badge({ value }: { value: string }) {
  return <span className={`badge ${value}`}>{value}</span>;
}

/** A labelled control with its hint and its errors (aria-describedby ties them together). */
export function Field({ label, errors, hint, children, id: given }: {
  label: string;
  errors?: string[] | undefined;
  hint?: ReactNode;
  id?: string;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined }) => ReactNode;
}) {
  const generated = useId();
  const id = given ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": errorId !== undefined, "aria-describedby": describedBy })}
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {errorId && (
        <div className="error" id={errorId} data-error-for={id}>
          {errors?.join(" ")}
        </div>
      )}
    </div>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function trapTab(e: React.KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== "Tab") return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert, and Tab
 * cycles through the dialog's own controls, so focus stays inside; Escape closes it; focus goes
 * back to what opened it.
 */
export function Dialog({ open, title, onClose, children }: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement as HTMLElement | null;
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
      return () => opener?.focus?.();
    }
    if (!open && dialog.open) dialog.close();
    return undefined;
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onKeyDown={trapTab} onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {open && (
        <>
          <div className="spread">
            <h2 id={titleId} style={{ margin: 0 }}>{title}</h2>
            <button type="button" onClick={onClose} aria-label="Close">
              ✕
            </button>
          </div>
          <div style={{ marginTop: "var(--s-3)" }}>{children}</div>
        </>
      )}
    </dialog>
  );
}
