//! Real worker processes over a test database, a loopback source server and a Redis of the
//! test's own (which tests may kill); for tests that stop PostgreSQL, the database is on a
//! private cluster of the test's own.

use std::{
    io::{Read, Write},
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use sea_orm::sqlx::{self, PgPool};
use sluice_engine::settings::workspace_config_dir;
use sluice_testing::{TestDatabase, http::TestServer, pg_cluster, ports::ReservedPort};
use uuid::Uuid;

/// A `redis-server` on a port of its own (reserved for as long as this lives, so a restart
/// finds it free), without persistence.
pub struct Redis {
    pub port: u16,
    _reserved: ReservedPort,
    child: Option<Child>,
}

impl Redis {
    pub fn start() -> Self {
        let reserved = ReservedPort::new();
        let mut redis = Self {
            port: reserved.port(),
            _reserved: reserved,
            child: None,
        };
        redis.restart();
        redis
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    pub fn restart(&mut self) {
        let child = Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server must be installed");
        // Ready when the server that answers on the port is this child.
        let pid = format!("process_id:{}\r\n", child.id());
        self.child = Some(child);
        wait_until(
            Duration::from_secs(10),
            "this redis-server to answer on its port",
            || server_info(self.port).is_some_and(|info| info.contains(&pid)),
        );
    }

    /// SIGKILL: everything it held is gone.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.kill();
    }
}

/// `INFO server` from whatever answers on `port`, if anything does.
fn server_info(port: u16) -> Option<String> {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    stream.write_all(b"INFO server\r\n").ok()?;
    let mut reply = Vec::new();
    let mut buffer = [0u8; 4096];
    // A bulk string: `$<length>\r\n<text>\r\n`; read until all of it is in.
    loop {
        let n = stream.read(&mut buffer).ok()?;
        if n == 0 {
            break;
        }
        reply.extend_from_slice(&buffer[..n]);
        let text = String::from_utf8_lossy(&reply);
        if let Some((length, rest)) = text.strip_prefix('$').and_then(|t| t.split_once("\r\n"))
            && rest.len() >= length.parse::<usize>().ok()?
        {
            break;
        }
    }
    Some(String::from_utf8_lossy(&reply).into_owned())
}

pub fn wait_until(limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The fleet tests run one at a time: each starts several worker processes, and on two cores
/// their timing assumptions (a load still running when it is killed, a scheduler on time) hold
/// only when they do not compete with each other.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub struct Cluster {
    pub pool: PgPool,
    pub server: TestServer,
    pub redis: Redis,
    pub tenant: Uuid,
    pub schema: String,
    pub database: TestDatabase,
    /// The private PostgreSQL server holding `database`, if the test has one.
    pub postgres: Option<pg_cluster::Cluster>,
    workers: Vec<Child>,
    extra_env: Vec<(String, String)>,
    /// A program the workers run under (`run_workers_under`).
    wrapper: Vec<String>,
    /// Where the workers' logs go (`capture_logs`).
    logs: Option<(tempfile::TempDir, PathBuf)>,
    _serial: tokio::sync::MutexGuard<'static, ()>,
}

impl Cluster {
    pub async fn new() -> Self {
        let serial = SERIAL.lock().await;
        let database = TestDatabase::create().await.unwrap();
        Self::over(database, None, serial).await
    }

    /// A cluster whose database is on a PostgreSQL server of its own, which the test may stop.
    pub async fn on_private_postgres() -> Self {
        let serial = SERIAL.lock().await;
        let postgres = tokio::task::spawn_blocking(pg_cluster::Cluster::start)
            .await
            .unwrap();
        let database = TestDatabase::create_on(&postgres.server_url(pg_cluster::SUPERUSER))
            .await
            .unwrap();
        Self::over(database, Some(postgres), serial).await
    }

    async fn over(
        database: TestDatabase,
        postgres: Option<pg_cluster::Cluster>,
        serial: tokio::sync::MutexGuard<'static, ()>,
    ) -> Self {
        let pool = database
            .connect()
            .await
            .unwrap()
            .get_postgres_connection_pool()
            .clone();
        let tenant = Uuid::now_v7();
        let schema = format!("t_{}", tenant.simple());
        sqlx::query("INSERT INTO tenants (id, name, schema_name) VALUES ($1, 't', $2)")
            .bind(tenant)
            .bind(&schema)
            .execute(&pool)
            .await
            .unwrap();
        Self {
            pool,
            server: TestServer::start().await,
            redis: Redis::start(),
            tenant,
            schema,
            database,
            postgres,
            workers: Vec::new(),
            extra_env: Vec::new(),
            wrapper: Vec::new(),
            logs: None,
            _serial: serial,
        }
    }

    pub fn env(&mut self, key: &str, value: &str) {
        self.extra_env.push((key.to_owned(), value.to_owned()));
    }

    /// Workers spawned from now on run under `program` (`strace …`), which runs the worker as
    /// its child; stopping a worker then stops that child first.
    pub fn run_workers_under(&mut self, program: &[&str]) {
        self.wrapper = program.iter().map(|s| s.to_string()).collect();
    }

    /// Workers spawned from now on log (info and up) to a file of this test's; see [`Cluster::logs`].
    pub fn capture_logs(&mut self) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("workers.log");
        self.logs = Some((dir, path));
    }

    /// What the workers logged so far (empty unless `capture_logs`).
    pub fn logs(&self) -> String {
        self.logs
            .as_ref()
            .and_then(|(_, path)| std::fs::read_to_string(path).ok())
            .unwrap_or_default()
    }

    /// Starts a `sluice-worker` process; returns its index.
    pub fn spawn_worker(&mut self) -> usize {
        let binary = env!("CARGO_BIN_EXE_sluice-worker");
        let mut cmd = match self.wrapper.split_first() {
            Some((program, args)) => {
                let mut cmd = Command::new(program);
                cmd.args(args).arg(binary);
                cmd
            }
            None => Command::new(binary),
        };
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("SLUICE_CONFIG_DIR", workspace_config_dir())
            .env("SLUICE_ENVIRONMENT", "test")
            .env(
                "SLUICE__ENCRYPTION__KEY",
                "c2x1aWNlLXRlc3QtZW5jcnlwdGlvbi1rZXktMzJieXQ=",
            )
            .env("SLUICE__DATABASE__URL", &self.database.url)
            .env("SLUICE__REDIS__URL", self.redis.url())
            .env("SLUICE__EXTRACT__ALLOW_HOSTS", "127.0.0.1")
            .env("SLUICE__WORKER__HEARTBEAT_SECS", "1")
            .env("SLUICE__WORKER__STALE_AFTER_SECS", "3")
            .env("SLUICE__WORKER__RECONCILE_EVERY_SECS", "1")
            .env("SLUICE__WORKER__SCHEDULE_EVERY_SECS", "1")
            .env("SLUICE__WORKER__RETRY_BACKOFF_SECS", "1")
            .env("SLUICE__WORKER__TENANT_MAX_CONCURRENT_RUNS", "100")
            .stderr(Stdio::null());
        // TEST_WORKER_LOG=<file> collects the workers' logs.
        let log_file = self
            .logs
            .as_ref()
            .map(|(_, path)| path.clone())
            .or_else(|| std::env::var("TEST_WORKER_LOG").ok().map(PathBuf::from));
        match log_file {
            Some(path) => {
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .unwrap();
                cmd.stdout(Stdio::from(file)).env(
                    "SLUICE__TELEMETRY__LOG_FILTER",
                    "info,sqlx=warn,sea_orm=warn",
                );
            }
            None => {
                cmd.stdout(Stdio::null());
            }
        }
        for (k, v) in &self.extra_env {
            cmd.env(k, v);
        }
        self.workers.push(cmd.spawn().unwrap());
        self.workers.len() - 1
    }

    /// SIGKILL: no chance to hand anything back.
    pub fn kill_worker(&mut self, index: usize) {
        let child = &mut self.workers[index];
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// SIGTERM: the worker finishes or hands back its runs, then exits.
    pub fn terminate_worker(&mut self, index: usize) {
        let pid = self.workers[index].id().to_string();
        let status = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(status.success());
    }

    pub fn wait_worker_exit(&mut self, index: usize, limit: Duration) -> std::process::ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.workers[index].try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "worker {index} did not exit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub async fn wait_status(&self, run: Uuid, wanted: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let (status, _, _) = self.run_status(run).await;
            if status == wanted {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "run never became {wanted} (is {status})"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Registers a source served at `/<name>` and a pipeline reading it into `<name>` with the
    /// key `id`; returns the pipeline id.
    pub async fn numbers_pipeline(&self, name: &str, schedule: Option<&str>) -> Uuid {
        let source = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO sources (id, tenant_id, name, url, format) VALUES ($1, $2, $3, $4, 'csv')",
        )
        .bind(source)
        .bind(self.tenant)
        .bind(name)
        .bind(self.server.url(&format!("/{name}")))
        .execute(&self.pool)
        .await
        .unwrap();
        let mut spec = serde_json::json!({
            "sources": {"raw": name},
            "transform": [{"op": "cast", "frame": "raw", "columns": {"id": "int", "value": "int"}}],
            "output": "raw",
            "destination": {"table": name.replace('-', "_"), "primary_key": ["id"]}
        });
        if let Some(cron) = schedule {
            spec["schedule"] = serde_json::json!({"cron": cron, "timezone": "UTC"});
        }
        let spec = sluice_engine::spec::PipelineSpec::parse(&spec).unwrap();
        let next = spec
            .schedule
            .as_ref()
            .and_then(|s| s.next_after(chrono::Utc::now()));
        let pipeline = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO pipelines (id, tenant_id, name, spec, destination_table, next_run_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(pipeline)
        .bind(self.tenant)
        .bind(name)
        .bind(spec.to_json())
        .bind(spec.destination.table.to_string())
        .bind(next)
        .execute(&self.pool)
        .await
        .unwrap();
        sqlx::query("INSERT INTO pipeline_sources (pipeline_id, frame, source_id, tenant_id) VALUES ($1, 'raw', $2, $3)")
            .bind(pipeline)
            .bind(source)
            .bind(self.tenant)
            .execute(&self.pool)
            .await
            .unwrap();
        pipeline
    }

    /// A queued run, not pushed: the reconciler finds it.
    pub async fn queue_run(&self, pipeline: Uuid) -> Uuid {
        sluice_engine::run_records::create_manual(&self.pool, self.tenant, pipeline, false, None)
            .await
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    pub async fn run_status(&self, run: Uuid) -> (String, i32, i64) {
        let r: (String, i32, i64) =
            sqlx::query_as("SELECT status, attempt, progress_rows FROM runs WHERE id = $1")
                .bind(run)
                .fetch_one(&self.pool)
                .await
                .unwrap();
        r
    }

    /// Polls (never sleeps blindly) until every run is finished.
    pub async fn wait_finished(&self, runs: &[Uuid], limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            let open: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM runs WHERE id = ANY($1) AND status NOT IN ('succeeded', 'failed', 'skipped', 'canceled')",
            )
            .bind(runs)
            .fetch_one(&self.pool)
            .await
            .unwrap();
            if open == 0 {
                return;
            }
            if Instant::now() >= deadline {
                let rows: Vec<RunRow> = sqlx::query_as(
                    "SELECT id, status, attempt, worker_id, enqueued_at FROM runs WHERE id = ANY($1) ORDER BY id",
                )
                .bind(runs)
                .fetch_all(&self.pool)
                .await
                .unwrap();
                panic!("{open} run(s) still unfinished: {rows:#?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM \"{}\".\"{table}\"",
            self.schema
        )))
        .fetch_one(&self.pool)
        .await
        .unwrap()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for child in &mut self.workers {
            // Under a wrapper the worker is the wrapper's child: killing the wrapper alone
            // would leave it running.
            kill_children(child.id());
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// SIGKILL to the children of process `pid`.
pub fn kill_children(pid: u32) {
    let children =
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
    for child in children.split_whitespace() {
        let _ = Command::new("kill").args(["-KILL", child]).status();
    }
}

/// (id, status, attempt, worker, enqueued at) of a run, for failure messages.
type RunRow = (
    Uuid,
    String,
    i32,
    Option<String>,
    Option<chrono::DateTime<chrono::Utc>>,
);

/// `id,value` rows 1..=n.
pub fn numbers(n: usize) -> String {
    let mut out = String::with_capacity(n * 12);
    out.push_str("id,value\n");
    for i in 1..=n {
        out.push_str(&format!("{i},{}\n", i * 3));
    }
    out
}
