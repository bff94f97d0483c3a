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
