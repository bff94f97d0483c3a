// Fails, with a diff, when src/api/schema.d.ts is not what openapi-typescript generates from
// ../openapi/openapi.json now (run `npm run gen` and commit the file).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const committed = "src/api/schema.d.ts";
const dir = mkdtempSync(join(tmpdir(), "sluice-gen-"));
const fresh = join(dir, "schema.d.ts");
try {
  execFileSync("node_modules/.bin/openapi-typescript", ["../openapi/openapi.json", "--output", fresh], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (readFileSync(fresh, "utf8") === readFileSync(committed, "utf8")) {
    console.log(`${committed} is up to date with ../openapi/openapi.json`);
  } else {
    spawnSync("diff", ["-u", committed, fresh], { stdio: "inherit" });
    console.error(`${committed} is stale: run \`npm run gen\` in frontend/ and commit it`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
