//! Notifications against the real PostgreSQL: what the `runs_finished_notify` trigger writes.

use sea_orm::{EntityTrait, sqlx};
use serde_json::Value;
use sluice_engine::{db::entity::run, notifications::event::Event, run_records::RunCounts};
use uuid::Uuid;

use crate::env::{Env, NYT};

/// us.csv with the given days' cells replaced: `(date, column index, value)`.
fn edited(changes: &[(&str, usize, &str)]) -> String {
    NYT.lines()
        .map(|line| {
            let mut fields: Vec<&str> = line.split(',').collect();
            let day = fields[0];
            for (date, column, value) in changes {
                if day == *date {
                    fields[*column] = *value;
                }
            }
            fields.join(",") + "\n"
        })
        .collect()
}

/// The counts of an event are built in SQL (`sluice_run_event`) from the run's columns, and
/// everything else reads them as [`RunCounts`]: the two must name the same fields and carry
/// the same values. A real run with every count different, so a swapped field shows.
#[tokio::test]
async fn the_event_counts_are_the_run_counts() {
    let mut env = Env::new().await;
    let pipeline = env.reference().await;
    // Three bad rows: a date, a case count, a death count.
    env.server.body(
        "/nyt-us",
        edited(&[
            ("2020-03-02", 0, "2020-13-02"),
            ("2020-03-05", 1, "lots"),
            ("2020-04-01", 2, "n/a"),
        ]),
    );
    env.run(pipeline).await.unwrap();
    sqlx::query(
        "UPDATE pipelines SET notify = '{\"email\": [\"ops@example.com\"], \"on\": [\"success\"]}' \
         WHERE id = $1",
    )
    .bind(pipeline)
    .execute(&env.pool)
    .await
    .unwrap();
    // One bad row fixed (inserted), four days revised (updated), two rows still bad (failed),
    // the three open failed records re-checked (retried).
    env.server.body(
        "/nyt-us",
        edited(&[
            ("2020-03-05", 1, "lots"),
            ("2020-04-01", 2, "n/a"),
            ("2020-03-08", 1, "548"),
            ("2020-05-01", 2, "64903"),
            ("2020-06-01", 1, "1000001"),
            ("2020-07-01", 2, "100001"),
        ]),
    );
    let report = env.run(pipeline).await.unwrap();
    let c = report.counts;
    let values = [
        c.extracted,
        c.inserted,
        c.updated,
        c.unchanged,
        c.failed,
        c.retried,
    ];
    assert!(
        values
            .iter()
            .enumerate()
            .all(|(i, v)| *v > 0 && !values[..i].contains(v)),
        "every count must differ from the others for this test to mean anything: {c:?}"
    );
    assert_eq!((c.inserted, c.updated, c.failed, c.retried), (1, 4, 2, 3));

    let run_id: Uuid =
        sqlx::query_scalar("SELECT id FROM runs WHERE pipeline_id = $1 ORDER BY id DESC LIMIT 1")
            .bind(pipeline)
            .fetch_one(&env.pool)
            .await
            .unwrap();
    let payload: Value = sqlx::query_scalar(
        "SELECT payload FROM deliveries WHERE run_id = $1 AND event_type = 'run.succeeded'",
    )
    .bind(run_id)
    .fetch_one(&env.pool)
    .await
    .unwrap();
    let in_event = &payload["run"]["counts"];
    let parsed: RunCounts = serde_json::from_value(in_event.clone())
        .unwrap_or_else(|e| panic!("the event's counts are not RunCounts: {e}: {in_event}"));
    // Field by field: written back, the Rust type gives the very object SQL built, so neither
    // side has a field the other lacks, under another name or of another type.
    assert_eq!(&serde_json::to_value(parsed).unwrap(), in_event);
    assert_eq!(parsed, c, "the event's counts are the ones the run counted");
    let event: Event = serde_json::from_value(payload.clone()).unwrap();
    assert_eq!(event.run.counts, c);
    let row = run::Entity::find_by_id(run_id)
        .one(&env.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        RunCounts::from(&row),
        c,
        "the run's row holds the same counts"
    );
}
