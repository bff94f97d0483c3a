use std::{collections::BTreeMap, sync::Arc};

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, Statement,
    sqlx::{self, PgPool, Row},
};
use serde_json::{Value, json};
use sluice_engine::{
    etl::{
        extract::Fetcher,
        run::{self, Engine, RunError, RunReport},
    },
    settings::ExtractSettings,
    spec::PipelineSpec,
};
use sluice_testing::{TestDatabase, http::TestServer};
use uuid::Uuid;

pub const NYT: &str = include_str!("../../../data/us-covid/us.csv");
pub const JHU: &str =
    include_str!("../../../data/us-covid/time_series_covid19_recovered_global.csv");

pub fn extract_settings(allow: &[&str]) -> ExtractSettings {
    ExtractSettings {
        allow_hosts: allow.iter().map(|s| s.to_string()).collect(),
        local_dir: None,
        download_dir: None,
        download_budget_bytes: 1 << 30,
        max_bytes: 50 * 1024 * 1024,
        connect_timeout_secs: 5,
        timeout_secs: 30,
        max_redirects: 5,
    }
}

/// Destinations on loopback allowed, as a test's private PostgreSQL server is.
pub fn destination_settings() -> sluice_engine::settings::DestinationSettings {
    sluice_engine::settings::DestinationSettings {
        allow_hosts: Vec::new(),
        allow_networks: vec!["127.0.0.1/32".to_owned()],
        connect_timeout_secs: 5,
    }
}

pub struct Env {
    pub db: DatabaseConnection,
    pub pool: PgPool,
    pub server: TestServer,
    pub engine: Engine,
    pub tenant_id: Uuid,
    pub schema: String,
    sources: BTreeMap<String, Uuid>,
    _database: TestDatabase,
}

impl Env {
    pub async fn new() -> Self {
        Self::with_batch_rows(run::DEFAULT_BATCH_ROWS).await
    }

    pub async fn with_batch_rows(batch_rows: usize) -> Self {
        sluice_engine::telemetry::init_for_tests();
        let database = TestDatabase::create().await.unwrap();
        let db = database.connect().await.unwrap();
        let pool = db.get_postgres_connection_pool().clone();
        let tenant_id = Uuid::now_v7();
        let schema = format!("t_{}", tenant_id.simple());
        sqlx::query("INSERT INTO tenants (id, name, schema_name) VALUES ($1, 'test', $2)")
            .bind(tenant_id)
            .bind(&schema)
            .execute(&pool)
            .await
            .unwrap();
        let server = TestServer::start().await;
        let engine = Engine {
            fetcher: Fetcher::new(&extract_settings(&["127.0.0.1"])).unwrap(),
            pool: pool.clone(),
            batch_rows,
            compare_rows_in_memory: sluice_engine::etl::run::DEFAULT_COMPARE_ROWS_IN_MEMORY,
            pair_slice_pages: sluice_engine::etl::run::DEFAULT_PAIR_SLICE_PAGES,
            destinations: sluice_engine::etl::run::DestinationAccess::new(&destination_settings()),
        };
        Self {
            db,
            pool,
            server,
            engine,
            tenant_id,
            schema,
            sources: BTreeMap::new(),
            _database: database,
        }
    }

    /// Registers a source named `name` served at `/<name>`.
    pub async fn source(&mut self, name: &str, format: &str, options: Value) -> Uuid {
        let id = Uuid::now_v7();
        sqlx::query("INSERT INTO sources (id, tenant_id, name, url, format, options) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id)
            .bind(self.tenant_id)
            .bind(name)
            .bind(self.server.url(&format!("/{name}")))
            .bind(format)
            .bind(options)
            .execute(&self.pool)
            .await
            .unwrap();
        self.sources.insert(name.to_owned(), id);
        id
    }

    pub async fn pipeline(&self, spec: Value) -> Uuid {
        let parsed = PipelineSpec::parse(&spec).unwrap_or_else(|e| panic!("invalid spec: {e:?}"));
        let id = Uuid::now_v7();
        sqlx::query("INSERT INTO pipelines (id, tenant_id, name, spec, destination_table) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(self.tenant_id)
            .bind(format!("p-{id}"))
            .bind(parsed.to_json())
            .bind(parsed.destination.table.to_string())
            .execute(&self.pool)
            .await
            .unwrap();
        for (frame, source) in &parsed.sources {
            sqlx::query(
                "INSERT INTO pipeline_sources (pipeline_id, frame, source_id, tenant_id) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(frame.as_str())
            .bind(self.sources[source.source.as_str()])
            .bind(self.tenant_id)
            .execute(&self.pool)
            .await
            .unwrap();
        }
        id
    }

    /// Registers both reference sources, serves the sample files, and creates the shipped
    /// reference pipeline.
    pub async fn reference(&mut self) -> Uuid {
        self.source("nyt-us", "csv", json!({})).await;
        self.source("jhu-recovered-global", "csv", json!({})).await;
        self.server.body("/nyt-us", NYT);
        self.server.body("/jhu-recovered-global", JHU);
        let doc: Value =
            serde_json::from_str(include_str!("../../../examples/us-covid/pipeline.json")).unwrap();
        self.pipeline(doc["spec"].clone()).await
    }

    pub async fn run(&self, pipeline: Uuid) -> Result<RunReport, RunError> {
        self.run_with(pipeline, false).await
    }

    /// One run through the engine, recorded in `runs` like the worker's `run-once`.
    pub async fn run_with(&self, pipeline: Uuid, full_reload: bool) -> Result<RunReport, RunError> {
        let run_id = sluice_engine::run_records::create_held(
            &self.pool,
            pipeline,
            "test-worker",
            full_reload,
        )
        .await?;
        let encryptor = sluice_engine::crypto::Encryptor::new(&[7; 32]);
        let result = async {
            let req = run::request(
                &self.db,
                &encryptor,
                run_id,
                pipeline,
                Some("test-worker".into()),
                full_reload,
            )
            .await?;
            run::execute(&self.engine, req, Arc::new(|_| {})).await
        }
        .await;
        if let Err(e) = &result {
            run::fail_run(&self.pool, run_id, Some("test-worker"), e)
                .await
                .expect("record the failed run");
        }
        result
    }

    pub async fn count(&self, table: &str) -> i64 {
        self.scalar(&format!(
            "SELECT count(*) FROM \"{}\".\"{table}\"",
            self.schema
        ))
        .await
    }

    pub async fn table_exists(&self, table: &str) -> bool {
        let sql = format!(
            "SELECT count(*) FROM pg_tables WHERE schemaname = '{}' AND tablename = '{table}'",
            self.schema
        );
        self.scalar(&sql).await == 1
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        let row = self
            .db
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("SELECT ({sql})::bigint AS v"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "v").unwrap()
    }

    /// (cases, deaths, recovered) of one date in `us_covid`.
    pub async fn covid_day(&self, date: &str) -> Option<(i64, i64, i64)> {
        let sql = format!(
            "SELECT cases, deaths, recovered FROM \"{}\".us_covid WHERE date = $1",
            self.schema
        );
        sqlx::query(sea_orm::sqlx::AssertSqlSafe(sql))
            .bind(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap())
            .fetch_optional(&self.pool)
            .await
            .unwrap()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
    }

    /// The latest run of a pipeline: (status, error).
    pub async fn last_run(&self, pipeline: Uuid) -> (String, Option<String>) {
        let r = sqlx::query(
            "SELECT status, error FROM runs WHERE pipeline_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(pipeline)
        .fetch_one(&self.pool)
        .await
        .unwrap();
        (r.get(0), r.get(1))
    }
}
