import { describe, expect, it } from "vitest";

import { ApiError, mapFieldErrors, parentPath, stepIndex } from "./errors";

describe("ApiError", () => {
  it("is built from the ErrorBody: code, message, details", () => {
    const e = new ApiError(422, {
      code: "validation_failed",
      message: "spec.transform[3].column: must not be empty",
      details: [{ path: "spec.transform[3].column", message: "must not be empty" }],
    });
    expect(e.status).toBe(422);
    expect(e.code).toBe("validation_failed");
    expect(e.message).toBe("spec.transform[3].column: must not be empty");
    expect(e.fieldErrors).toEqual([{ path: "spec.transform[3].column", message: "must not be empty" }]);
  });

  it("has no field errors for details that are not a list of paths", () => {
    const e = new ApiError(409, { code: "run_in_progress", message: "a run is queued", details: { run_id: "r1" } });
    expect(e.code).toBe("run_in_progress");
    expect(e.fieldErrors).toEqual([]);
  });

  it("says what happened when the body is not an ErrorBody", () => {
    expect(new ApiError(502, "<html>bad gateway</html>")).toMatchObject({ code: "unexpected_response", message: "Unexpected answer (HTTP 502)." });
    expect(new ApiError(0, undefined)).toMatchObject({ code: "network_error", message: "The server could not be reached." });
  });
});

describe("mapFieldErrors", () => {
  const fields = ["name", "url", "options.delimiter", "spec.transform[3]", "spec.transform[3].on"];

  it("puts each message on its field, or the nearest ancestor the form has", () => {
    const out = mapFieldErrors(
      [
        { path: "url", message: "not http" },
        { path: "spec.transform[3].on[0]", message: "no such column" },
        { path: "spec.transform[3].how", message: "bad join" },
      ],
      fields,
    );
    expect(out).toEqual({
      url: ["not http"],
      "spec.transform[3].on": ["no such column"],
      "spec.transform[3]": ["bad join"],
    });
  });

  it("keeps a path nobody claims for the top of the form, with its path", () => {
    expect(mapFieldErrors([{ path: "elsewhere", message: "wrong" }, { path: "", message: "whole" }], fields)).toEqual({
      "": ["elsewhere: wrong", "whole"],
    });
  });

  it("drops a prefix the form's names leave out", () => {
    expect(mapFieldErrors([{ path: "body.name", message: "taken" }], fields, "body.")).toEqual({ name: ["taken"] });
  });

  it("walks paths up and finds their step", () => {
    expect(parentPath("spec.transform[3].on[0]")).toBe("spec.transform[3].on");
    expect(parentPath("spec.transform[3]")).toBe("spec.transform");
    expect(parentPath("name")).toBe("");
    expect(stepIndex("spec.transform[3].column")).toBe(3);
    expect(stepIndex("transform[12]")).toBe(12);
    expect(stepIndex("spec.output")).toBeNull();
  });
});
