//! The `migration` binary's command line: its help, its refusals, and `down -n` reverting as
//! many migrations as it is told, on a database of its own.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

fn migration(args: &[&str], url: Option<&str>) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_migration"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    if let Some(url) = url {
        cmd.env("SLUICE__DATABASE__URL", url);
    }
    cmd.output().unwrap()
}

#[test]
fn help_lists_the_commands_and_bad_arguments_are_refused_with_the_usage() {
    let help = migration(&["--help"], None);
    assert_eq!(help.status.code(), Some(0), "{help:?}");
    let text = String::from_utf8_lossy(&help.stdout);
    for command in ["up", "down", "status", "fresh"] {
        assert!(text.contains(command), "{command}: {text}");
    }
    let down = migration(&["down", "--help"], None);
    assert!(String::from_utf8_lossy(&down.stdout).contains("--num"));
    for (args, says) in [
        (&["sideways"][..], "unrecognized subcommand 'sideways'"),
        (&["down", "-n", "two"], "invalid value 'two'"),
    ] {
        let out = migration(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{out:?}"
        );
    }
    // No database named: one line saying which variable to set.
    let out = migration(&["status"], None);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("SLUICE__DATABASE__URL"));
}

async fn applied(db: &DatabaseConnection) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT count(*) AS n FROM seaql_migrations",
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

#[tokio::test]
async fn down_reverts_as_many_migrations_as_it_is_told() {
    let server = std::env::var("SLUICE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://root@127.0.0.1:5432/postgres".to_owned());
    // `sluice_test_<seconds>_…`: the test harness drops it after an hour if this test crashes.
    let name = format!("sluice_test_{}", unique());
    let admin = Database::connect(&server).await.unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .unwrap();
    let url = match server.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{name}"),
        None => format!("{server}/{name}"),
    };
    let result = async move {
        let up = migration(&["up"], Some(&url));
        assert_eq!(up.status.code(), Some(0), "{up:?}");
        let db = Database::connect(&url).await.unwrap();
        let all = applied(&db).await;
        assert!(all >= 3, "{all}");
        let default = migration(&["down"], Some(&url));
        assert_eq!(default.status.code(), Some(0), "{default:?}");
        assert_eq!(applied(&db).await, all - 1);
        let two = migration(&["down", "-n", "2"], Some(&url));
        assert_eq!(two.status.code(), Some(0), "{two:?}");
        assert_eq!(applied(&db).await, all - 3);
        // No command is `up`.
        let again = migration(&[], Some(&url));
        assert_eq!(again.status.code(), Some(0), "{again:?}");
        assert_eq!(applied(&db).await, all);
        db.close().await.unwrap();
    };
    let outcome = tokio::spawn(result).await;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .unwrap();
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic.into_panic());
    }
}

/// `<unix seconds>_cli<pid><nanos>`: unique enough for concurrent test runs.
fn unique() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    format!(
        "{}_cli{}{}",
        now.as_secs(),
        std::process::id(),
        now.subsec_nanos()
    )
}
