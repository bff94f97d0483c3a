//! A private PostgreSQL cluster for one test: `initdb` into a temporary folder, started on a
//! loopback port reserved for it ([`ReservedPort`]), stopped and removed on drop; a test may stop it and start it again on the
//! same port (the database is down meanwhile, for that test only). Unlike the machine's main server, it checks
//! passwords (SCRAM-SHA-256) for every user but the service users below, which it trusts.
//!
//! `initdb` refuses to run as root: as root, the cluster is made and run as `postgres` (through
//! `runuser`), in a folder handed to that user.

use crate::ports::ReservedPort;

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Output, Stdio},
    time::{Duration, Instant},
};

/// The bootstrap superuser.
pub const SUPERUSER: &str = "postgres";
/// A service user that may create databases and roles but is no superuser: what an operator
/// would give Sluice.
pub const SERVICE: &str = "sluice_svc";
/// A service user that may create databases but not roles.
pub const NO_CREATEROLE: &str = "sluice_plain";

pub struct Cluster {
    pub port: u16,
    /// Held while the cluster lives, so that nothing else takes the port while it is stopped.
    _reserved: ReservedPort,
    bin: PathBuf,
    data: PathBuf,
    as_postgres: bool,
    // Removed last, once the server has stopped.
    dir: tempfile::TempDir,
}

impl Cluster {
    pub fn start() -> Self {
        let bin = bindir();
        let as_postgres = text(&Command::new("id").arg("-u").output().expect("id -u")) == "0";
        let dir = tempfile::Builder::new()
            .prefix("sluice-pg-")
            .tempdir()
            .expect("temporary folder");
        if as_postgres {
            let id = |flag: &str| -> u32 {
                let out = Command::new("id").args([flag, "postgres"]).output();
                text(&out.expect("id postgres"))
                    .parse()
                    .expect("the postgres user exists (PostgreSQL's server package makes it)")
            };
            std::os::unix::fs::chown(dir.path(), Some(id("-u")), Some(id("-g")))
                .expect("chown the cluster's folder");
        }
        let data = dir.path().join("data");
        let reserved = ReservedPort::new();
        let cluster = Self {
            port: reserved.port(),
            _reserved: reserved,
            bin,
            data,
            as_postgres,
            dir,
        };
        let initdb = cluster
            .server_command("initdb")
            .arg("-D")
            .arg(&cluster.data)
            .args([
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-N",
                "--no-locale",
                "-E",
                "UTF8",
            ])
            .output()
            .expect("run initdb");
        assert!(
            initdb.status.success(),
            "initdb failed: {}",
            text_err(&initdb)
        );
        let hba = format!(
            "local all all trust\n\
             host all {SUPERUSER},{SERVICE},{NO_CREATEROLE} 127.0.0.1/32 trust\n\
             host all all 127.0.0.1/32 scram-sha-256\n"
        );
        std::fs::write(cluster.data.join("pg_hba.conf"), hba).expect("write pg_hba.conf");
        if let Err(e) = cluster.launch() {
            panic!("the private cluster did not start: {e}");
        }
        cluster.superuser_sql(&format!(
            "CREATE ROLE {SERVICE} LOGIN CREATEDB CREATEROLE; \
             CREATE ROLE {NO_CREATEROLE} LOGIN CREATEDB;"
        ));
        cluster
    }

    /// Starts the server on `self.port`; answers pg_ctl's and the server's words on failure.
    fn launch(&self) -> Result<(), String> {
        let options = format!(
            "-c port={} -c listen_addresses=127.0.0.1 -c unix_socket_directories={} \
             -c fsync=off -c max_connections=60 -c shared_buffers=16MB",
            self.port,
            self.dir.path().display()
        );
        let started = self
            .server_command("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .arg("-l")
            .arg(self.dir.path().join("server.log"))
            .args(["-o", &options, "-w", "-t", "60", "start"])
            .stdin(Stdio::null())
            .output()
            .expect("run pg_ctl");
        if started.status.success() {
            return Ok(());
        }
        Err(format!(
            "{}\n{}",
            text_err(&started),
            std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
        ))
    }

    /// Stops the server (`fast`: sessions are disconnected, as in a crash of the connection);
    /// [`Cluster::restart`] brings it back on the same port with the same data.
    pub fn stop(&self) {
        let stopped = self
            .server_command("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "fast", "-w", "-t", "60", "stop"])
            .stdin(Stdio::null())
            .output()
            .expect("run pg_ctl");
        assert!(
            stopped.status.success(),
            "pg_ctl stop failed: {}",
            text_err(&stopped)
        );
    }

    /// Starts the stopped server again, on its port.
    pub fn restart(&self) {
        if let Err(e) = self.launch() {
            panic!("the private cluster did not start again: {e}");
        }
    }

    /// An admin URL for `user` (a trusted service user), as `SLUICE_TEST_DATABASE_URL` is.
    pub fn server_url(&self, user: &str) -> String {
        format!("postgres://{user}@127.0.0.1:{}/postgres", self.port)
    }

    /// `psql` connected over TCP as `user`, with `password` in its environment.
    pub fn psql_command(&self, user: &str, password: Option<&str>, database: &str) -> Command {
        let mut command = Command::new(self.bin.join("psql"));
        command
            .args([
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
            ])
            .args(["-p", &self.port.to_string(), "-U", user, "-d", database])
            // Only what is given here: no password file, service file or prompt.
            .env("PGPASSFILE", "/dev/null")
            .env("PGCONNECT_TIMEOUT", "10")
            .env("PGSSLMODE", "disable")
            .env_remove("PGSERVICE")
            .env_remove("PGOPTIONS")
            .arg("-w")
            .stdin(Stdio::null());
        match password {
            Some(password) => command.env("PGPASSWORD", password),
            None => command.env_remove("PGPASSWORD"),
        };
        command
    }

    /// Runs each of `statements` in one `psql` session as `user`.
    pub fn psql(
        &self,
        user: &str,
        password: Option<&str>,
        database: &str,
        statements: &[&str],
    ) -> Psql {
        let mut command = self.psql_command(user, password, database);
        for statement in statements {
            command.args(["-c", statement]);
        }
        Psql(command.output().expect("run psql"))
    }

    /// A `psql` session as `user` that stays connected, idle, until its standard input closes.
    pub fn session(&self, user: &str, password: &str, database: &str) -> Session {
        let child = self
            .psql_command(user, Some(password), database)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn psql");
        Session(child)
    }

    /// Runs `sql` as the superuser in `postgres` and answers its output; panics on failure.
    pub fn superuser_sql(&self, sql: &str) -> String {
        self.psql(SUPERUSER, None, "postgres", &[sql]).ok()
    }

    /// The number of sessions `user` has open, waiting until it is `expected` (or the deadline).
    pub async fn wait_for_sessions(&self, user: &str, expected: usize) -> usize {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let count: usize = self
                .superuser_sql(&format!(
                    "SELECT count(*) FROM pg_stat_activity WHERE usename = '{user}'"
                ))
                .parse()
                .expect("a count");
            if count == expected || Instant::now() > deadline {
                return count;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn server_command(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        if self.as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .server_command("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "-w", "stop"])
            .stdin(Stdio::null())
            .output();
    }
}

/// What a `psql` run answered.
pub struct Psql(pub Output);

impl Psql {
    /// Its output, after checking it succeeded.
    pub fn ok(self) -> String {
        assert!(
            self.0.status.success(),
            "psql failed ({}): {}",
            self.0.status,
            text_err(&self.0)
        );
        text(&self.0)
    }

    /// Its error output, after checking it failed and says `expected`.
    pub fn fails_with(self, expected: &str) -> String {
        let stderr = text_err(&self.0);
        assert!(
            !self.0.status.success(),
            "psql succeeded, expected `{expected}`: {}",
            text(&self.0)
        );
        assert!(
            stderr.contains(expected),
            "expected `{expected}`, psql said: {stderr}"
        );
        stderr
    }
}

/// A connected `psql`; killed on drop if still running.
pub struct Session(pub Child);

impl Session {
    /// Sends `sql`, closes the input and waits (up to a deadline) for `psql` to exit.
    pub async fn finish(mut self, sql: &str) -> Output {
        use std::io::Write;
        if let Some(mut stdin) = self.0.stdin.take() {
            // The server may have closed the session already: a broken pipe is an answer too.
            let _ = stdin.write_all(sql.as_bytes());
        }
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.0.try_wait().expect("psql status").is_none() {
            assert!(Instant::now() < deadline, "psql did not exit");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let mut output = Output {
            status: self.0.try_wait().expect("status").expect("exited"),
            stdout: Vec::new(),
            stderr: Vec::new(),
        };
        use std::io::Read;
        if let Some(mut out) = self.0.stdout.take() {
            let _ = out.read_to_end(&mut output.stdout);
        }
        if let Some(mut err) = self.0.stderr.take() {
            let _ = err.read_to_end(&mut output.stderr);
        }
        output
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// PostgreSQL's server programs: `pg_config --bindir`, else the newest
/// `/usr/lib/postgresql/*/bin` (Debian's), else the `PATH`.
fn bindir() -> PathBuf {
    let has_initdb = |dir: &Path| dir.join("initdb").is_file();
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let dir = PathBuf::from(text(&out));
        if out.status.success() && has_initdb(&dir) {
            return dir;
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, dir)| has_initdb(dir))
        .collect();
    versions.sort();
    versions
        .pop()
        .map(|(_, dir)| dir)
        .unwrap_or_else(|| PathBuf::from(""))
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn text_err(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).trim().to_owned()
}
