//! Reading what a pipeline loaded: its destination table.

use std::time::{Duration, Instant};

use crate::runs::{finished, fixture, start_worker_with, trigger, wait_for_run};

#[tokio::test]
async fn the_destination_table_is_described_after_the_first_load() {
    let f = fixture().await;
    let path = format!("/api/v1/pipelines/{}/table", f.pipeline);
    f.app
        .get(&path, &f.session.token)
        .await
        .expect_error(404, "table_not_found");

    let _worker = start_worker_with(&f, |s| s).await;
    let run = trigger(&f).await["id"].as_str().unwrap().to_owned();
    let done = wait_for_run(&f, &run, finished).await;
    assert_eq!(done["status"], "succeeded", "{done:#}");

    // A viewer reads it too.
    let viewer = f
        .app
        .add_user(&f.session, "vic@example.com", "viewer")
        .await;
    let table = f.app.get(&path, &viewer.token).await.expect(200).body;
    assert_eq!(table["table"], "us_covid");
    assert!(
        table["schema"]
            .as_str()
            .is_some_and(|s| s.starts_with("t_")),
        "{table:#}"
    );
    assert_eq!(table["last_changed_by"]["run_id"], run.as_str());
    let columns = table["columns"].as_array().unwrap();
    let column = |name: &str| {
        columns
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no column {name}: {table:#}"))
    };
    let date = column("date");
    assert_eq!(date["pg_type"], "date");
    assert_eq!(date["primary_key"], true);
    assert_eq!(date["nullable"], false);
    assert_eq!(date["bookkeeping"], false);
    let cases = column("cases");
    assert_eq!(cases["pg_type"], "bigint");
    assert_eq!(cases["primary_key"], false);
    assert_eq!(cases["nullable"], true);
    assert_eq!(column("recovered")["pg_type"], "bigint");
    assert_eq!(column("_sluice_hash")["bookkeeping"], true);
    assert_eq!(
        column("_sluice_loaded_at")["pg_type"],
        "timestamp with time zone"
    );

    // The estimate comes from PostgreSQL's statistics, which reach 170 shortly after the load.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let table = f.app.get(&path, &f.session.token).await.expect(200).body;
        if table["estimated_rows"] == 170 {
            break;
        }
        assert!(Instant::now() < deadline, "estimate stuck: {table:#}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // A run that changes nothing (the sources did not change) is not the table's last change.
    let again = trigger(&f).await["id"].as_str().unwrap().to_owned();
    let again = wait_for_run(&f, &again, finished).await;
    assert_eq!(again["status"], "skipped", "{again:#}");
    let table = f.app.get(&path, &f.session.token).await.expect(200).body;
    assert_eq!(table["last_changed_by"]["run_id"], run.as_str());
}
