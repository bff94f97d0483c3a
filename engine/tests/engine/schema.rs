//! The control-plane schema itself: migrations that go down and up again, and the invariants
//! PostgreSQL enforces whatever the code does (tenant-safe references, one active run per
//! pipeline, lower-case e-mails, an index behind every foreign key).

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::{self, PgPool};
use sluice_testing::{TestDatabase, server_url};
use uuid::Uuid;

/// Tables, columns, indexes, constraints, functions and triggers of the `public` schema, one
/// line each, sorted.
async fn schema(pool: &PgPool) -> Vec<String> {
    let queries = [
        "SELECT 'relation ' || relname || ' ' || relkind::text FROM pg_class \
         WHERE relnamespace = 'public'::regnamespace",
        // Columns in order (by rank: a column dropped and added again leaves a gap in
        // `ordinal_position`).
        "SELECT 'column ' || table_name || '.' || column_name || ' #' \
           || row_number() OVER (PARTITION BY table_name ORDER BY ordinal_position) || ' ' \
           || data_type || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '-') \
         FROM information_schema.columns WHERE table_schema = 'public'",
        "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'",
        "SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) \
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
        "SELECT 'function ' || oid::regprocedure::text || ' ' || md5(pg_get_functiondef(oid)) \
         FROM pg_proc WHERE pronamespace = 'public'::regnamespace",
        "SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal",
    ];
    let mut lines = Vec::new();
    for sql in queries {
        lines.extend(
            sqlx::query_scalar::<_, String>(sql)
                .fetch_all(pool)
                .await
                .unwrap(),
        );
    }
    lines.sort();
    lines
}

/// `sql` with `$1`, `$2`.. replaced by `ids` as literals (generated ids, safe to write in).
fn fill(sql: &str, ids: &[Uuid]) -> String {
    let mut sql = sql.to_owned();
    for (i, id) in ids.iter().enumerate().rev() {
        sql = sql.replace(&format!("${}", i + 1), &format!("'{id}'::uuid"));
    }
    sql
}

async fn execute(pool: &PgPool, sql: &str, ids: &[Uuid]) -> Result<(), sqlx::Error> {
    sqlx::raw_sql(sqlx::AssertSqlSafe(fill(sql, ids)))
        .execute(pool)
        .await
        .map(|_| ())
}

#[tokio::test]
async fn every_migration_goes_down_and_up_to_the_same_schema() {
    // A fresh database migrated in place, not a copy of the suites' template.
    let database = TestDatabase::create_on(&server_url()).await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    let before = schema(&pool).await;
    assert!(before.iter().any(|l| l == "relation runs r"), "{before:#?}");

    Migrator::down(&db, None).await.unwrap();
    let empty = schema(&pool).await;
    let left: Vec<&String> = empty
        .iter()
        .filter(|l| !l.contains("seaql_migrations"))
        .collect();
    assert!(left.is_empty(), "all the way down leaves {left:#?}");

    Migrator::up(&db, None).await.unwrap();
    let after = schema(&pool).await;
    let missing: Vec<&String> = before.iter().filter(|l| !after.contains(l)).collect();
    let extra: Vec<&String> = after.iter().filter(|l| !before.contains(l)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "down and up again changed the schema:\nmissing {missing:#?}\nextra {extra:#?}"
    );
}

/// Each `down` gives back exactly the schema its `up` started from.
#[tokio::test]
async fn each_migration_down_restores_the_schema_before_its_up() {
    let database = TestDatabase::create_on(&server_url()).await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    Migrator::down(&db, None).await.unwrap();
    // The schema after each migration, going up from nothing.
    let mut states = vec![schema(&pool).await];
    for _ in Migrator::migrations() {
        Migrator::up(&db, Some(1)).await.unwrap();
        states.push(schema(&pool).await);
    }
    let names: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    for k in (0..names.len()).rev() {
        Migrator::down(&db, Some(1)).await.unwrap();
        let now = schema(&pool).await;
        let missing: Vec<&String> = states[k].iter().filter(|l| !now.contains(l)).collect();
        let extra: Vec<&String> = now.iter().filter(|l| !states[k].contains(l)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "down of {} left:\nmissing {missing:#?}\nextra {extra:#?}",
            names[k]
        );
    }
}

/// Every foreign key can find its referencing rows through an index whose first column is the
/// key's own reference (for `(tenant_id, x)`, `x`), so deleting a parent never scans a table.
#[tokio::test]
async fn every_foreign_key_has_an_index() {
    let database = TestDatabase::create().await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    let unindexed: Vec<String> = sqlx::query_scalar(
        "SELECT c.conrelid::regclass::text || '.' || a.attname || ' (' || c.conname || ')' \
         FROM pg_constraint c \
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[array_length(c.conkey, 1)] \
         WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace \
           AND NOT EXISTS ( \
             SELECT 1 FROM pg_index i \
             WHERE i.indrelid = c.conrelid AND i.indkey[0] = a.attnum \
               AND (i.indpred IS NULL \
                    OR pg_get_expr(i.indpred, i.indrelid) = '(' || a.attname || ' IS NOT NULL)')) \
         ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(unindexed.is_empty(), "no index behind {unindexed:#?}");
}

/// Two tenants, each with a user, a source, a pipeline and a run.
struct Tenants {
    pool: PgPool,
    a: Owned,
    b: Owned,
    _database: TestDatabase,
}

struct Owned {
    tenant: Uuid,
    user: Uuid,
    source: Uuid,
    pipeline: Uuid,
    run: Uuid,
}

impl Tenants {
    async fn new() -> Self {
        let database = TestDatabase::create().await.unwrap();
        let db = database.connect().await.unwrap();
        let pool = db.get_postgres_connection_pool().clone();
        let a = Self::tenant(&pool, "a").await;
        let b = Self::tenant(&pool, "b").await;
        Self {
            pool,
            a,
            b,
            _database: database,
        }
    }

    async fn tenant(pool: &PgPool, name: &str) -> Owned {
        let owned = Owned {
            tenant: Uuid::now_v7(),
            user: Uuid::now_v7(),
            source: Uuid::now_v7(),
            pipeline: Uuid::now_v7(),
            run: Uuid::now_v7(),
        };
        let statements = [
            "INSERT INTO tenants (id, name, schema_name) VALUES ($1, 'x', 't_' || $1::text)",
            "INSERT INTO users (id, tenant_id, email, password_hash, role) \
             VALUES ($2, $1, $2::text || '@example.com', 'x', 'admin')",
            "INSERT INTO sources (id, tenant_id, name, url, format) \
             VALUES ($3, $1, 'src', 'https://example.com/a.csv', 'csv')",
            "INSERT INTO pipelines (id, tenant_id, name, spec, destination_table) \
             VALUES ($4, $1, 'p', '{}', 't')",
            "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger) \
             VALUES ($5, $1, $4, 'succeeded', 'manual')",
        ];
        let ids = [
            owned.tenant,
            owned.user,
            owned.source,
            owned.pipeline,
            owned.run,
        ];
        for sql in statements {
            execute(pool, sql, &ids)
                .await
                .unwrap_or_else(|e| panic!("tenant {name}: {sql}: {e}"));
        }
        owned
    }

    /// Runs `sql` with tenant b's ids as $1.. $5 and tenant a's as $6.. $10 (tenant, user,
    /// source, pipeline, run).
    async fn insert(&self, sql: &str) -> Result<(), sqlx::Error> {
        let ids: Vec<Uuid> = [&self.b, &self.a]
            .into_iter()
            .flat_map(|o| [o.tenant, o.user, o.source, o.pipeline, o.run])
            .collect();
        execute(&self.pool, sql, &ids).await
    }
}

#[tokio::test]
async fn the_database_refuses_a_reference_into_another_tenant() {
    let t = Tenants::new().await;
    // Tenant b's rows, each pointing at one of tenant a's ($6..$10): none may exist.
    let cross = [
        (
            "a run of a's pipeline",
            "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger) \
             VALUES (gen_random_uuid(), $1, $9, 'succeeded', 'manual')",
        ),
        (
            "an API token of a's user",
            "INSERT INTO api_tokens (id, tenant_id, user_id, name, role, token_hash, prefix) \
             VALUES (gen_random_uuid(), $1, $7, 't', 'admin', gen_random_uuid()::text, 'slc_x')",
        ),
        (
            "a's source feeding b's pipeline",
            "INSERT INTO pipeline_sources (tenant_id, pipeline_id, frame, source_id) \
             VALUES ($1, $4, 'raw', $8)",
        ),
        (
            "a failed record of a's run",
            "INSERT INTO failed_records (id, tenant_id, pipeline_id, run_id, source, raw_record, record_hash, reason) \
             VALUES (gen_random_uuid(), $1, $4, $10, 'raw', '{}', 'h', 'r')",
        ),
        (
            "a failed record resolved by a's run",
            "INSERT INTO failed_records (id, tenant_id, pipeline_id, resolved_run_id, source, raw_record, record_hash, reason) \
             VALUES (gen_random_uuid(), $1, $4, $10, 'raw', '{}', 'h', 'r')",
        ),
        (
            "a failed record of a's pipeline",
            "INSERT INTO failed_records (id, tenant_id, pipeline_id, source, raw_record, record_hash, reason) \
             VALUES (gen_random_uuid(), $1, $9, 'raw', '{}', 'h', 'r')",
        ),
        (
            "a delivery of a's run",
            "INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, event_type, payload) \
             VALUES (gen_random_uuid(), $1, $4, $10, 'email', 'x@example.com', gen_random_uuid(), 'run.failed', '{}')",
        ),
        (
            "a delivery of a's pipeline",
            "INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, event_type, payload) \
             VALUES (gen_random_uuid(), $1, $9, $5, 'email', 'x@example.com', gen_random_uuid(), 'run.failed', '{}')",
        ),
    ];
    for (what, sql) in cross {
        match t.insert(sql).await {
            Err(sqlx::Error::Database(e)) => assert_eq!(
                e.code().as_deref(),
                Some("23503"),
                "{what}: refused, but not as a foreign-key violation: {e}"
            ),
            other => panic!("{what}: the database accepted it ({other:?})"),
        }
    }
    // The same rows within one tenant are fine.
    let own = [
        "INSERT INTO pipeline_sources (tenant_id, pipeline_id, frame, source_id) VALUES ($1, $4, 'raw', $3)",
        "INSERT INTO failed_records (id, tenant_id, pipeline_id, run_id, resolved_run_id, source, raw_record, record_hash, reason) \
         VALUES (gen_random_uuid(), $1, $4, $5, $5, 'raw', '{}', 'h', 'r')",
        "INSERT INTO api_tokens (id, tenant_id, user_id, name, role, token_hash, prefix) \
         VALUES (gen_random_uuid(), $1, $2, 't', 'admin', gen_random_uuid()::text, 'slc_x')",
    ];
    for sql in own {
        t.insert(sql).await.unwrap();
    }
}

#[tokio::test]
async fn a_pipeline_has_at_most_one_active_run_by_constraint() {
    let t = Tenants::new().await;
    let insert = |status: &'static str| {
        let pool = t.pool.clone();
        let (tenant, pipeline) = (t.a.tenant, t.a.pipeline);
        async move {
            sqlx::query(
                "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger) VALUES ($1, $2, $3, $4, 'manual')",
            )
            .bind(Uuid::now_v7())
            .bind(tenant)
            .bind(pipeline)
            .bind(status)
            .execute(&pool)
            .await
        }
    };
    // Finished runs do not count.
    insert("failed").await.unwrap();
    insert("queued").await.unwrap();
    for status in ["queued", "retrying", "running"] {
        match insert(status).await {
            Err(sqlx::Error::Database(e)) => {
                assert_eq!(e.constraint(), Some("runs_one_active"), "{status}: {e}")
            }
            other => panic!("a second active run ({status}) was accepted: {other:?}"),
        }
    }
    // Another pipeline is not affected.
    sqlx::query(
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger) VALUES ($1, $2, $3, 'queued', 'manual')",
    )
    .bind(Uuid::now_v7())
    .bind(t.b.tenant)
    .bind(t.b.pipeline)
    .execute(&t.pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn the_database_keeps_emails_lower_case() {
    let database = TestDatabase::create().await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    let tenant = Uuid::now_v7();
    sqlx::query("INSERT INTO tenants (id, name, schema_name) VALUES ($1, 'x', 't_x')")
        .bind(tenant)
        .execute(&pool)
        .await
        .unwrap();
    let insert = |email: &'static str| {
        sqlx::query(
            "INSERT INTO users (id, tenant_id, email, password_hash, role) VALUES ($1, $2, $3, 'x', 'admin')",
        )
        .bind(Uuid::now_v7())
        .bind(tenant)
        .bind(email)
        .execute(&pool)
    };
    match insert("Ada@Example.com").await {
        Err(sqlx::Error::Database(e)) => {
            assert_eq!(e.constraint(), Some("users_email_lower"), "{e}")
        }
        other => panic!("a mixed-case e-mail was stored: {other:?}"),
    }
    insert("ada@example.com").await.unwrap();
    match insert("ada@example.com").await {
        Err(sqlx::Error::Database(e)) => assert_eq!(e.constraint(), Some("users_email_key")),
        other => panic!("an e-mail got two accounts: {other:?}"),
    }
}

#[tokio::test]
async fn the_integrity_migration_lower_cases_emails_and_cancels_stacked_runs() {
    let database = TestDatabase::create_on(&server_url()).await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    // Before the integrity migration: mixed-case e-mails, and runs queued behind a running one.
    let migrations = Migrator::migrations();
    let integrity = migrations
        .iter()
        .position(|m| m.name() == "m20261130_000005_integrity")
        .unwrap();
    Migrator::down(&db, Some((migrations.len() - integrity) as u32))
        .await
        .unwrap();
    let (tenant, pipeline) = (Uuid::now_v7(), Uuid::now_v7());
    let runs: Vec<Uuid> = (0..3).map(|_| Uuid::now_v7()).collect();
    let statements = [
        "INSERT INTO tenants (id, name, schema_name) VALUES ($1, 'x', 't_x')",
        "INSERT INTO users (id, tenant_id, email, password_hash, role) \
         VALUES (gen_random_uuid(), $1, 'Ada@Example.COM', 'x', 'admin')",
        "INSERT INTO pipelines (id, tenant_id, name, spec, destination_table) VALUES ($2, $1, 'p', '{}', 't')",
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger) VALUES ($3, $1, $2, 'queued', 'schedule')",
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger) VALUES ($4, $1, $2, 'running', 'schedule')",
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger) VALUES ($5, $1, $2, 'retrying', 'manual')",
    ];
    let ids = [tenant, pipeline, runs[0], runs[1], runs[2]];
    for sql in statements {
        execute(&pool, sql, &ids)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    Migrator::up(&db, None).await.unwrap();
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE tenant_id = $1")
        .bind(tenant)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(email, "ada@example.com");
    let statuses: Vec<String> = sqlx::query_scalar("SELECT status FROM runs ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(statuses, ["canceled", "running", "canceled"]);
}
