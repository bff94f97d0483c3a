"""What scripts/deploy-check asks of the deployment files beyond their schemas: the points of
issue 13 (items 4 and 5) that a schema validator cannot see. Run by scripts/deploy-check with the
rendered compose configurations and kustomizations; prints every failure, exits 1 if any.

    deploy-check.py --compose default.yml --compose-email email.yml DIR=rendered.yaml...
"""

import argparse
import ipaddress
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FAILURES: list[str] = []

# The worker's HTTP listener (worker.http_port) and the API's port.
WORKER_PORT = 9090
API_PORT = 8080
# What the worker must never reach except PostgreSQL, Redis and DNS.
PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10"]


def check(condition: bool, message: str) -> None:
    if not condition:
        FAILURES.append(message)


def shutdown_grace_secs() -> int:
    base = yaml.safe_load((ROOT / "config/base.yaml").read_text())
    return int(base["worker"]["shutdown_grace_secs"])


def seconds(value: str | int) -> int:
    if isinstance(value, int):
        return value
    match = re.fullmatch(r"(?:(\d+)m)?(?:(\d+)s)?", value)
    if not match or not value:
        raise ValueError(f"cannot read the duration {value!r}")
    return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)


def pinned(image: str) -> bool:
    if "@sha256:" in image:
        return True
    name_tag = image.rsplit("/", 1)[-1]
    return ":" in name_tag and not name_tag.endswith(":latest")


# --- docker-compose.yml -------------------------------------------------------------------------


def check_compose(default_path: str, email_path: str) -> None:
    default = yaml.safe_load(Path(default_path).read_text())["services"]
    email = yaml.safe_load(Path(email_path).read_text())["services"]
    env_example = (ROOT / "deploy/sluice.env.example").read_text()
    password = re.search(r"^POSTGRES_PASSWORD=(.*)$", env_example, re.M)
    check(password is not None, "deploy/sluice.env.example: no POSTGRES_PASSWORD")

    for name in ["postgres", "redis", "migrate", "api", "worker"]:
        check(name in default, f"compose: no service {name}")
    # (docker-compose v1's `config` lists every service, whatever the profiles; v2's only those
    # that run.)
    for name in ["ses", "ses-identity"]:
        check(name in email and email[name].get("profiles") == ["email"], f"compose: no service {name} under the `email` profile")
    for name, service in email.items():
        if name not in ["ses", "ses-identity"]:
            check(not service.get("profiles"), f"compose: {name} runs only under a profile")
    if FAILURES:
        return

    for name, service in email.items():
        check("mem_limit" in service and "cpus" in service, f"compose: {name} has no mem_limit/cpus")
        check(pinned(service.get("image", "")), f"compose: {name}'s image is not pinned: {service.get('image')}")
        if service.get("image", "").startswith("sluice:"):
            check("build" in service, f"compose: {name} uses the Sluice image without building it (`up --build` would pull it)")
        env = service.get("environment") or {}
        url = env.get("SLUICE__DATABASE__URL")
        if url is not None and password:
            # The password reached the URL: interpolation was fed by --env-file.
            check(f":{password.group(1)}@postgres:" in url, f"compose: {name}'s database URL lacks the password: {url}")

    def health(name: str) -> str:
        return " ".join(default[name].get("healthcheck", {}).get("test", []))

    check(f"127.0.0.1:{WORKER_PORT}/" in health("worker"), f"compose: the worker's healthcheck is not on its port {WORKER_PORT}: {health('worker')}")
    check(f"127.0.0.1:{API_PORT}/" in health("api"), f"compose: the API's healthcheck is not on {API_PORT}: {health('api')}")
    check(default["worker"].get("environment", {}).get("SLUICE__WORKER__HTTP_PORT") == str(WORKER_PORT), "compose: the worker does not set SLUICE__WORKER__HTTP_PORT")
    grace = shutdown_grace_secs()
    check(seconds(default["worker"].get("stop_grace_period", "10s")) > grace, f"compose: the worker's stop_grace_period is not above worker.shutdown_grace_secs ({grace})")

    # The SES emulator: the version the test suite runs, and the endpoint the example names.
    moto = re.search(r"^MOTO_VERSION=(\S+)$", (ROOT / "scripts/lib.sh").read_text(), re.M)
    check(moto is not None and email["ses"]["image"] == f"motoserver/moto:{moto.group(1)}", f"compose: ses is not motoserver/moto at scripts/lib.sh's MOTO_VERSION: {email['ses']['image']}")
    check("# SLUICE__NOTIFY__SES__ENDPOINT=http://ses:5000" in env_example, "deploy/sluice.env.example: no local e-mail endpoint line for the `email` profile")
    sender = re.search(r"^SLUICE__NOTIFY__SES__SENDER=(.*)$", env_example, re.M)
    check(sender is not None and email["ses-identity"]["environment"]["SENDER"] == sender.group(1), "compose: ses-identity does not verify the configured sender")


def check_image_build() -> None:
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()}
    for entry in [".git", "target", "**/node_modules", "frontend/dist", ".sluice", "deploy/sluice.env", ".env"]:
        check(entry in ignored, f".dockerignore: {entry} is not excluded")

    dockerfile = (ROOT / "deploy/Dockerfile").read_text()
    check(not re.search(r"^HEALTHCHECK", dockerfile, re.M), "deploy/Dockerfile: a HEALTHCHECK in the image is inherited by the worker and the migration")
    check(re.search(r"^FROM node:\S+ AS web$", dockerfile, re.M) is not None and "COPY --from=web " in dockerfile, "deploy/Dockerfile: the web app is not built in a stage of its own")
    check(re.search(r"^ARG RUST_VERSION=\d+\.\d+\.\d+$", dockerfile, re.M) is not None, "deploy/Dockerfile: the Rust toolchain is not pinned to x.y.z")
    cook = dockerfile.find("cargo chef cook")
    copy_all = dockerfile.find("COPY . .", dockerfile.find("AS build"))
    check(0 <= cook < copy_all, "deploy/Dockerfile: no dependency layer (cargo chef cook) before the sources are copied")
    check(re.search(r"^USER \d+(:\d+)?$", dockerfile, re.M) is not None, "deploy/Dockerfile: USER is not numeric (runAsNonRoot cannot check it)")


# --- deploy/k8s ---------------------------------------------------------------------------------


def container_port(container: dict, port) -> int | None:
    if isinstance(port, int):
        return port
    for p in container.get("ports", []):
        if p.get("name") == port:
            return p["containerPort"]
    return None


def check_pod(where: str, pod: dict) -> None:
    spec = pod["spec"]
    check(spec.get("automountServiceAccountToken") is False, f"{where}: automountServiceAccountToken is not false")
    check(spec.get("serviceAccountName") == "sluice", f"{where}: not the sluice ServiceAccount")
    security = spec.get("securityContext", {})
    check(security.get("runAsNonRoot") is True, f"{where}: runAsNonRoot is not set")
    check(security.get("seccompProfile", {}).get("type") == "RuntimeDefault", f"{where}: seccomp is not RuntimeDefault")
    empty_dirs = {v["name"] for v in spec.get("volumes", []) if "emptyDir" in v}
    for container in spec.get("initContainers", []) + spec["containers"]:
        name = f"{where}/{container['name']}"
        context = container.get("securityContext", {})
        check(context.get("readOnlyRootFilesystem") is True, f"{name}: root filesystem is not read-only")
        check(context.get("allowPrivilegeEscalation") is False, f"{name}: allowPrivilegeEscalation is not false")
        check(context.get("capabilities", {}).get("drop") == ["ALL"], f"{name}: capabilities are not all dropped")
        check(pinned(container["image"]), f"{name}: image not pinned: {container['image']}")
        check("limits" in container.get("resources", {}), f"{name}: no resource limits")
    for container in spec["containers"]:
        tmp = [m for m in container.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
        check(len(tmp) == 1 and tmp[0]["name"] in empty_dirs, f"{where}/{container['name']}: no emptyDir at /tmp (downloads)")
    migrate = [c for c in spec.get("initContainers", []) if c.get("command") == ["migration", "up"]]
    check(len(migrate) == 1, f"{where}: no init container running `migration up` before the pod serves")


def check_probes(where: str, container: dict, port: int) -> None:
    for probe, path in [("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")]:
        get = container.get(probe, {}).get("httpGet", {})
        check(get.get("path") == path and container_port(container, get.get("port")) == port, f"{where}: {probe} is not GET {path} on {port}")


def covered(excepts: list[str], network: str) -> bool:
    wanted = ipaddress.ip_network(network)
    return any(wanted.version == ipaddress.ip_network(e).version and wanted.subnet_of(ipaddress.ip_network(e)) for e in excepts)


def check_network_policy(where: str, policy: dict, pods: dict[str, dict]) -> None:
    spec = policy["spec"]
    check("Egress" in spec.get("policyTypes", []), f"{where}: the NetworkPolicy does not restrict egress")
    expressions = spec["podSelector"].get("matchExpressions", [])
    selected = {v for e in expressions if e["key"] == "app.kubernetes.io/name" and e["operator"] == "In" for v in e["values"]}
    check({"sluice-worker", "sluice-api"} <= selected, f"{where}: the NetworkPolicy does not select the worker and the API")
    allowed_ports: set[int] = set()
    for rule in spec.get("egress", []):
        ports = {p["port"] for p in rule.get("ports", [])}
        check(bool(rule.get("to")) and bool(ports), f"{where}: an egress rule open to every destination or port: {rule}")
        allowed_ports |= ports
        for peer in rule.get("to", []):
            block = peer.get("ipBlock")
            if block is None:
                check(ports <= {53, 5432, 6379}, f"{where}: in-cluster egress beyond DNS, PostgreSQL and Redis: {rule}")
                continue
            network = ipaddress.ip_network(block["cidr"])
            if network.prefixlen == 0:
                check(ports <= {80, 443}, f"{where}: the internet is open on ports other than 80 and 443: {sorted(ports)}")
                if network.version == 4:
                    for private in PRIVATE_RANGES:
                        check(covered(block.get("except", []), private), f"{where}: egress to {private} is not refused")
            else:
                # An overlay's datastore: a private address, and only its port.
                check(ports <= {5432, 6379}, f"{where}: egress to {block['cidr']} beyond PostgreSQL and Redis")
    for port in [53, 5432, 6379, 80, 443]:
        check(port in allowed_ports, f"{where}: the NetworkPolicy does not allow egress on {port}")


def check_kustomization(where: str, path: str) -> None:
    docs = [d for d in yaml.safe_load_all(Path(path).read_text()) if d]
    by_kind: dict[str, list[dict]] = {}
    for doc in docs:
        by_kind.setdefault(doc["kind"], []).append(doc)
        check(doc["kind"] == "Namespace" or doc["metadata"].get("namespace") == "sluice", f"{where}: {doc['kind']}/{doc['metadata']['name']} is not in the sluice namespace")
    for kind in ["Namespace", "ServiceAccount", "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy"]:
        check(kind in by_kind, f"{where}: no {kind}")
    check(not by_kind.get("Job"), f"{where}: a Job is not ordered before the Deployments; migrations run in init containers")
    check(not by_kind.get("Secret"), f"{where}: a Secret would deploy example secrets")
    if FAILURES:
        return
    for account in by_kind["ServiceAccount"]:
        check(account.get("automountServiceAccountToken") is False, f"{where}: ServiceAccount {account['metadata']['name']} mounts its token")

    deployments = {d["metadata"]["name"]: d for d in by_kind["Deployment"]}
    check(set(deployments) == {"sluice-api", "sluice-worker"}, f"{where}: Deployments {sorted(deployments)}")
    if FAILURES:
        return
    pods = {name: d["spec"]["template"] for name, d in deployments.items()}
    for name, pod in pods.items():
        check_pod(f"{where}: {name}", pod)

    api = pods["sluice-api"]["spec"]["containers"][0]
    check_probes(f"{where}: sluice-api", api, API_PORT)
    check(any(e["name"] == "SLUICE__APPLICATION__TRUSTED_PROXIES" for e in api.get("env", [])), f"{where}: the API trusts no proxy for X-Forwarded-For")
    worker_pod = pods["sluice-worker"]["spec"]
    worker = worker_pod["containers"][0]
    check_probes(f"{where}: sluice-worker", worker, WORKER_PORT)
    check({"name": "SLUICE__WORKER__HTTP_PORT", "value": str(WORKER_PORT)} in worker.get("env", []), f"{where}: the worker does not set SLUICE__WORKER__HTTP_PORT={WORKER_PORT}")
    grace = shutdown_grace_secs()
    check(worker_pod.get("terminationGracePeriodSeconds", 30) > grace, f"{where}: the worker's terminationGracePeriodSeconds is not above worker.shutdown_grace_secs ({grace})")
    check("replicas" not in deployments["sluice-worker"]["spec"], f"{where}: the worker Deployment sets replicas, which the HPA owns")

    hpas = [h for h in by_kind["HorizontalPodAutoscaler"] if h["spec"]["scaleTargetRef"]["name"] == "sluice-worker"]
    check(len(hpas) == 1 and hpas[0]["apiVersion"] == "autoscaling/v2", f"{where}: no autoscaling/v2 HPA for the workers")
    labels = {name: pod["metadata"]["labels"] for name, pod in pods.items()}
    covered_by_pdb = {name for name, pod_labels in labels.items() for pdb in by_kind["PodDisruptionBudget"] if pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()}
    check(covered_by_pdb == set(pods), f"{where}: PodDisruptionBudgets cover {sorted(covered_by_pdb)} only")
    services = [s for s in by_kind["Service"] if s["spec"]["selector"].items() <= labels["sluice-api"].items()]
    check(len(services) == 1, f"{where}: no Service for the API")
    for policy in by_kind["NetworkPolicy"]:
        check_network_policy(f"{where}: NetworkPolicy/{policy['metadata']['name']}", policy, pods)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--compose", required=True)
    parser.add_argument("--compose-email", required=True)
    parser.add_argument("rendered", nargs="+", help="DIR=rendered.yaml")
    args = parser.parse_args()
    check_compose(args.compose, args.compose_email)
    check_image_build()
    for item in args.rendered:
        where, path = item.split("=", 1)
        check_kustomization(where, path)
    for failure in FAILURES:
        print(f"deploy-check: {failure}", file=sys.stderr)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
