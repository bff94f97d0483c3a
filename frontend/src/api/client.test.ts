import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** The client module, loaded after `fetch` is replaced (openapi-fetch keeps the one it sees). */
async function load(reply: (request: Request) => Response) {
  const seen: Request[] = [];
  vi.stubGlobal("fetch", vi.fn(async (input: Request) => {
    seen.push(input);
    return reply(input);
  }));
  vi.resetModules();
  const client = await import("./client");
  const session = await import("./session");
  const errors = await import("./errors");
  return { ...client, ...session, ...errors, seen };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("client", () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it("sends the token as a bearer header, never in the URL", async () => {
    const m = await load(() => json(200, { items: [], next_cursor: null }));
    m.setToken("tok-123");
    await m.unwrap(m.client.GET("/api/v1/sources"));
    const request = m.seen[0];
    expect(request?.headers.get("Authorization")).toBe("Bearer tok-123");
    expect(request?.url).not.toContain("tok-123");
    expect(sessionStorage.getItem("sluice.token")).toBe("tok-123");
    expect(localStorage.length).toBe(0);
  });

  it("turns an error answer into an ApiError with the body's code and field errors", async () => {
    const m = await load(() =>
      json(422, {
        code: "validation_failed",
        message: "url: not allowed",
        details: [{ path: "url", message: "not allowed" }],
      }),
    );
    m.setToken("tok");
    const failure = await m.unwrap(m.client.POST("/api/v1/sources", { body: { name: "a", url: "x", format: "csv" } })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(m.ApiError);
    expect(failure).toMatchObject({ status: 422, code: "validation_failed" });
    expect((failure as InstanceType<typeof m.ApiError>).fieldErrors).toEqual([{ path: "url", message: "not allowed" }]);
  });

  it("on a 401 forgets the token and calls the sign-in handler", async () => {
    const m = await load(() => json(401, { code: "unauthorized", message: "token expired" }));
    const handler = vi.fn();
    m.setUnauthorizedHandler(handler);
    m.setToken("old");
    await expect(m.unwrap(m.client.GET("/api/v1/me"))).rejects.toMatchObject({ code: "unauthorized" });
    expect(handler).toHaveBeenCalledOnce();
    expect(m.getToken()).toBeNull();
    expect(sessionStorage.getItem("sluice.token")).toBeNull();
  });

  it("a wrong password (401 without a token) is a form error, not a sign-out", async () => {
    const m = await load(() => json(401, { code: "invalid_credentials", message: "wrong e-mail or password" }));
    const handler = vi.fn();
    m.setUnauthorizedHandler(handler);
    await expect(m.unwrap(m.client.POST("/api/v1/auth/login", { body: { email: "a@b.c", password: "x" } }))).rejects.toMatchObject({
      code: "invalid_credentials",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("a network failure is an ApiError too", async () => {
    const m = await load(() => {
      throw new TypeError("connection refused");
    });
    await expect(m.unwrap(m.client.GET("/api/v1/me"))).rejects.toMatchObject({ code: "network_error", status: 0 });
  });
});
