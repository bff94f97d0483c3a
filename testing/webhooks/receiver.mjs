// A webhook receiver that verifies each call with the `standardwebhooks` library (npm, the
// TypeScript implementation), as docs/NOTIFICATIONS.md tells receivers to.
//
//     node receiver.mjs SECRET_FILE
//
// The same protocol as receiver.py: prints {"port": N}, then one JSON line per request
// ({verified, error, headers, body}); answers 204 when the library verified the call and 400
// with its error when it did not. A `whsec_` secret is given to the library as it is, any other
// string as raw key bytes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const secretFile = process.argv[2];

function webhook() {
  const secret = readFileSync(secretFile, "utf8").trim();
  return secret.startsWith("whsec_") ? new Webhook(secret) : new Webhook(secret, { format: "raw" });
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    let verified = true;
    let error = null;
    try {
      webhook().verify(body, request.headers);
    } catch (e) {
      verified = false;
      error = e.message;
    }
    console.log(JSON.stringify({ verified, error, headers: request.headers, body }));
    response.writeHead(verified ? 204 : 400);
    response.end(verified ? "" : `refused: ${error}`);
  });
});

server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
