"""A webhook receiver that verifies each call with the `standardwebhooks` library, as
docs/NOTIFICATIONS.md tells receivers to.

    python receiver.py SECRET_FILE

Listens on 127.0.0.1 (a free port), prints {"port": N} on the first line, then one JSON line per
request: {"verified": bool, "error": str|null, "headers": {...}, "body": str}. It answers 204 when
the library verified the call and 400 with the library's error when it did not. The secret is
read from SECRET_FILE on every request (a test writes it once Sluice has generated it): a
`whsec_` secret as the library takes it, any other string as raw key bytes.
"""

import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

SECRET_FILE = sys.argv[1]


def webhook() -> Webhook:
    with open(SECRET_FILE, encoding="utf-8") as f:
        secret = f.read().strip()
    # A secret in the whsec_ form is decoded by the library; older ones are raw key bytes.
    return Webhook(secret if secret.startswith("whsec_") else secret.encode())


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            webhook().verify(body, headers)
            verified, error = True, None
        except WebhookVerificationError as e:
            verified, error = False, str(e)
        print(
            json.dumps({"verified": verified, "error": error, "headers": headers, "body": body.decode()}),
            flush=True,
        )
        self.send_response(204 if verified else 400)
        reply = b"" if verified else f"refused: {error}".encode()
        self.send_header("content-length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args) -> None:
        pass


server = HTTPServer(("127.0.0.1", 0), Receiver)
print(json.dumps({"port": server.server_address[1]}), flush=True)
server.serve_forever()
