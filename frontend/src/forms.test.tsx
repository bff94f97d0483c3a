// The forms against a stubbed API: what they send, and where a 422's messages appear.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { components } from "./api/schema";
import { ChartBuilder } from "./pages/charts/ChartBuilder";
import { StepForm } from "./pages/editor/StepForm";
import { json, renderApp, stubFetch } from "./test-utils";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("the source form", () => {
  it("sends the typed request, then shows the server's 422 beside the URL field", async () => {
    const seen = stubFetch(() =>
      json(422, {
        code: "validation_failed",
        message: "url: the scheme must be http, https or file",
        details: [{ path: "url", message: "the scheme must be http, https or file" }],
      }),
    );
    // Loaded after fetch is stubbed: openapi-fetch keeps the fetch it finds.
    const { SourceForm } = await import("./pages/sources/SourceForm");
    renderApp(<SourceForm onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "nyt-us" } });
    fireEvent.change(screen.getByLabelText("URL"), { target: { value: "ftp://example.com/us.csv" } });
    fireEvent.change(screen.getByLabelText("Authorization header (optional)"), { target: { value: "Bearer s3cr3t" } });
    fireEvent.click(screen.getByRole("button", { name: "Add source" }));

    const url = screen.getByLabelText("URL");
    await waitFor(() => expect(url.getAttribute("aria-invalid")).toBe("true"));
    const described = url.getAttribute("aria-describedby") ?? "";
    const error = described.split(" ").map((id) => document.getElementById(id)?.textContent).join(" ");
    expect(error).toContain("the scheme must be http, https or file");
    expect(screen.getByLabelText("Name").getAttribute("aria-invalid")).toBe("false");
    expect(seen[0]).toMatchObject({
      method: "POST",
      body: {
        name: "nyt-us",
        url: "ftp://example.com/us.csv",
        format: "csv",
        auth_header: "Bearer s3cr3t",
        options: { delimiter: ",", has_header: true, skip_rows: 0, null_values: [""], quote_char: '"' },
      },
    });
  });
});

describe("the sign-in form", () => {
  it("shows a wrong password at the top of the form and stays signed out", async () => {
    stubFetch(() => json(401, { code: "invalid_credentials", message: "wrong e-mail or password" }));
    const { SignInPage } = await import("./pages/auth/AuthPages");
    renderApp(<SignInPage />, "/sign-in");
    fireEvent.change(screen.getByLabelText("E-mail"), { target: { value: "ada@example.com" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "nope" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toContain("wrong e-mail or password");
    expect(sessionStorage.getItem("sluice.token")).toBeNull();
  });
});

describe("a transform step's form", () => {
  it("shows each error beside the field at its path, and edits the step as typed", () => {
    const onChange = vi.fn();
    renderApp(
      <ol>
        <StepForm
          index={3}
          step={{ op: "parse_date", frame: "jhu", column: "", format: "%m/%d/%Y" }}
          count={5}
          frames={["nyt", "jhu"]}
          errors={{ "spec.transform[3].column": ["must not be empty"], "spec.transform[3]": ["this step never runs"] }}
          onChange={onChange}
          onMove={() => {}}
          onRemove={() => {}}
          readOnly={false}
        />
      </ol>,
    );
    const column = document.getElementById("spec.transform[3].column");
    expect(column?.getAttribute("aria-invalid")).toBe("true");
    expect(document.querySelector('[data-error-for="spec.transform[3].column"]')?.textContent).toBe("must not be empty");
    expect(document.querySelector('[data-error-for="spec.transform[3]"]')?.textContent).toBe("this step never runs");
    expect(document.getElementById("spec.transform[3].format")?.getAttribute("aria-invalid")).toBe("false");
    fireEvent.change(column as HTMLElement, { target: { value: "date" } });
    expect(onChange).toHaveBeenLastCalledWith({ op: "parse_date", frame: "jhu", column: "date", format: "%m/%d/%Y" });
  });
});

describe("the pipeline editor's database", () => {
  const warehouse = {
    id: "d1", name: "warehouse", host: "warehouse.example.com", port: 5432, database: "analytics", user: "sluice_loader",
    sslmode: "require", schema: "sluice", has_password: true, created_at: "", updated_at: "",
  };
  /** The editor of a new pipeline, signed in as a member; `destinations` answers the list. */
  async function openEditor(destinations: () => Response) {
    sessionStorage.setItem("sluice.token", "t");
    const seen = stubFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/me") return json(200, { email: "m@example.com", role: "member", user_id: "u1", tenant: { id: "t1", name: "T" } });
      if (path === "/api/v1/sources") return json(200, { items: [] });
      if (path === "/api/v1/destinations") return destinations();
      return json(422, {
        code: "validation_failed",
        message: "spec.destination.database: no destination named `warehouse` in this tenant",
        details: [{ path: "spec.destination.database", message: "no destination named `warehouse` in this tenant" }],
      });
    });
    const { default: PipelineEditor } = await import("./pages/editor/PipelineEditor");
    renderApp(<PipelineEditor />, "/pipelines/new");
    await screen.findByRole("button", { name: "Create pipeline" });
    return seen;
  }
  const select = () => screen.getByLabelText("Database") as HTMLSelectElement;
  const hint = () => document.getElementById("spec.destination.database-hint")?.textContent ?? "";

  it("offers the tenant's destinations, sends the one chosen, and shows the 422 beside it", async () => {
    const seen = await openEditor(() => json(200, { items: [warehouse] }));
    await waitFor(() => expect([...select().options].map((o) => o.text)).toEqual(["Built-in database", "warehouse"]));
    expect(select().value).toBe("");
    fireEvent.change(select(), { target: { value: "warehouse" } });
    expect(hint()).toContain("warehouse.example.com");
    fireEvent.click(screen.getByRole("button", { name: "Create pipeline" }));
    await waitFor(() => expect(select().getAttribute("aria-invalid")).toBe("true"));
    expect(document.querySelector('[data-error-for="spec.destination.database"]')?.textContent).toBe("no destination named `warehouse` in this tenant");
    const body = seen.find((r) => r.method === "POST")?.body as { spec: { destination: Record<string, unknown> } };
    expect(body.spec.destination.database).toBe("warehouse");

    fireEvent.change(select(), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Create pipeline" }));
    await waitFor(() => expect(seen.filter((r) => r.method === "POST")).toHaveLength(2));
    const second = seen.filter((r) => r.method === "POST")[1]?.body as { spec: { destination: Record<string, unknown> } };
    expect("database" in second.spec.destination).toBe(false);
  });

  it("offers only the built-in database when the list cannot be read, says why and how to retry", async () => {
    await openEditor(() => json(500, { code: "internal", message: "internal error" }));
    await waitFor(() => expect(hint()).toContain("could not be read (internal error)"));
    expect([...select().options].map((o) => o.text)).toEqual(["Built-in database"]);
    expect(hint()).toContain("docs/DESTINATIONS.md");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("offers only the built-in database when the tenant has no destinations, and says how to register one", async () => {
    await openEditor(() => json(200, { items: [] }));
    await waitFor(() => expect(hint()).toContain("registered through the API (docs/DESTINATIONS.md)"));
    expect([...select().options].map((o) => o.text)).toEqual(["Built-in database"]);
  });
});

describe("the chart builder", () => {
  type TableColumn = components["schemas"]["TableColumn"];
  const col = (name: string, pg_type: string): TableColumn => ({ name, pg_type, nullable: true, primary_key: false, bookkeeping: false });
  const columns = [col("date", "date"), col("state", "text"), col("cases", "bigint"), col("deaths", "integer")];

  it("offers dates for x, numbers for y and text for groups, and never leaves y empty", () => {
    const onChange = vi.fn();
    renderApp(<ChartBuilder columns={columns} value={{ x: "date", y: ["cases"], bucket: "none", agg: "sum", group: null, kind: "line" }} onChange={onChange} />);
    const x = screen.getByLabelText("X axis (date or time)") as HTMLSelectElement;
    expect([...x.options].map((o) => o.value)).toEqual(["date"]);
    const group = screen.getByLabelText("Group by (optional)") as HTMLSelectElement;
    expect([...group.options].map((o) => o.value)).toEqual(["", "state"]);
    expect(screen.queryByRole("checkbox", { name: "state" })).toBeNull();

    fireEvent.click(screen.getByRole("checkbox", { name: "deaths" }));
    expect(onChange).toHaveBeenLastCalledWith({ x: "date", y: ["cases", "deaths"], bucket: "none", agg: "sum", group: null, kind: "line" });
    onChange.mockClear();
    fireEvent.click(screen.getByRole("checkbox", { name: "cases" }));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText("Bucket"), { target: { value: "month" } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ bucket: "month" }));
  });
});
