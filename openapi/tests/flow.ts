// A tenant's first hour, through openapi-fetch typed by the generated
// openapi/clients/typescript/schema.d.ts only: the same flow as flow.py.
//
// Sign up, log in, register the two reference sources, apply the reference pipeline by name
// (created, then unchanged), ask for an e-mail on success, run it, and read back the run, its
// failed records and its deliveries; then a typed error. The types are the check here:
// `./scripts/openapi flows` compiles this with `tsc --strict` (openapi/tsconfig.json), so a path,
// a parameter, a body or a field that the document does not describe fails the build. It then
// runs the output with node, with:
//   SLUICE_API_URL   the API's address, e.g. http://127.0.0.1:8080 (the paths carry /api/v1)
//   SLUICE_ROOT      the repository, for data/us-covid/ and examples/us-covid/pipeline.json

import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import createClient from "openapi-fetch";

import type { components, paths } from "../clients/typescript/schema.js";

type Schemas = components["schemas"];
type RunStatus = Schemas["RunStatus"];

class FlowFailed extends Error {}

const API_URL = requiredEnv("SLUICE_API_URL");
const ROOT = requiredEnv("SLUICE_ROOT");
const PIPELINE_NAME = "us-covid";
const SOURCES: ReadonlyArray<readonly [string, string]> = [
  ["nyt-us", "data/us-covid/us.csv"],
  ["jhu-recovered-global", "data/us-covid/time_series_covid19_recovered_global.csv"],
];
// The reference pipeline loads one row per day present in both files.
const EXPECTED_INSERTED = 170;
const RECIPIENT = "ops@example.com";
const RUN_DEADLINE_MS = 120_000;
const FINISHED: ReadonlySet<RunStatus> = new Set<RunStatus>(["succeeded", "failed", "skipped", "canceled"]);

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new FlowFailed(`${name} is not set`);
  }
  return value;
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new FlowFailed(message);
  }
}

function ok(step: string): void {
  console.log(`  ok  ${step}`);
}

/** What every openapi-fetch call answers: the 2xx body in `data`, any other in `error`. */
interface Answer<D, E> {
  data?: D;
  error?: E;
  response: Response;
}

/** The body of an answer that must have this (success) status. */
function expectData<D, E>(step: string, answer: Answer<D, E>, status: number): D {
  check(
    answer.response.status === status,
    `${step}: expected HTTP ${status}, got ${answer.response.status}: ${JSON.stringify(answer.error ?? answer.data)}`,
  );
  check(answer.data !== undefined, `${step}: no body`);
  return answer.data;
}

/** The error body of an answer that must have this (error) status. */
function expectError<D, E>(step: string, answer: Answer<D, E>, status: number): E {
  check(
    answer.response.status === status,
    `${step}: expected HTTP ${status}, got ${answer.response.status}: ${JSON.stringify(answer.data ?? answer.error)}`,
  );
  check(answer.error !== undefined, `${step}: no error body`);
  return answer.error;
}

async function main(): Promise<void> {
  const email = `ts-flow-${randomBytes(6).toString("hex")}@example.com`;
  const password = "a long passphrase for the flow";
  const anonymous = createClient<paths>({ baseUrl: API_URL });

  const created: Schemas["SignupResponse"] = expectData(
    "sign up",
    await anonymous.POST("/api/v1/auth/signup", {
      body: { tenant_name: "TypeScript client flow", email, password },
    }),
    201,
  );
  check(created.user.email === email, `sign up: the new admin is ${created.user.email}, not ${email}`);
  ok("sign up (201 SignupResponse)");

  const token: Schemas["AccessToken"] = expectData(
    "log in",
    await anonymous.POST("/api/v1/auth/login", { body: { email, password } }),
    200,
  );
  check(token.access_token !== "", "log in: empty access token");
  ok("log in (200 AccessToken)");

  const client = createClient<paths>({
    baseUrl: API_URL,
    headers: { Authorization: `Bearer ${token.access_token}` },
  });

  for (const [name, file] of SOURCES) {
    const source: Schemas["SourceResponse"] = expectData(
      `register source ${name}`,
      await client.POST("/api/v1/sources", {
        body: { name, url: pathToFileURL(join(ROOT, file)).href, format: "csv" },
      }),
      201,
    );
    check(source.name === name, `register source ${name}: answered ${source.name}`);
  }
  ok(`register sources ${SOURCES.map(([name]) => name).join(", ")} (201 SourceResponse)`);

  // The document is data: its shape is the server's to check (422 with every problem).
  const document = JSON.parse(
    readFileSync(join(ROOT, "examples/us-covid/pipeline.json"), "utf8"),
  ) as Schemas["ApplyRequest"];
  const apply = () =>
    client.PUT("/api/v1/pipelines/by-name/{name}", {
      params: { path: { name: PIPELINE_NAME } },
      body: document,
    });

  const applied = await apply();
  const pipeline: Schemas["PipelineResponse"] = expectData("apply the pipeline", applied, 201);
  const createdHeader = applied.response.headers.get("Sluice-Apply");
  check(createdHeader === "created", `apply the pipeline: Sluice-Apply is ${createdHeader}, not created`);
  check(pipeline.name === PIPELINE_NAME, `apply the pipeline: named ${pipeline.name}`);
  ok("apply the pipeline by name (201, Sluice-Apply: created)");

  const again = await apply();
  const same = expectData("apply the pipeline again", again, 200);
  const againHeader = again.response.headers.get("Sluice-Apply");
  check(againHeader === "unchanged", `apply the pipeline again: Sluice-Apply is ${againHeader}, not unchanged`);
  check(
    same.id === pipeline.id && same.version === pipeline.version,
    `apply the pipeline again: ${same.id} v${same.version}, was ${pipeline.id} v${pipeline.version}`,
  );
  ok("apply it again (200, Sluice-Apply: unchanged, same version)");

  const notify: Schemas["NotificationsResponse"] = expectData(
    "set notifications",
    await client.PUT("/api/v1/pipelines/{id}/notifications", {
      params: { path: { id: pipeline.id } },
      body: { email: [RECIPIENT], on: ["success"] },
    }),
    200,
  );
  check(
    notify.email.length === 1 && notify.email[0] === RECIPIENT,
    `set notifications: recipients are ${JSON.stringify(notify.email)}`,
  );
  check(
    notify.on.length === 1 && notify.on[0] === "success",
    `set notifications: on ${JSON.stringify(notify.on)}`,
  );
  ok("set notifications (200 NotificationsResponse)");

  let run: Schemas["RunResponse"] = expectData(
    "trigger a run",
    await client.POST("/api/v1/pipelines/{id}/runs", {
      params: { path: { id: pipeline.id } },
      body: {},
    }),
    202,
  );
  check(run.pipeline_id === pipeline.id, `trigger a run: it is for pipeline ${run.pipeline_id}`);
  ok(`trigger a run (202 RunResponse, ${run.status})`);

  const deadline = Date.now() + RUN_DEADLINE_MS;
  // A compile-time check as much as a runtime one: the status is the RunStatus enum, not a string.
  let status: RunStatus = run.status;
  while (!FINISHED.has(status)) {
    check(Date.now() < deadline, `wait for the run: still ${status} after ${RUN_DEADLINE_MS} ms: ${JSON.stringify(run)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    run = expectData(
      "wait for the run",
      await client.GET("/api/v1/runs/{id}", { params: { path: { id: run.id } } }),
      200,
    );
    status = run.status;
  }
  check(
    status === "succeeded",
    `the run finished ${status}: ${run.error_code}: ${run.error}; steps: ${JSON.stringify(run.step_log)}`,
  );
  const counts: Schemas["RunCounts"] = run.counts;
  check(
    counts.inserted === EXPECTED_INSERTED,
    `the run inserted ${counts.inserted} rows, not ${EXPECTED_INSERTED}: ${JSON.stringify(counts)}`,
  );
  ok(`the run succeeded: ${counts.inserted} inserted, ${counts.failed} failed`);

  const page: Schemas["FailedRecordPage"] = expectData(
    "list failed records",
    await client.GET("/api/v1/pipelines/{id}/failed-records", {
      params: { path: { id: pipeline.id }, query: { status: "open", limit: 200 } },
    }),
    200,
  );
  check(
    page.items.length === Math.min(counts.failed, 200),
    `list failed records: ${page.items.length} open, the run counted ${counts.failed} failed`,
  );
  ok(`list failed records (200 FailedRecordPage, ${page.items.length} open)`);

  const deliveryPage: Schemas["DeliveryPage"] = expectData(
    "list the run's deliveries",
    await client.GET("/api/v1/runs/{id}/deliveries", { params: { path: { id: run.id } } }),
    200,
  );
  const deliveries: Schemas["DeliveryResponse"][] = deliveryPage.items;
  const emails = deliveries.filter((d) => d.channel === "email" && d.target === RECIPIENT);
  const email0 = emails[0];
  check(
    emails.length === 1 && email0 !== undefined,
    `list the run's deliveries: expected one e-mail to ${RECIPIENT}, got ${JSON.stringify(deliveries)}`,
  );
  check(email0.run_id === run.id, `the delivery is for run ${email0.run_id}, not ${run.id}`);
  check(
    email0.event_type === "run.succeeded",
    `the delivery's event is ${email0.event_type}, not run.succeeded`,
  );
  ok(`list the run's deliveries (200 DeliveryPage: e-mail ${email0.status})`);

  const series: Schemas["SeriesResponse"] = expectData(
    "chart the loaded table",
    await client.GET("/api/v1/pipelines/{id}/series", {
      params: {
        path: { id: pipeline.id },
        query: { x: "date", y: "cases,deaths", bucket: "month", agg: "last" },
      },
    }),
    200,
  );
  check(
    series.bucket === "month" && series.x.length === 7 && series.x[6] === "2020-07-01",
    `chart the loaded table: ${series.bucket} buckets ${JSON.stringify(series.x)}`,
  );
  check(
    series.series.map((s) => s.y).join() === "cases,deaths" &&
      series.series.every((s) => s.values.length === 7),
    `chart the loaded table: series ${JSON.stringify(series.series)}`,
  );
  ok(`chart the loaded table (200 SeriesResponse: ${series.x.length} months of cases and deaths)`);

  const rows: Schemas["DataPage"] = expectData(
    "read the newest rows",
    await client.GET("/api/v1/pipelines/{id}/data", {
      params: {
        path: { id: pipeline.id },
        query: { limit: 5, order: "desc", filter: ["date:gte:2020-07-01"] },
      },
    }),
    200,
  );
  const dates = rows.rows.map((row) => row["date"]);
  check(
    dates.join() === "2020-07-09,2020-07-08,2020-07-07,2020-07-06,2020-07-05",
    `read the newest rows: dates ${JSON.stringify(dates)}`,
  );
  check(rows.next_cursor !== null, "read the newest rows: no cursor to the next page");
  ok(`read the newest rows (200 DataPage: ${rows.rows.length} rows and a next_cursor)`);

  const exported = await client.GET("/api/v1/pipelines/{id}/export", {
    params: { path: { id: pipeline.id }, query: { format: "csv" } },
    parseAs: "text",
  });
  const csv: string = expectData("export the table as CSV", exported, 200);
  const lines = csv.trimEnd().split("\n");
  check(
    lines[0] === "date,cases,deaths,recovered" && lines.length === EXPECTED_INSERTED + 1,
    `export the table as CSV: header ${JSON.stringify(lines[0])}, ${lines.length - 1} rows`,
  );
  ok(`export the table as CSV (200 text/csv, ${lines.length - 1} rows)`);

  const error: Schemas["ErrorBody"] = expectError(
    "get a pipeline that does not exist",
    await client.GET("/api/v1/pipelines/{id}", { params: { path: { id: randomUUID() } } }),
    404,
  );
  const code: Schemas["Code"] = error.code;
  check(code === "pipeline_not_found", `get a pipeline that does not exist: code ${code}, not pipeline_not_found`);
  ok("get a pipeline that does not exist (404 ErrorBody, code pipeline_not_found)");
}

console.log(`typescript flow against ${API_URL}`);
try {
  await main();
  console.log("typescript flow: ok");
} catch (failure) {
  const message =
    failure instanceof FlowFailed ? failure.message : failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
  console.error(`typescript flow FAILED: ${message}`);
  process.exitCode = 1;
}
