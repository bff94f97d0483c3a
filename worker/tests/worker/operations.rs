//! Operating the real binary: production refuses the shipped example secrets, and `reseal`
//! moves the stored secrets to a new encryption key.

use base64::{Engine as _, engine::general_purpose::STANDARD};
use sea_orm::sqlx;
use sluice_engine::{crypto::Encryptor, settings::workspace_config_dir};
use sluice_testing::{TEST_ENCRYPTION_KEY, TestDatabase};
use uuid::Uuid;

use crate::{secrets, worker};

/// `deploy/sluice.env.example`'s value of `var`, as an operator copying it would pass it.
fn example_value(var: &str) -> String {
    let path = workspace_config_dir()
        .parent()
        .unwrap()
        .join("deploy/sluice.env.example");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{var}=")))
        .unwrap_or_else(|| panic!("{var} is not in sluice.env.example"))
        .to_owned()
}

#[test]
fn production_refuses_the_example_key_and_leaves_the_example_jwt_secret_to_the_api() {
    let jwt = example_value("SLUICE__AUTH__JWT_SECRET");
    let key = example_value("SLUICE__ENCRYPTION__KEY");
    let out = worker(&[("SLUICE__ENCRYPTION__KEY", key.clone())])
        .env("SLUICE_ENVIRONMENT", "production")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.contains("encryption.key is too weak for production")
            && stderr.contains("placeholder")
            && stderr.contains("head -c 32 /dev/urandom | base64"),
        "{stderr}"
    );
    assert!(!stderr.contains(&key), "the secret is echoed: {stderr}");
    // The example JWT secret is the API's to refuse: the worker's settings load, and what stops
    // it is the database (a port that refuses connections, held for the whole test).
    let held = tokio::net::TcpSocket::new_v4().unwrap();
    held.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let port = held.local_addr().unwrap().port();
    let out = worker(&[
        ("SLUICE__AUTH__JWT_SECRET", jwt.clone()),
        (
            "SLUICE__ENCRYPTION__KEY",
            STANDARD.encode(rand::random::<[u8; 32]>()),
        ),
        (
            "SLUICE__DATABASE__URL",
            format!("postgres://root@127.0.0.1:{port}/x"),
        ),
        ("SLUICE__DATABASE__CONNECT_TIMEOUT_SECS", "2".into()),
        ("SLUICE__DATABASE__ACQUIRE_TIMEOUT_SECS", "2".into()),
    ])
    .env("SLUICE_ENVIRONMENT", "production")
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is unreachable") && !stderr.contains("jwt_secret"),
        "{stderr}"
    );
}

#[tokio::test]
async fn reseal_moves_stored_secrets_to_the_new_key_and_can_run_again() {
    let database = TestDatabase::create().await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    let tenant = Uuid::now_v7();
    sqlx::query("INSERT INTO tenants (id, name, schema_name) VALUES ($1, 't', $2)")
        .bind(tenant)
        .bind(format!("t_{}", tenant.simple()))
        .execute(&pool)
        .await
        .unwrap();
    let source = Uuid::now_v7();
    let context = format!("source:{source}");
    // Sealed with the key the test settings use: the one being replaced.
    let old = Encryptor::new(TEST_ENCRYPTION_KEY);
    sqlx::query(
        "INSERT INTO sources (id, tenant_id, name, url, format, auth_header) \
         VALUES ($1, $2, 's', 'https://example.com/s.csv', 'csv', $3)",
    )
    .bind(source)
    .bind(tenant)
    .bind(old.seal(b"Bearer s3cret", &context))
    .execute(&pool)
    .await
    .unwrap();

    let new_key: [u8; 32] = rand::random();
    let mut envs = secrets(&database.url);
    // Without the old key it says what to set, and changes nothing.
    let out = worker(&envs).arg("reseal").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("SLUICE__ENCRYPTION__PREVIOUS_KEY") && stderr.trim().lines().count() == 1,
        "{stderr}"
    );

    envs.retain(|(k, _)| *k != "SLUICE__ENCRYPTION__KEY");
    envs.push(("SLUICE__ENCRYPTION__KEY", STANDARD.encode(new_key)));
    envs.push((
        "SLUICE__ENCRYPTION__PREVIOUS_KEY",
        STANDARD.encode(TEST_ENCRYPTION_KEY),
    ));
    let stored = || async {
        sqlx::query_scalar::<_, Vec<u8>>("SELECT auth_header FROM sources WHERE id = $1")
            .bind(source)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    for expected in [
        serde_json::json!({"resealed": 1, "already_current": 0}),
        serde_json::json!({"resealed": 0, "already_current": 1}),
    ] {
        let out = worker(&envs).arg("reseal").output().unwrap();
        assert!(out.status.success(), "{out:?}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report, expected);
        let sealed = stored().await;
        assert_eq!(
            Encryptor::new(&new_key).open(&sealed, &context).unwrap(),
            b"Bearer s3cret"
        );
        assert!(old.open(&sealed, &context).is_err());
    }
    drop(db);
}

/// The reconciler's leader runs retention: with two workers, old finished runs go (one row per
/// statement here, so the pass loops), the pipeline's latest runs stay.
#[tokio::test(flavor = "multi_thread")]
async fn the_reconcilers_leader_deletes_old_runs() {
    let mut c = crate::cluster::Cluster::new().await;
    c.env("SLUICE__RETENTION__BATCH_ROWS", "1");
    c.env("SLUICE__RETENTION__EVERY_SECS", "1");
    let pipeline = c.numbers_pipeline("kept", None).await;
    let mut runs = Vec::new();
    for days in [200, 150, 120, 100, 1] {
        let id = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger, created_at) \
             VALUES ($1, $2, $3, 'succeeded', 'manual', now() - make_interval(days => $4))",
        )
        .bind(id)
        .bind(c.tenant)
        .bind(pipeline)
        .bind(days)
        .execute(&c.pool)
        .await
        .unwrap();
        runs.push(id);
    }
    c.spawn_worker();
    c.spawn_worker();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let left = loop {
        let left: Vec<Uuid> =
            sqlx::query_scalar("SELECT id FROM runs WHERE pipeline_id = $1 ORDER BY id")
                .bind(pipeline)
                .fetch_all(&c.pool)
                .await
                .unwrap();
        if left.len() <= 1 || std::time::Instant::now() >= deadline {
            break left;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    // The four old ones went; the recent one, also the pipeline's latest, stays.
    assert_eq!(left, [runs[4]]);
}
