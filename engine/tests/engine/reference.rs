use sluice_engine::etl::run::Outcome;

use crate::env::{Env, JHU, NYT};

#[tokio::test]
async fn the_reference_pipeline_loads_170_days() {
    let mut env = Env::new().await;
    let pipeline = env.reference().await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.outcome, Outcome::Succeeded);
    assert_eq!(env.count("us_covid").await, 170);
    assert_eq!(report.counts.inserted, 170);
    assert_eq!(report.counts.updated, 0);
    assert_eq!(report.counts.failed, 0);
    // 820 NYT days + 253 JHU countries read.
    assert_eq!(report.counts.extracted, 820 + 253);
    assert_eq!(env.covid_day("2020-01-22").await, Some((1, 0, 0)));
    assert_eq!(
        env.covid_day("2020-04-01").await,
        Some((215_391, 5_325, 8_474))
    );
    assert_eq!(
        env.covid_day("2020-07-09").await,
        Some((3_131_526, 133_079, 969_111))
    );
    // Dates present in only one file are left out.
    assert_eq!(env.covid_day("2020-01-21").await, None);
    assert_eq!(env.covid_day("2020-07-10").await, None);
    let first = env
        .scalar(&format!(
            "SELECT min(date) - '2020-01-22'::date FROM \"{}\".us_covid",
            env.schema
        ))
        .await;
    assert_eq!(first, 0);
    assert_eq!(env.last_run(pipeline).await.0, "succeeded");
    // Every row carries its run.
    let runs = env
        .scalar(&format!("SELECT count(DISTINCT _sluice_run_id) FROM \"{}\".us_covid WHERE _sluice_run_id IS NOT NULL", env.schema))
        .await;
    assert_eq!(runs, 1);
}

#[tokio::test]
async fn an_unchanged_rerun_is_recognised_and_writes_nothing() {
    let mut env = Env::new().await;
    let pipeline = env.reference().await;
    env.run(pipeline).await.unwrap();
    let loaded_at = env
        .scalar(&format!(
            "SELECT extract(epoch FROM max(_sluice_loaded_at)) * 1000000 FROM \"{}\".us_covid",
            env.schema
        ))
        .await;
    let again = env.run(pipeline).await.unwrap();
    assert_eq!(again.outcome, Outcome::Skipped);
    assert_eq!(again.counts.inserted + again.counts.updated, 0);
    assert_eq!(env.last_run(pipeline).await.0, "skipped");
    // The second fetch was conditional and answered 304.
    let requests = env.server.requests("/nyt-us");
    assert_eq!(requests.len(), 2);
    assert!(requests[1].contains_key("if-none-match"), "{requests:?}");
    let after = env
        .scalar(&format!(
            "SELECT extract(epoch FROM max(_sluice_loaded_at)) * 1000000 FROM \"{}\".us_covid",
            env.schema
        ))
        .await;
    assert_eq!(loaded_at, after);
    // A full reload fetches again but still writes only what changed: nothing.
    let full = env.run_with(pipeline, true).await.unwrap();
    assert_eq!(full.outcome, Outcome::Succeeded);
    assert_eq!(
        (
            full.counts.inserted,
            full.counts.updated,
            full.counts.unchanged
        ),
        (0, 0, 170)
    );
}

#[tokio::test]
async fn one_changed_and_one_added_row_are_all_that_is_written() {
    let mut env = Env::new().await;
    let pipeline = env.reference().await;
    env.run(pipeline).await.unwrap();

    // NYT revises 2020-04-01; JHU publishes 7/10/2020 (NYT already has that day).
    let nyt = NYT.replace("2020-04-01,215391,5325", "2020-04-01,215391,5330");
    env.server.body("/nyt-us", nyt);
    let mut jhu = String::new();
    for (i, line) in JHU.lines().enumerate() {
        jhu.push_str(line);
        jhu.push_str(if i == 0 {
            ",7/10/2020"
        } else if line.contains(",US,") {
            ",983185"
        } else {
            ",0"
        });
        jhu.push('\n');
    }
    env.server.body("/jhu-recovered-global", jhu);

    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.outcome, Outcome::Succeeded);
    assert_eq!(
        (
            report.counts.inserted,
            report.counts.updated,
            report.counts.unchanged
        ),
        (1, 1, 169)
    );
    assert_eq!(env.count("us_covid").await, 171);
    assert_eq!(
        env.covid_day("2020-04-01").await,
        Some((215_391, 5_330, 8_474))
    );
    let nyt_0710 = NYT.lines().find(|l| l.starts_with("2020-07-10")).unwrap();
    let cases: i64 = nyt_0710.split(',').nth(1).unwrap().parse().unwrap();
    assert_eq!(
        env.covid_day("2020-07-10").await.map(|d| (d.0, d.2)),
        Some((cases, 983_185))
    );
}

#[tokio::test]
async fn bad_rows_become_failed_records_and_resolve_once_fixed() {
    let mut env = Env::new().await;
    let pipeline = env.reference().await;
    // A bad date, a bad case count and a bad death count, on three days.
    let broken: String = NYT
        .lines()
        .map(|line| {
            let mut fields: Vec<&str> = line.split(',').collect();
            match fields[0] {
                "2020-03-02" => fields[0] = "2020-13-02",
                "2020-03-05" => fields[1] = "lots",
                "2020-04-01" => fields[2] = "n/a",
                _ => {}
            }
            fields.join(",") + "\n"
        })
        .collect();
    env.server.body("/nyt-us", broken);
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.counts.failed, 3, "{report:?}");
    assert_eq!(env.count("us_covid").await, 167);
    let rows = sea_orm::sqlx::query_as::<_, (String, i64, serde_json::Value, String, i32)>(
        "SELECT source, row_number, raw_record, reason, attempts FROM failed_records WHERE pipeline_id = $1 AND status = 'open' ORDER BY row_number",
    )
    .bind(pipeline)
    .fetch_all(&env.pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 3);
    // Line numbers in us.csv: header is line 1, 2020-01-21 is line 2.
    let line = |date: &str| NYT.lines().position(|l| l.starts_with(date)).unwrap() as i64 + 1;
    assert_eq!(
        rows.iter().map(|r| r.1).collect::<Vec<_>>(),
        [line("2020-03-02"), line("2020-03-05"), line("2020-04-01")]
    );
    assert_eq!(rows[0].0, "nyt");
    assert_eq!(rows[0].2["date"], "2020-13-02");
    assert!(
        rows[0].3.contains("`2020-13-02` is not a date"),
        "{}",
        rows[0].3
    );
    assert!(
        rows[1]
            .3
            .contains("column `cases`: `lots` is not an integer"),
        "{}",
        rows[1].3
    );
    assert!(
        rows[2]
            .3
            .contains("column `deaths`: `n/a` is not an integer"),
        "{}",
        rows[2].3
    );
    assert_eq!(
        rows[2].2,
        serde_json::json!({"date": "2020-04-01", "cases": "215391", "deaths": "n/a"})
    );

    // Still broken: one more attempt each, nothing duplicated.
    let again = env.run_with(pipeline, true).await.unwrap();
    assert_eq!(
        (
            again.counts.failed,
            again.counts.retried,
            again.counts.resolved
        ),
        (3, 3, 0)
    );
    let attempts = env.scalar(&format!("SELECT sum(attempts) FROM failed_records WHERE pipeline_id = '{pipeline}' AND status = 'open'")).await;
    assert_eq!(attempts, 6);

    // Fixed upstream: the next run loads them and resolves the failed records.
    env.server.body("/nyt-us", NYT);
    let fixed = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            fixed.counts.failed,
            fixed.counts.retried,
            fixed.counts.resolved
        ),
        (0, 3, 3)
    );
    assert_eq!(fixed.counts.inserted, 3);
    // `resolved` is a count like the others: on the run's row (which the API shows), not only
    // in its step log.
    let on_the_row = env
        .scalar(&format!(
            "SELECT rows_resolved FROM runs WHERE pipeline_id = '{pipeline}' ORDER BY id DESC LIMIT 1"
        ))
        .await;
    assert_eq!(on_the_row, 3);
    assert_eq!(env.count("us_covid").await, 170);
    let open = env.scalar(&format!("SELECT count(*) FROM failed_records WHERE pipeline_id = '{pipeline}' AND status = 'open'")).await;
    assert_eq!(open, 0);
    let resolved = env.scalar(&format!("SELECT count(*) FROM failed_records WHERE pipeline_id = '{pipeline}' AND status = 'resolved' AND resolved_run_id IS NOT NULL")).await;
    assert_eq!(resolved, 3);
}
