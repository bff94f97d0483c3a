"""The control plane at scale: see scripts/simulate-scale (the entry point) and docs/SCALE.md.

Standard library only: PostgreSQL through `psql`, HTTP through urllib. Every number printed is
measured here, in this run; nothing is estimated.
"""

import base64
import concurrent.futures
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ENV = os.environ
TENANTS = int(ENV.get("TENANTS", "10000"))
PIPELINES = int(ENV.get("PIPELINES", "100000"))
WORKERS = int(ENV.get("WORKERS", "20"))
TABLES = int(ENV.get("TABLES", "3"))
DURATION = int(ENV.get("DURATION", "300"))
SPREAD = int(ENV.get("SPREAD", "86400"))
RUN_MS = int(ENV.get("RUN_MS", "50"))
CONCURRENCY = int(ENV.get("CONCURRENCY", "2"))
ROOT = ENV["ROOT"]
BIN_DIR = ENV["BIN_DIR"]
SERVER = ENV["PG_SERVER_URL"]
REDIS = ENV["SLUICE_TEST_REDIS_URL"]
OUT = ENV.get("OUT")
# The API's pool (`database.max_connections` in config/base.yaml), and what this script's own
# psql and list clients may hold at once.
API_CONNECTIONS = 20
HARNESS_CONNECTIONS = 4
# Seconds between the setup's end and the first due tick: the workers start meanwhile.
LEAD = 15
PASSWORD = "correct horse battery staple"

TMP = tempfile.mkdtemp(prefix="sluice-simulate-")
DB = f"sluice_simulate_{os.getpid()}"
NAMESPACE = f"sluice-simulate-{os.getpid()}-{random.randrange(16**6):06x}"
PROCESSES = []


def say(message):
    print(f"\033[1m==> {message}\033[0m", file=sys.stderr, flush=True)


def die(message):
    raise SystemExit(f"error: {message}")


def psql(sql, database=None, stdin=None):
    """Runs `sql` (one or more statements) and answers the output rows, fields split on |."""
    url = f"{SERVER}/{database or DB}"
    done = subprocess.run(
        ["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql]
        if stdin is None
        else ["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"],
        input=stdin,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        die(f"psql failed: {done.stderr.strip()}\n{(sql or stdin)[:400]}")
    return [line.split("|") for line in done.stdout.splitlines() if line]


def scalar(sql):
    return psql(sql)[0][0]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sluice_env(api_port, worker_port):
    env = dict(ENV)
    env.update(
        {
            "SLUICE_ENVIRONMENT": "test",
            "SLUICE_CONFIG_DIR": f"{ROOT}/config",
            "SLUICE__DATABASE__URL": f"{SERVER}/{DB}",
            "SLUICE__REDIS__URL": REDIS,
            "SLUICE__REDIS__NAMESPACE": NAMESPACE,
            "SLUICE__AUTH__JWT_SECRET": JWT,
            "SLUICE__ENCRYPTION__KEY": KEY,
            "SLUICE__APPLICATION__HOST": "127.0.0.1",
            "SLUICE__APPLICATION__PORT": str(api_port),
            "SLUICE__APPLICATION__BASE_URL": f"http://127.0.0.1:{api_port}",
            "SLUICE__WORKER__HTTP_HOST": "127.0.0.1",
            "SLUICE__WORKER__HTTP_PORT": str(worker_port),
            "SLUICE__WORKER__SIMULATE_RUN_MS": str(RUN_MS),
            "SLUICE__WORKER__CONCURRENCY": str(CONCURRENCY),
            # A simulated tenant may have several due runs at once: no cap to wait on.
            "SLUICE__WORKER__TENANT_MAX_CONCURRENT_RUNS": "1000",
            "SLUICE__TELEMETRY__LOG_FILTER": "warn",
        }
    )
    return env


def start(name, argv, env):
    log = open(os.path.join(TMP, f"{name}.log"), "w")
    process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
    PROCESSES.append((name, process))
    return process


def wait_http(url, process, seconds, what):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if process.poll() is not None:
            die(f"{what} stopped (see its log)")
        if time.monotonic() > deadline:
            die(f"{what} did not answer {url} within {seconds} s")
        time.sleep(0.2)


def http(method, url, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status, json.loads(answer.read() or b"null")


def cpu_seconds(pids):
    """User + system CPU seconds of `pids` (those still alive)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
    return total / tick


def postgres_pids():
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as f:
                    if f.read().strip() in ("postgres", "postmaster"):
                        pids.append(int(entry))
            except OSError:
                pass
    return pids


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# --- setup ---------------------------------------------------------------------------------


def spec(table):
    """A pipeline of the tenant whose list is read: no schedule, it never runs."""
    return {
        "sources": {"raw": "feed"},
        "transform": [{"op": "select", "frame": "raw", "columns": ["id", "value"]}],
        "output": "raw",
        "destination": {"table": table, "primary_key": ["id"]},
    }


def setup_control_plane(start_at):
    """Tenants, a source each, pipelines spread over SPREAD seconds from `start_at` (epoch s)."""
    say(f"{TENANTS:,} tenants with a source each, {PIPELINES:,} pipelines due over {SPREAD:,} s")
    per = max(1, PIPELINES // TENANTS)
    # Pipeline j belongs to tenant j // per (the last tenant takes the rest); its tick is at
    # start_at + offset(j), offsets spread evenly over SPREAD in a shuffled order, so that the
    # tenants' ticks interleave.
    sql = f"""
    INSERT INTO tenants (id, name, schema_name, created_at)
    SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid, 'sim ' || t, 'sim_t' || t, now()
    FROM generate_series(0, {TENANTS - 1}) t;
    INSERT INTO sources (id, tenant_id, name, url, format, options, created_at, updated_at)
    SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(t), 12, '0'))::uuid,
           ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid,
           'feed', 'https://data.example.com/feed.csv', 'csv', '{{}}', now(), now()
    FROM generate_series(0, {TENANTS - 1}) t;
    CREATE TEMP TABLE plan AS
    SELECT j, least(j / {per}, {TENANTS - 1}) AS t,
           (row_number() OVER (ORDER BY hashint4(j)) - 1) * {SPREAD}::float8 / {PIPELINES} AS offset_s
    FROM generate_series(0, {PIPELINES - 1}) j;
    INSERT INTO pipelines (id, tenant_id, name, spec, enabled, destination_table, schedule_cron,
                           timezone, next_run_at, created_at, updated_at)
    SELECT ('00000000-0000-4000-a000-' || lpad(to_hex(j), 12, '0'))::uuid,
           ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid,
           'p' || j,
           jsonb_build_object(
             'sources', '{{"raw": "feed"}}'::jsonb,
             'transform', '[{{"op": "select", "frame": "raw", "columns": ["id", "value"]}}]'::jsonb,
             'output', 'raw',
             'destination', jsonb_build_object('table', 'p' || j, 'primary_key', '["id"]'::jsonb),
             'schedule', jsonb_build_object(
               'cron', ((offset_s / 60)::int % 1440 % 60) || ' ' || ((offset_s / 60)::int % 1440 / 60) || ' * * *',
               'timezone', 'UTC')),
           true, 'p' || j,
           ((offset_s / 60)::int % 1440 % 60) || ' ' || ((offset_s / 60)::int % 1440 / 60) || ' * * *',
           'UTC', to_timestamp({start_at}) + make_interval(secs => offset_s), now(), now()
    FROM plan;
    INSERT INTO pipeline_sources (pipeline_id, frame, source_id, tenant_id)
    SELECT ('00000000-0000-4000-a000-' || lpad(to_hex(j), 12, '0'))::uuid, 'raw',
           ('00000000-0000-4000-9000-' || lpad(to_hex(t), 12, '0'))::uuid,
           ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid
    FROM plan;
    ANALYZE;
    """
    psql(None, stdin=sql)
    return per


def setup_catalog():
    """A schema per tenant with TABLES tables, in transactions of 100 tenants (one transaction
    would run out of lock slots)."""
    say(f"the catalog: {TENANTS:,} schemas of {TABLES} tables each")
    started = time.monotonic()
    columns = (
        "id bigint PRIMARY KEY, value text, _sluice_row_hash bytea, _sluice_key_hash bytea, "
        "_sluice_run_id uuid, _sluice_loaded_at timestamptz"
    )
    batch = 100
    script = []
    for first in range(0, TENANTS, batch):
        script.append("BEGIN;")
        for t in range(first, min(first + batch, TENANTS)):
            script.append(f"CREATE SCHEMA sim_t{t};")
            for k in range(TABLES):
                script.append(f"CREATE TABLE sim_t{t}.table_{k} ({columns});")
        script.append("COMMIT;")
    psql(None, stdin="\n".join(script))
    return time.monotonic() - started


def setup_api_tenant(api):
    """A tenant signed up through the API with 50 pipelines, whose list the load reads."""
    _, answer = http(
        "POST",
        f"{api}/api/v1/auth/signup",
        body={"tenant_name": "measured", "email": "measured@example.com", "password": PASSWORD},
    )
    token = answer["access_token"]
    http(
        "POST",
        f"{api}/api/v1/sources",
        token,
        {"name": "feed", "url": "https://data.example.com/feed.csv", "format": "csv"},
    )
    for i in range(50):
        body = {"name": f"list-{i}", "spec": spec(f"list_{i}")}
        status, _ = http("POST", f"{api}/api/v1/pipelines", token, body)
        if status != 201:
            die(f"creating pipeline list-{i}: {status}")
    return token


# --- measuring -----------------------------------------------------------------------------


def list_latency(api, token, seconds, clients):
    """GET /api/v1/pipelines from `clients` threads for `seconds`: latencies in ms, errors."""
    deadline = time.monotonic() + seconds

    def client(_):
        latencies, errors = [], 0
        while time.monotonic() < deadline:
            began = time.perf_counter()
            try:
                request = urllib.request.Request(f"{api}/api/v1/pipelines?limit=50")
                request.add_header("Authorization", f"Bearer {token}")
                with urllib.request.urlopen(request, timeout=10) as answer:
                    items = len(json.loads(answer.read())["items"])
                if items != 50:
                    errors += 1
            except (urllib.error.URLError, OSError):
                errors += 1
            latencies.append((time.perf_counter() - began) * 1000)
        return latencies, errors

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(client, range(clients)))
    latencies = [l for r in results for l in r[0]]
    return latencies, sum(r[1] for r in results)


def scheduler_ticks(worker_ports):
    """The leader's tick durations from every worker's /metrics: count, mean, p99 bucket bound."""
    count, total, buckets = 0, 0.0, {}
    for port in worker_ports:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as answer:
                text = answer.read().decode()
        except (urllib.error.URLError, OSError):
            continue
        for line in text.splitlines():
            m = re.match(r'sluice_scheduler_tick_duration_seconds_bucket\{le="([^"]+)"\} (\S+)', line)
            if m:
                buckets[m.group(1)] = buckets.get(m.group(1), 0) + float(m.group(2))
            elif line.startswith("sluice_scheduler_tick_duration_seconds_count "):
                count += int(float(line.split()[1]))
            elif line.startswith("sluice_scheduler_tick_duration_seconds_sum "):
                total += float(line.split()[1])
    p99 = None
    for bound, n in sorted(
        ((float("inf") if b == "+Inf" else float(b), n) for b, n in buckets.items())
    ):
        if count and n >= 0.99 * count:
            p99 = bound
            break
    return {"ticks": count, "mean_ms": total / count * 1000 if count else None, "p99_le_s": p99}


def catalog_lookup_ms(samples):
    """Mean time of the lookup a load and a data read do for one table (its columns through
    the catalog), for random tenants' tables, in one session; `None` without tables."""
    if TABLES == 0:
        return None
    lines = ["\\timing on"]
    for _ in range(samples):
        t, k = random.randrange(TENANTS), random.randrange(TABLES)
        lines.append(
            "SELECT count(*) FROM pg_attribute WHERE attrelid = "
            f"to_regclass('sim_t{t}.table_{k}') AND attnum > 0 AND NOT attisdropped;"
        )
    done = subprocess.run(
        ["psql", f"{SERVER}/{DB}", "-X", "-q", "-A", "-t"],
        input="\n".join(lines),
        capture_output=True,
        text=True,
    )
    times = [float(m) for m in re.findall(r"Time: ([0-9.]+) ms", done.stdout)]
    return statistics.mean(times) if times else None


def main():
    global JWT, KEY
    JWT = base64.b64encode(os.urandom(48)).decode()
    KEY = base64.b64encode(os.urandom(32)).decode()
    psql(f'CREATE DATABASE "{DB}"', database="postgres")
    api_port = free_port()
    api = f"http://127.0.0.1:{api_port}"
    say(f"the API on port {api_port} (migrating database {DB})")
    api_process = start(
        "api", [f"{BIN_DIR}/sluice-api", "--migrate"], sluice_env(api_port, 0)
    )
    wait_http(f"{api}/healthz", api_process, 120, "the API")
    token = setup_api_tenant(api)

    catalog_s = setup_catalog()
    setup_started = time.monotonic()
    # Ticks are laid out from a moment in the future, then moved once the rows are in.
    start_at = time.time() + LEAD + 60
    per = setup_control_plane(start_at)
    # Move every tick so that the first comes LEAD seconds from now, whatever the setup took.
    shift = time.time() + LEAD - start_at
    psql(f"UPDATE pipelines SET next_run_at = next_run_at + make_interval(secs => {shift}) "
         "WHERE name ~ '^p[0-9]+$'")
    start_at += shift
    setup_s = time.monotonic() - setup_started

    worker_ports = [free_port() for _ in range(WORKERS)]
    # The fleet must fit the server's connection slots, as an operator sizes it (docs/SCALE.md,
    # "Connections"): what the API's pool, this script and the superusers' reserve leave, shared
    # by the workers, unless WORKER_CONNECTIONS says otherwise.
    slots = int(scalar("SHOW max_connections")) - int(scalar("SHOW superuser_reserved_connections"))
    per_worker = int(ENV.get("WORKER_CONNECTIONS", "0")) or min(
        2 * CONCURRENCY + 3, (slots - API_CONNECTIONS - HARNESS_CONNECTIONS) // WORKERS
    )
    if per_worker < CONCURRENCY + 1:
        die(
            f"{WORKERS} workers do not fit the server's {slots} connection slots; raise its "
            "max_connections or set WORKER_CONNECTIONS"
        )
    say(
        f"{WORKERS} workers (simulated runs of {RUN_MS} ms, {CONCURRENCY} at a time each, "
        f"{per_worker} database connections each of the server's {slots})"
    )
    worker_env = lambda port: {  # noqa: E731
        **sluice_env(0, port),
        "SLUICE__WORKER__DATABASE_CONNECTIONS": str(per_worker),
    }
    workers = [
        start(f"worker-{i}", [f"{BIN_DIR}/sluice-worker"], worker_env(port))
        for i, port in enumerate(worker_ports)
    ]
    for process, port in zip(workers, worker_ports):
        wait_http(f"http://127.0.0.1:{port}/readyz", process, 120, "a worker")

    wait = start_at - time.time()
    if wait > 0:
        time.sleep(wait)  # the window opens at a fixed moment, not on a condition
    say(f"measuring for {DURATION} s")
    pg_before = cpu_seconds(postgres_pids())
    workers_before = cpu_seconds([p.pid for p in workers])
    api_before = cpu_seconds([api_process.pid])
    measured_at = time.monotonic()
    # The API under the same load, in the middle of the window.
    time.sleep(min(DURATION / 3, 30))
    latencies, list_errors = list_latency(api, token, min(10, DURATION / 3), 8)
    remaining = DURATION - (time.monotonic() - measured_at)
    if remaining > 0:
        time.sleep(remaining)
    elapsed = time.monotonic() - measured_at
    pg_cpu = (cpu_seconds(postgres_pids()) - pg_before) / elapsed
    workers_cpu = (cpu_seconds([p.pid for p in workers]) - workers_before) / elapsed
    api_cpu = (cpu_seconds([api_process.pid]) - api_before) / elapsed
    ticks = scheduler_ticks(worker_ports)
    window_end = start_at + DURATION

    # Let every tick due in the window get its run (the scheduler works in periods) and every
    # such run end (each takes RUN_MS), with a deadline.
    deadline = time.monotonic() + 120
    while True:
        pending = int(scalar(
            "SELECT (SELECT count(*) FROM runs WHERE status IN ('queued', 'running', 'retrying') "
            f"AND scheduled_for <= to_timestamp({window_end})) + (SELECT count(*) FROM pipelines "
            f"WHERE name ~ '^p[0-9]+$' AND next_run_at <= to_timestamp({window_end}))"
        ))
        if pending == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    drained_s = time.monotonic() - measured_at - elapsed

    due = int(scalar(
        f"SELECT count(*) FROM pipelines WHERE name ~ '^p[0-9]+$' AND (next_run_at <= to_timestamp({window_end}) "
        f"OR id IN (SELECT pipeline_id FROM runs WHERE scheduled_for <= to_timestamp({window_end})))"
    ))
    rows = psql(
        "SELECT status, count(*) FROM runs "
        f"WHERE trigger = 'schedule' AND scheduled_for <= to_timestamp({window_end}) GROUP BY status"
    )
    by_status = {status: int(n) for status, n in rows}
    lat = psql(
        "SELECT extract(epoch FROM started_at - scheduled_for), extract(epoch FROM created_at - scheduled_for) "
        f"FROM runs WHERE trigger = 'schedule' AND scheduled_for <= to_timestamp({window_end}) AND started_at IS NOT NULL"
    )
    due_to_claimed = [float(a) * 1000 for a, _ in lat]
    due_to_created = [float(b) * 1000 for _, b in lat]
    claims = int(scalar(
        f"SELECT count(*) FROM runs WHERE started_at BETWEEN to_timestamp({start_at}) AND to_timestamp({window_end})"
    ))
    catalog = psql(
        "SELECT (SELECT count(*) FROM pg_class), (SELECT count(*) FROM pg_namespace), "
        "pg_total_relation_size('pg_catalog.pg_class'), pg_total_relation_size('pg_catalog.pg_attribute'), "
        "pg_database_size(current_database())"
    )[0]
    lookup_ms = catalog_lookup_ms(300)

    results = {
        "tenants": TENANTS,
        "pipelines": PIPELINES,
        "pipelines_per_tenant": per,
        "tables_per_tenant": TABLES,
        "workers": WORKERS,
        "concurrency": CONCURRENCY,
        "worker_connections": per_worker,
        "run_ms": RUN_MS,
        "spread_s": SPREAD,
        "window_s": round(elapsed, 1),
        "drained_after_window_s": round(drained_s, 1),
        "setup_catalog_s": round(catalog_s, 1),
        "setup_control_plane_s": round(setup_s, 1),
        "due_in_window": due,
        "runs_by_status": by_status,
        "claims_per_s": round(claims / elapsed, 2),
        "due_to_created_ms": {"p50": percentile(due_to_created, 50), "p99": percentile(due_to_created, 99)},
        "due_to_claimed_ms": {"p50": percentile(due_to_claimed, 50), "p99": percentile(due_to_claimed, 99),
                              "max": max(due_to_claimed) if due_to_claimed else None},
        "scheduler": ticks,
        "cpu_cores": {"postgres": round(pg_cpu, 2), "workers": round(workers_cpu, 2), "api": round(api_cpu, 2)},
        "catalog": {"pg_class_rows": int(catalog[0]), "schemas": int(catalog[1]),
                    "pg_class_bytes": int(catalog[2]), "pg_attribute_bytes": int(catalog[3]),
                    "database_bytes": int(catalog[4]), "table_lookup_ms": lookup_ms},
        "api_list": {"requests": len(latencies), "errors": list_errors,
                     "p50_ms": percentile(latencies, 50), "p99_ms": percentile(latencies, 99),
                     "per_s": round(len(latencies) / min(10, DURATION / 3), 1)},
    }
    print(json.dumps(results, indent=2))
    if OUT:
        with open(OUT, "w") as f:
            json.dump(results, f, indent=2)

    # What must hold at any size: every run due in the window ran once and ended, the API
    # answered every list request, and the catalog holds every tenant's schema.
    finished = by_status.get("skipped", 0)
    problems = []
    if finished != due:
        problems.append(f"{due} pipelines were due in the window, {finished} runs ended ({by_status})")
    if sum(by_status.values()) != due:
        problems.append(f"runs created {sum(by_status.values())} for {due} due ticks: a tick ran twice or not at all")
    if list_errors or not latencies:
        problems.append(f"the API list failed {list_errors} times of {len(latencies)}")
    if int(catalog[1]) < TENANTS:
        problems.append(f"{catalog[1]} schemas for {TENANTS} tenants")
    if problems:
        die("; ".join(problems))
    say("every run due in the window was claimed once and finished; the API answered every list")


def cleanup():
    for name, process in reversed(PROCESSES):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for name, process in PROCESSES:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    subprocess.run(
        ["psql", f"{SERVER}/postgres", "-X", "-q", "-c", f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)'],
        capture_output=True,
    )
    keys = subprocess.run(
        ["redis-cli", "-u", REDIS, "--scan", "--pattern", f"{NAMESPACE}:*"], capture_output=True, text=True
    ).stdout.split()
    for i in range(0, len(keys), 500):
        subprocess.run(["redis-cli", "-u", REDIS, "del", *keys[i:i + 500]], capture_output=True)
    queues = subprocess.run(
        ["redis-cli", "-u", REDIS, "--raw", "zrange", "core:apalis:queues:list", "0", "-1"],
        capture_output=True, text=True,
    ).stdout.split()
    ours = [q for q in queues if q.startswith(f"{NAMESPACE}:")]
    if ours:
        subprocess.run(["redis-cli", "-u", REDIS, "zrem", "core:apalis:queues:list", *ours], capture_output=True)


if __name__ == "__main__":
    status = 0
    try:
        main()
    except SystemExit as e:
        status = 1 if e.code not in (0, None) else 0
        if status:
            print(e.code, file=sys.stderr)
            for name, _ in PROCESSES[:3]:
                path = os.path.join(TMP, f"{name}.log")
                if os.path.exists(path):
                    print(f"--- the last lines of the {name}'s log ---", file=sys.stderr)
                    with open(path) as f:
                        print("".join(f.readlines()[-20:]), file=sys.stderr)
    except BaseException:
        status = 1
        raise
    finally:
        cleanup()
        subprocess.run(["rm", "-rf", TMP])
    sys.exit(status)
