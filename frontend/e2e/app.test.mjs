// A tenant's first hour, in Chromium against the real API and worker (./scripts/web e2e):
// sign up, register the two reference sources, build the reference pipeline in the editor, run
// it, follow the run from the link a notification carries, chart what it loaded, fix a failed
// record, and check what a viewer and another tenant see. axe-core runs on every main page;
// screenshots of each go to docs/screenshots/ at 1280 and 390 px.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";

import { api, checkA11y, eventually, initialJsGzip, launch, ROOT, shoot, WEB_URL, WIDE } from "./harness.mjs";

const PASSWORD = "a long passphrase for the web";
const ADMIN = `admin-${randomBytes(4).toString("hex")}@example.com`;
const VIEWER = `viewer-${randomBytes(4).toString("hex")}@example.com`;
const OTHER = `other-${randomBytes(4).toString("hex")}@example.com`;
const reference = JSON.parse(readFileSync(join(ROOT, "examples/us-covid/pipeline.json"), "utf8"));

/** @type {import("playwright-core").Browser} */
let browser;
/** @type {import("playwright-core").BrowserContext} */
let context;
/** @type {import("playwright-core").Page} */
let page;
/** What the steps learn and pass on. */
const state = { pipelineId: "", runId: "", token: "", runUrl: "", badId: "", dashboardId: "" };

before(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: WIDE, locale: "en-GB", timezoneId: "Europe/London" });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
});

after(async () => {
  await browser?.close();
});

/** @param {string} path */
const go = (path) => page.goto(`${WEB_URL}${path}`);
/** @param {string} name */
const button = (name) => page.getByRole("button", { name, exact: true });
const token = () => page.evaluate(() => sessionStorage.getItem("sluice.token") ?? "");

/** Waits for the run page to show a finished run, and says which status it finished with. */
async function finishedStatus() {
  const status = page.getByTestId("run-status");
  await status.getByText(/^(succeeded|failed|skipped|canceled)$/).waitFor({ timeout: 120_000 });
  return (await status.innerText()).trim();
}

/** @param {string} email */
async function signIn(email) {
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await button("Sign in").click();
}

async function signOut() {
  await button("Sign out").click();
  await page.waitForURL(/\/sign-in/);
}

test("initial JavaScript is within 250 kB gzip", () => {
  const { files, bytes } = initialJsGzip();
  console.log(`  initial JS: ${(bytes / 1024).toFixed(1)} kB gzip in ${files.length} files (${files.join(", ")})`);
  assert.ok(bytes <= 250 * 1024, `initial JS is ${bytes} bytes gzip`);
});

test("sign up: a new workspace, signed in, the token in sessionStorage only", async () => {
  await go("/pipelines");
  await page.waitForURL(/\/sign-in\?next=%2Fpipelines/);
  await checkA11y(page, "sign-in");
  await shoot(page, "sign-in");
  await page.getByRole("link", { name: "Create a workspace" }).click();
  await page.getByLabel("Team or organisation", { exact: true }).fill("Web E2E");
  await page.getByLabel("Your e-mail", { exact: true }).fill(ADMIN);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await button("Create workspace").click();
  // The server's 422 lands on the password field.
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await button("Create workspace").click();
  await page.waitForURL(/\/sources$/);
  await page.getByTestId("whoami").getByText("admin", { exact: true }).waitFor();
  state.token = await token();
  assert.ok(state.token.length > 20, "a token in sessionStorage");
  assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing in localStorage");
  assert.ok(!page.url().includes(state.token), "the token is not in the URL");
});

test("sources: add the two reference files, check one, preview its rows with types", async () => {
  await page.getByText("No sources yet").waitFor();
  await checkA11y(page, "sources (empty)");
  for (const [name, file] of [["nyt-us", "us.csv"], ["jhu-recovered-global", "time_series_covid19_recovered_global.csv"]]) {
    await go("/sources");
    await button("Add a source").click();
    const dialog = page.getByRole("dialog", { name: "Add a source" });
    // Focus stays in the dialog, whichever way Tab goes.
    for (const key of ["Tab", "Shift+Tab"]) {
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press(key);
        assert.ok(await page.evaluate(() => document.activeElement?.closest("dialog[open]") !== null), `${key} left the dialog`);
      }
    }
    await dialog.getByLabel("Name", { exact: true }).fill(name);
    await dialog.getByLabel("URL", { exact: true }).fill(pathToFileURL(join(ROOT, "data/us-covid", file)).href);
    await dialog.getByLabel("Format", { exact: true }).selectOption("csv");
    await dialog.getByLabel("Authorization header (optional)", { exact: true }).fill("Bearer not-needed-for-files");
    await dialog.getByRole("button", { name: "Add source" }).click();
    await page.getByRole("heading", { name, level: 1 }).waitFor();
    await page.getByText("set (never shown)").waitFor();
    assert.ok(!(await page.content()).includes("not-needed-for-files"), "the auth header is never shown again");
  }
  await button("Check").click();
  await page.getByText("Reachable and parses as csv").waitFor();
  await button("Preview rows").click();
  const preview = page.getByTestId("preview");
  await preview.waitFor();
  assert.match(await preview.locator("thead").innerText(), /Province\/State/);
  await checkA11y(page, "source");
  await shoot(page, "source");
  await go("/sources");
  await page.getByRole("link", { name: "nyt-us" }).waitFor();
  await checkA11y(page, "sources");
  await shoot(page, "sources");
});

test("editor: the reference pipeline, a 422 shown beside its field, five next runs", async () => {
  await go("/pipelines");
  await page.getByText("No pipelines yet").waitFor();
  await page.getByRole("link", { name: "New pipeline" }).click();
  await page.getByLabel("Name", { exact: true }).fill(reference.name);
  await page.getByLabel("Description (optional)", { exact: true }).fill(reference.description);
  await page.getByLabel("Source 1", { exact: true }).selectOption("nyt-us");
  await page.getByLabel("Frame name 1", { exact: true }).fill("nyt");
  await button("Add a source").click();
  await page.getByLabel("Source 2", { exact: true }).selectOption("jhu-recovered-global");
  await page.getByLabel("Frame name 2", { exact: true }).fill("jhu");

  // A step built in the form, with a frame that does not exist: the 422 goes beside it.
  await button("JSON").click();
  await page.getByLabel("Steps (JSON array)", { exact: true }).fill("[]");
  await button("Form").click();
  await page.getByLabel("New step", { exact: true }).selectOption("cast");
  await button("Add step").click();
  await page.locator('[id="spec.transform[0].frame"]').fill("nope");
  await page.locator('[id="spec.transform[0].columns"]').fill("cases: int");
  await page.getByLabel("Frame to load", { exact: true }).fill("nyt");
  await page.getByLabel("Table", { exact: true }).fill(reference.spec.destination.table);
  await page.getByLabel("Primary key", { exact: true }).fill(reference.spec.destination.primary_key.join(", "));
  // No destinations yet: the built-in database is the only choice, and the hint says how to
  // register one.
  const database = page.getByLabel("Database", { exact: true });
  await page.getByText(/registered through the API \(docs\/DESTINATIONS\.md\)/).waitFor();
  assert.deepEqual(await database.locator("option").allInnerTexts(), ["Built-in database"]);
  await database.selectOption({ label: "Built-in database" });
  await button("Create pipeline").click();
  const beside = page.locator('[data-error-for="spec.transform[0].frame"]');
  await beside.waitFor();
  assert.match(await beside.innerText(), /frame `nope` is not defined/);
  assert.equal(await page.locator('[id="spec.transform[0].frame"]').getAttribute("aria-invalid"), "true");
  await checkA11y(page, "editor (with a 422)");
  await shoot(page, "editor-error");

  // The nyt frame's steps come from "Suggest from preview": the reference's parse_date and cast.
  await button("JSON").click();
  await page.getByLabel("Steps (JSON array)", { exact: true }).fill("[]");
  await button("Form").click();
  await page.getByRole("button", { name: "Suggest from preview" }).first().click();
  await page.getByText(/^Added \d+ steps? suggested from nyt-us/).waitFor();
  await button("JSON").click();
  const suggested = JSON.parse(await page.getByLabel("Steps (JSON array)", { exact: true }).inputValue());
  assert.deepEqual(suggested, reference.spec.transform.slice(0, 2), "the suggested steps are the reference's first two");
  // The jhu frame's steps (filter, unpivot, parse_date, cast) and the join, as JSON.
  await page.getByLabel("Steps (JSON array)", { exact: true }).fill(JSON.stringify(reference.spec.transform, null, 2));
  await button("Form").click();
  assert.equal(await page.locator("li.step").count(), reference.spec.transform.length);
  await page.getByLabel("Frame to load", { exact: true }).fill(reference.spec.output);
  await page.getByLabel("Run on a schedule", { exact: true }).check();
  await page.getByLabel("Cron expression", { exact: true }).fill(reference.spec.schedule.cron);
  await page.getByLabel("Time zone", { exact: true }).fill(reference.spec.schedule.timezone);
  const next = page.getByTestId("next-runs").locator("li");
  await next.nth(4).waitFor();
  assert.equal(await next.count(), 5);
  assert.match(await next.first().innerText(), /06:00 E[DS]T/);

  // Try it: the first rows of each source through the steps, nothing loaded. 1000 rows read all
  // of both files (the US row of the JHU file is past its 200th line).
  await page.getByLabel("Rows to read from each source", { exact: true }).fill("1000");
  await button("Try it").click();
  const tried = page.getByRole("heading", { name: /^Try it: / });
  await tried.waitFor();
  const triedRows = Number(/Try it: ([\d,]+) rows out/.exec(await tried.innerText())?.[1]?.replace(/,/g, ""));
  assert.equal(triedRows, 170, `try it: ${await tried.innerText()}`);
  assert.match(await page.getByTestId("try-it-rows").locator("thead").innerText(), /date[\s\S]*cases[\s\S]*deaths[\s\S]*recovered/);
  console.log(`  try it: ${triedRows} rows out`);
  await checkA11y(page, "editor");
  await shoot(page, "editor");

  await button("Create pipeline").click();
  await page.waitForURL(/\/pipelines\/[0-9a-f-]{36}$/);
  state.pipelineId = page.url().split("/").pop() ?? "";
  await page.getByText("No runs yet").waitFor();
  const stored = await api("GET", `/pipelines/${state.pipelineId}`, state.token);
  assert.deepEqual(stored.spec.transform.map((/** @type {{op: string}} */ s) => s.op), reference.spec.transform.map((/** @type {{op: string}} */ s) => s.op));
  assert.equal("database" in stored.spec.destination, false, "the built-in database is no `database` field");
});

test("run it: live status, then succeeded with 170 rows; the run page from a notification's link", async () => {
  // An e-mail on success: its delivery carries the run's link, as a webhook's body does.
  await api("PUT", `/pipelines/${state.pipelineId}/notifications`, state.token, { email: ["ops@example.com"], on: ["success"] });
  await page.getByRole("button", { name: "Run now" }).click();
  await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
  state.runId = page.url().split("/").pop() ?? "";
  assert.equal(await finishedStatus(), "succeeded");
  assert.equal(await page.getByTestId("count-inserted").innerText(), "170");
  // Each stage's time, the opening of the files among them.
  const legend = await page.locator("ul.legend").innerText();
  for (const stage of ["Extract", "Open", "Transform", "Load", "Total"]) assert.match(legend, new RegExp(`${stage}: \\d`), legend);

  const deliveries = await eventually("the run's delivery", async () => {
    const { items } = await api("GET", `/runs/${state.runId}/deliveries`, state.token);
    return items.length > 0 ? items : undefined;
  });
  state.runUrl = deliveries[0].event.run.url;
  assert.equal(state.runUrl, `${WEB_URL}/pipelines/${state.pipelineId}/runs/${state.runId}`);
  await page.goto(state.runUrl);
  await page.getByTestId("run-status").getByText("succeeded").waitFor();
  await page.getByRole("heading", { name: "Notifications" }).waitFor();
  await page.getByRole("cell", { name: "ops@example.com" }).waitFor();
  await checkA11y(page, "run");
  await shoot(page, "run");

  await go("/pipelines");
  const row = page.locator(`tr[data-pipeline="${reference.name}"]`);
  await row.getByText("succeeded").waitFor();
  assert.match(await row.innerText(), /170 \/ 0 \/ 0/);
  await checkA11y(page, "pipelines");
  await shoot(page, "pipelines");
  await row.getByRole("link", { name: reference.name }).click();
  await page.getByRole("heading", { name: "Runs" }).waitFor();
  await checkA11y(page, "pipeline (runs)");
  await shoot(page, "pipeline");
});

test("chart: 170 points, the 2020-04-01 values in the tooltip, a paged table", async () => {
  await go(`/pipelines/${state.pipelineId}/data`);
  const summary = page.getByTestId("chart-summary");
  await summary.getByText(/^170 points/).waitFor();
  const chart = page.locator('[data-testid="chart"][data-drawn="true"]');
  await chart.waitFor();
  assert.equal(await chart.getAttribute("data-points"), "170");

  // Hover where 2020-04-01 is (the x axis is linear in time), then step with the arrow keys
  // until the tooltip is on that day.
  const series = await api("GET", `/pipelines/${state.pipelineId}/series?x=date&y=cases,deaths,recovered`, state.token);
  const first = Date.parse(`${series.x[0]}T00:00:00Z`);
  const last = Date.parse(`${series.x[series.x.length - 1]}T00:00:00Z`);
  const over = await page.locator(".u-over").boundingBox();
  assert.ok(over);
  const fraction = (Date.parse("2020-04-01T00:00:00Z") - first) / (last - first);
  await page.mouse.move(over.x + over.width * fraction, over.y + over.height / 2);
  const tooltip = page.getByTestId("chart-tooltip");
  await tooltip.waitFor();
  const day = async () => (await tooltip.locator("strong").first().innerText()).trim();
  for (let i = 0; i < 10 && (await day()) !== "2020-04-01"; i++) {
    const key = (await day()) < "2020-04-01" ? "ArrowRight" : "ArrowLeft";
    await page.locator(".chart-box").focus();
    await page.keyboard.press(key);
  }
  assert.equal(await day(), "2020-04-01");
  const text = await tooltip.innerText();
  assert.match(text, /cases: 215,391/);
  assert.match(text, /deaths: 5,325/);
  assert.match(text, /recovered: 8,474/);
  const legend = await page.getByTestId("chart-legend").innerText();
  assert.match(legend, /cases: 215,391/);

  const table = page.getByTestId("data-table");
  await table.waitFor();
  assert.equal(await table.locator("tbody tr").count(), 50);
  await button("Next page").click();
  await page.getByText("Page 2", { exact: true }).waitFor();
  await checkA11y(page, "data & charts");
  await shoot(page, "charts");

  // The CSV comes from a fetch with the token in a header, saved from a blob.
  const download = page.waitForEvent("download");
  await button("Download CSV").click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "us_covid.csv");
  assert.ok(!file.url().includes(state.token));
});

test("dashboard: save the chart to a new dashboard; time from sign-in to its chart drawn", async () => {
  await go(`/pipelines/${state.pipelineId}/data?x=date&y=cases,deaths,recovered&bucket=none&agg=sum`);
  await page.locator('[data-testid="chart"][data-drawn="true"]').waitFor();
  {
    await button("Save to dashboard").click();
    const dialog = page.getByRole("dialog", { name: "Save this chart to a dashboard" });
    await dialog.getByLabel("Dashboard", { exact: true }).selectOption("");
    await dialog.getByLabel("New dashboard's name", { exact: true }).fill("US COVID");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByRole("link", { name: "US COVID" }).click();
    await page.waitForURL(/\/dashboards\/[^/]+$/);
    state.dashboardId = page.url().split("/").pop() ?? "";
    await page.locator('[data-testid="chart"][data-drawn="true"]').waitFor();
    await checkA11y(page, "dashboard");
    await shoot(page, "dashboard");
    await go("/dashboards");
    await page.getByRole("link", { name: "US COVID" }).waitFor();
    await checkA11y(page, "dashboards");
    await shoot(page, "dashboards");
  }
  const target = `/dashboards/${state.dashboardId}`;
  const label = "the reference dashboard";

  // A fresh tab each time: sign in, come back to the charts, time until every chart is drawn.
  // The best of two tries is held to the budget (the machine is shared with the API, the worker
  // and PostgreSQL); both are printed.
  const tries = [];
  for (let i = 0; i < 2; i++) {
    const fresh = await browser.newContext({ viewport: WIDE });
    const tab = await fresh.newPage();
    await tab.goto(`${WEB_URL}/sign-in?next=${encodeURIComponent(target)}`);
    await tab.getByLabel("E-mail", { exact: true }).fill(ADMIN);
    await tab.getByLabel("Password", { exact: true }).fill(PASSWORD);
    const login = tab.waitForResponse((r) => r.url().endsWith("/api/v1/auth/login"));
    const started = Date.now();
    await tab.getByRole("button", { name: "Sign in", exact: true }).click();
    await login;
    const loginMs = Date.now() - started;
    const panels = tab.getByTestId("chart-panel");
    await panels.first().waitFor();
    const count = await panels.count();
    await tab.locator('[data-testid="chart"][data-drawn="true"]').nth(count - 1).waitFor();
    tries.push({ ms: Date.now() - started, loginMs, count });
    await fresh.close();
  }
  for (const t of tries) {
    console.log(`  time from sign-in to ${label} drawn (${t.count} chart${t.count === 1 ? "" : "s"}): ${t.ms} ms, of which the login answer ${t.loginMs} ms (budget 1500 ms)`);
  }
  const best = Math.min(...tries.map((t) => t.ms));
  assert.ok(best <= 1500, `sign-in to chart took ${best} ms at best`);
});

test("failed records: a bad cast fails a row; fix the pipeline, retry the record, it loads", async () => {
  const bad = await api("POST", "/pipelines", state.token, {
    name: "bad-dates",
    spec: {
      sources: { nyt: "nyt-us" },
      transform: [
        { op: "filter", frame: "nyt", where: { column: "date", eq: "2020-04-01" } },
        { op: "cast", frame: "nyt", columns: { date: "int", cases: "int", deaths: "int" } },
      ],
      output: "nyt",
      destination: { table: "bad_dates", primary_key: ["date"] },
    },
  });
  state.badId = bad.id;
  await go(`/pipelines/${bad.id}`);
  await button("Run now").first().click();
  assert.equal(await finishedStatus(), "succeeded");
  await page.getByRole("link", { name: "see the failed records" }).click();
  const record = page.getByTestId("failed-record");
  await record.first().waitFor();
  assert.equal(await record.count(), 1);
  assert.match(await record.innerText(), /`2020-04-01` is not an integer/);
  await record.getByText("3 columns").click();
  await record.getByText("215391").waitFor();
  await checkA11y(page, "failed records");
  await shoot(page, "failed-records");

  // The fix: the date is parsed, not cast, into a new table (the first run made `date` a bigint
  // column in bad_dates).
  await page.getByRole("link", { name: "Definition" }).click();
  await button("JSON").click();
  await page.getByLabel("Steps (JSON array)", { exact: true }).fill(JSON.stringify([
    { op: "filter", frame: "nyt", where: { column: "date", eq: "2020-04-01" } },
    { op: "parse_date", frame: "nyt", column: "date", format: "%Y-%m-%d" },
    { op: "cast", frame: "nyt", columns: { cases: "int", deaths: "int" } },
  ]));
  await page.getByLabel("Table", { exact: true }).fill("good_dates");
  await button("Save changes").click();
  await page.waitForURL(new RegExp(`/pipelines/${bad.id}$`));

  await go(`/pipelines/${bad.id}/failed`);
  await page.getByLabel("Select all", { exact: true }).check();
  await button("Retry selected (1)").click();
  await page.getByText("1 record will be retried by the next run.").waitFor();
  await button("Run now").click();
  assert.equal(await finishedStatus(), "succeeded", `the run after the fix: ${await page.locator("main").innerText()}`);
  assert.equal(await page.getByTestId("count-inserted").innerText(), "1");
  await go(`/pipelines/${bad.id}/failed?status=resolved`);
  await page.getByTestId("failed-record").getByText("resolved").waitFor();
  await go(`/pipelines/${bad.id}/failed`);
  await page.getByText("No open failed records").waitFor();
});

test("a destination: the editor offers it and saves it, the pages say where the table is; built-in again removes it", async () => {
  // Registered only: nothing connects to it here (the pipeline loading there is never run).
  await api("POST", "/destinations", state.token, {
    name: "warehouse", host: "warehouse.example.com", database: "analytics", user: "sluice_loader", schema: "sluice",
  });
  const created = await api("POST", "/pipelines", state.token, {
    name: "to-warehouse",
    spec: { sources: { nyt: "nyt-us" }, transform: [], output: "nyt", destination: { table: "nyt_copy", primary_key: ["date", "state"] } },
  });
  const database = page.getByLabel("Database", { exact: true });
  const row = page.locator('tr[data-pipeline="to-warehouse"]');

  await go(`/pipelines/${created.id}/edit`);
  await database.locator("option", { hasText: "warehouse" }).waitFor({ state: "attached" });
  assert.deepEqual(await database.locator("option").allInnerTexts(), ["Built-in database", "warehouse"]);
  assert.equal(await database.inputValue(), "", "a pipeline without `database` shows the built-in one");
  await database.selectOption("warehouse");
  await page.getByText(/^Database analytics on warehouse\.example\.com, schema sluice\./).waitFor();
  await checkA11y(page, "editor (a destination)");
  await shoot(page, "editor-destination");
  await button("Save changes").click();
  await page.waitForURL(new RegExp(`/pipelines/${created.id}$`));
  await page.locator("dd", { hasText: "nyt_copy in warehouse" }).waitFor();
  assert.equal((await api("GET", `/pipelines/${created.id}`, state.token)).spec.destination.database, "warehouse");
  await go("/pipelines");
  await row.getByText("→ nyt_copy in warehouse").waitFor();

  await go(`/pipelines/${created.id}/edit`);
  await database.locator("option", { hasText: "warehouse" }).waitFor({ state: "attached" });
  assert.equal(await database.inputValue(), "warehouse");
  await database.selectOption({ label: "Built-in database" });
  await button("Save changes").click();
  await page.waitForURL(new RegExp(`/pipelines/${created.id}$`));
  await page.locator("dd", { hasText: /^nyt_copy \(key/ }).waitFor();
  assert.equal("database" in (await api("GET", `/pipelines/${created.id}`, state.token)).spec.destination, false);
  await go("/pipelines");
  await row.getByText("→ nyt_copy", { exact: true }).waitFor();
});

test("settings: a viewer is added; tokens are shown once", async () => {
  await go("/settings");
  await button("Add a user").click();
  const dialog = page.getByRole("dialog", { name: "Add a user" });
  await dialog.getByLabel("E-mail", { exact: true }).fill(VIEWER);
  await dialog.getByLabel("Initial password", { exact: true }).fill(PASSWORD);
  await dialog.getByLabel("Role", { exact: true }).selectOption("viewer");
  await dialog.getByRole("button", { name: "Add user" }).click();
  await page.getByRole("cell", { name: VIEWER, exact: true }).waitFor();

  await button("New token").click();
  const tokenDialog = page.getByRole("dialog", { name: "New API token" });
  await tokenDialog.getByLabel("Name", { exact: true }).fill("ci");
  await tokenDialog.getByRole("button", { name: "Create token" }).click();
  const secret = page.getByTestId("token-secret");
  await secret.waitFor();
  assert.match(await secret.innerText(), /^slc_/);
  await page.keyboard.press("Escape");
  await page.getByRole("cell", { name: "ci", exact: true }).waitFor();
  assert.equal(await page.getByTestId("token-secret").count(), 0, "the secret is gone once closed");

  // Read-only SQL for BI tools: the password is shown once, and it reads the loaded table.
  await button("Create the login").click();
  const password = (await page.getByTestId("warehouse-password").innerText()).trim();
  assert.match(password, /^[A-Za-z0-9]{32}$/);
  const warehouse = await api("GET", "/warehouse/credentials", state.token);
  assert.equal(warehouse.exists, true);
  const counted = execFileSync("psql", [warehouse.uri, "-Atc", "select count(*) from us_covid"], {
    env: { ...process.env, PGPASSWORD: password },
    encoding: "utf8",
  }).trim();
  assert.equal(counted, "170");
  await page.getByRole("button", { name: "Rotate the password" }).waitFor();
  await checkA11y(page, "settings");
  await shoot(page, "settings");
});

test("a 401 sends the user to sign in, then back to the page", async () => {
  await page.evaluate(() => sessionStorage.setItem("sluice.token", "expired-or-revoked"));
  const where = `/pipelines/${state.pipelineId}/failed`;
  await go(where);
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(ADMIN);
  await page.waitForURL(`${WEB_URL}${where}`);
  await page.getByRole("heading", { name: "Failed records" }).waitFor();
});

test("a viewer sees everything and no write button", async () => {
  await signOut();
  await signIn(VIEWER);
  await page.waitForURL(/\/pipelines$/);
  await page.getByTestId("whoami").getByText("viewer", { exact: true }).waitFor();
  await page.locator(`tr[data-pipeline="${reference.name}"]`).waitFor();
  const writes = ["New pipeline", "Run now", "Add a source", "Check", "Delete", "Retry selected", "Save changes", "Create pipeline", "Add a user", "New token", "Save to dashboard", "Redeliver", "Save notifications", "Send a test", "New dashboard", "Remove chart", "Suggest from preview", "Try it", "Create the login", "Rotate the password", "Revoke"];
  const pages = [
    "/pipelines", "/sources", `/pipelines/${state.pipelineId}`, `/pipelines/${state.pipelineId}/edit`,
    `/pipelines/${state.pipelineId}/runs/${state.runId}`, `/pipelines/${state.pipelineId}/failed`,
    `/pipelines/${state.pipelineId}/data`, "/settings", "/dashboards", `/dashboards/${state.dashboardId}`,
  ];
  for (const path of pages) {
    await go(path);
    await page.locator("main h1").first().waitFor();
    // Let the page's queries answer before looking for buttons.
    await page.waitForLoadState("networkidle");
    for (const name of writes) {
      assert.equal(await page.getByRole("button", { name, exact: false }).count(), 0, `${path}: a viewer sees “${name}”`);
    }
    const checkboxes = await page.locator("main input[type=checkbox]:not([disabled])").count();
    if (path === "/pipelines") assert.equal(checkboxes, 0, "no enable switch for a viewer");
  }
  await go(`/pipelines/${state.pipelineId}/runs/${state.runId}`);
  await page.getByTestId("run-status").getByText("succeeded").waitFor();
  await shoot(page, "run-as-viewer");
});

test("a second tenant sees none of it", async () => {
  await signOut();
  await page.getByRole("link", { name: "Create a workspace" }).click();
  await page.getByLabel("Team or organisation", { exact: true }).fill("Someone else");
  await page.getByLabel("Your e-mail", { exact: true }).fill(OTHER);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await button("Create workspace").click();
  await page.getByText("No sources yet").waitFor();
  await go("/pipelines");
  await page.getByText("No pipelines yet").waitFor();
  await go(state.runUrl.slice(WEB_URL.length));
  await page.getByRole("heading", { name: "Not found" }).waitFor();
  await go(`/pipelines/${state.pipelineId}/data`);
  await page.getByRole("heading", { name: "Not found" }).waitFor();
  if (state.dashboardId) {
    await go(`/dashboards/${state.dashboardId}`);
    await page.getByRole("heading", { name: "Not found" }).waitFor();
  }
  await go("/dashboards");
  await page.locator("main h1").waitFor();
  assert.equal(await page.getByText("US COVID").count(), 0);
});
