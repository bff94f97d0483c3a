import { NavLink } from "react-router";

/** The pipeline's own pages, under its name. */
export function PipelineTabs({ id, name }: { id: string; name: string }) {
  const tabs: ReadonlyArray<readonly [string, string]> = [
    [`/pipelines/${id}`, "Runs"],
    [`/pipelines/${id}/data`, "Data & charts"],
    [`/pipelines/${id}/failed`, "Failed records"],
    [`/pipelines/${id}/edit`, "Definition"],
  ];
  return (
    <nav aria-label={`Pipeline ${name}`} style={{ marginBottom: "var(--s-4)" }}>
      <ul className="nav">
        {tabs.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to} end>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
