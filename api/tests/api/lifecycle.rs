//! A destination table outlives its pipeline unless asked otherwise, and a new pipeline takes it
//! over only when it says so.

use serde_json::{Value, json};

use crate::{
    helpers::reference_pipeline,
    runs::{Fixture, finished, fixture, start_worker_with, wait_for_run},
};

async fn run_to_end(f: &Fixture, pipeline: &str) -> Value {
    let run = f
        .app
        .trigger_run(&f.session.token, pipeline, json!({}))
        .await;
    wait_for_run(f, &run, finished).await
}

/// `schema.us_covid`'s row count, or None when the table does not exist.
async fn rows(f: &Fixture, schema: &str) -> Option<i64> {
    let pool = f.app.db.get_postgres_connection_pool();
    let exists: Option<String> = sea_orm::sqlx::query_scalar("SELECT to_regclass($1)::text")
        .bind(format!("\"{schema}\".us_covid"))
        .fetch_one(pool)
        .await
        .unwrap();
    exists?;
    let sql = format!("SELECT count(*) FROM \"{schema}\".us_covid");
    Some(
        sea_orm::sqlx::query_scalar(sea_orm::sqlx::AssertSqlSafe(sql))
            .fetch_one(pool)
            .await
            .unwrap(),
    )
}

#[tokio::test]
async fn a_table_is_kept_refused_adopted_and_dropped() {
    let f = fixture().await;
    let token = &f.session.token;
    let _worker = start_worker_with(&f, |s| s).await;
    let schema = f.app.get("/api/v1/me", token).await.body["tenant"]["schema"]
        .as_str()
        .unwrap()
        .to_owned();
    let first = run_to_end(&f, &f.pipeline).await;
    assert_eq!(first["status"], "succeeded", "{first:#}");
    assert_eq!(rows(&f, &schema).await, Some(170));

    // Kept by default, and the answer says so.
    let deleted = f
        .app
        .delete(&format!("/api/v1/pipelines/{}", f.pipeline), token)
        .await
        .expect(200)
        .body;
    assert_eq!(deleted["table_dropped"], false);
    assert!(
        deleted["message"].as_str().unwrap().contains("kept"),
        "{deleted:#}"
    );
    assert_eq!(rows(&f, &schema).await, Some(170));

    // A new pipeline naming the table is refused, with both ways out.
    let refused = f
        .app
        .post("/api/v1/pipelines", token, reference_pipeline())
        .await
        .expect_error(409, "destination_exists");
    let message = refused.body["message"].as_str().unwrap();
    assert!(message.contains("\"adopt\": true"), "{message}");
    assert!(message.contains("spec.destination.table"), "{message}");

    // Adopted: the old rows are the new pipeline's, and its first run duplicates none.
    let mut adopting = reference_pipeline();
    adopting["adopt"] = json!(true);
    let adopted = f
        .app
        .post("/api/v1/pipelines", token, adopting)
        .await
        .expect(201)
        .body;
    let adopted = adopted["id"].as_str().unwrap().to_owned();
    let again = run_to_end(&f, &adopted).await;
    assert_eq!(again["status"], "succeeded", "{again:#}");
    assert_eq!(again["counts"]["inserted"], 0, "{again:#}");
    assert_eq!(again["counts"]["updated"], 0, "{again:#}");
    assert_eq!(rows(&f, &schema).await, Some(170));
    // Re-applying the same document (the table is the pipeline's own now) needs no adopt.
    f.app
        .put(
            "/api/v1/pipelines/by-name/us-covid",
            token,
            json!({"spec": reference_pipeline()["spec"], "description": "again"}),
        )
        .await
        .expect(200);

    // While a run holds the table, dropping it waits, then gives up with nothing deleted.
    let pool = f.app.db.get_postgres_connection_pool();
    let mut holder = pool.begin().await.unwrap();
    sea_orm::sqlx::query(sea_orm::sqlx::AssertSqlSafe(format!(
        "LOCK TABLE \"{schema}\".us_covid IN ACCESS SHARE MODE"
    )))
    .execute(&mut *holder)
    .await
    .unwrap();
    let path = format!("/api/v1/pipelines/{adopted}");
    f.app
        .delete(&format!("{path}?drop_table=true"), token)
        .await
        .expect_error(409, "table_busy");
    holder.rollback().await.unwrap();
    f.app.get(&path, token).await.expect(200);
    assert_eq!(rows(&f, &schema).await, Some(170));

    // Dropped in the same transaction as the deletion.
    let dropped = f
        .app
        .delete(&format!("{path}?drop_table=true"), token)
        .await
        .expect(200)
        .body;
    assert_eq!(dropped["table_dropped"], true);
    assert_eq!(rows(&f, &schema).await, None);
    f.app
        .get(&path, token)
        .await
        .expect_error(404, "pipeline_not_found");
    // The name and the table are free: no adopt needed.
    f.app
        .post("/api/v1/pipelines", token, reference_pipeline())
        .await
        .expect(201);
}

#[tokio::test]
async fn a_table_sluice_did_not_create_is_never_adopted() {
    let f = fixture().await;
    let token = &f.session.token;
    let schema = f.app.get("/api/v1/me", token).await.body["tenant"]["schema"]
        .as_str()
        .unwrap()
        .to_owned();
    sea_orm::sqlx::raw_sql(sea_orm::sqlx::AssertSqlSafe(format!(
        "CREATE TABLE \"{schema}\".by_hand (id int PRIMARY KEY)"
    )))
    .execute(f.app.db.get_postgres_connection_pool())
    .await
    .unwrap();
    let mut doc = reference_pipeline();
    doc["name"] = json!("by-hand");
    doc["spec"]["destination"]["table"] = json!("by_hand");
    doc["adopt"] = json!(true);
    let refused = f
        .app
        .post("/api/v1/pipelines", token, doc)
        .await
        .expect_error(409, "destination_exists");
    assert!(
        refused.body["message"]
            .as_str()
            .unwrap()
            .contains("not created by Sluice"),
        "{:#}",
        refused.body
    );
    // Changing an existing pipeline's destination to it is refused the same way.
    let mut moved = reference_pipeline();
    moved["spec"]["destination"]["table"] = json!("by_hand");
    f.app
        .put(&format!("/api/v1/pipelines/{}", f.pipeline), token, moved)
        .await
        .expect_error(409, "destination_exists");
}
