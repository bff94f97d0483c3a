//! Reading what a pipeline loaded: its destination table.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

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

/// The reference pipeline's fixture after one successful run, and its pipeline's path.
async fn loaded() -> (crate::runs::Fixture, String) {
    let f = fixture().await;
    let worker = start_worker_with(&f, |s| s).await;
    let run = trigger(&f).await["id"].as_str().unwrap().to_owned();
    let done = wait_for_run(&f, &run, finished).await;
    assert_eq!(done["status"], "succeeded", "{done:#}");
    drop(worker);
    let path = format!("/api/v1/pipelines/{}", f.pipeline);
    (f, path)
}

/// The values of series `y` (ungrouped), by x.
fn series_values(body: &Value, y: &str) -> Vec<Value> {
    body["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["y"] == y)
        .unwrap_or_else(|| panic!("no series {y}: {body:#}"))["values"]
        .as_array()
        .unwrap()
        .clone()
}

fn position(body: &Value, x: &str) -> usize {
    body["x"]
        .as_array()
        .unwrap()
        .iter()
        .position(|v| v == x)
        .unwrap_or_else(|| panic!("no x {x}: {body:#}"))
}

#[tokio::test]
async fn the_reference_table_reads_as_rows_series_and_exports() {
    let (f, path) = loaded().await;
    let token = &f.session.token;

    // Every day, as the chart needs it.
    let daily = f
        .app
        .get(
            &format!("{path}/series?x=date&y=cases,deaths,recovered&bucket=none"),
            token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(daily["x"].as_array().unwrap().len(), 170, "{daily:#}");
    assert_eq!(daily["bucket"], "none");
    let april = position(&daily, "2020-04-01");
    assert_eq!(series_values(&daily, "cases")[april], 215391);
    assert_eq!(series_values(&daily, "deaths")[april], 5325);
    assert_eq!(series_values(&daily, "recovered")[april], 8474);

    // By month, each month's last day: July's is the last row, 2020-07-09.
    let monthly = f
        .app
        .get(
            &format!("{path}/series?x=date&y=cases,deaths,recovered&bucket=month&agg=last"),
            token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(
        monthly["x"],
        json!([
            "2020-01-01",
            "2020-02-01",
            "2020-03-01",
            "2020-04-01",
            "2020-05-01",
            "2020-06-01",
            "2020-07-01"
        ])
    );
    let last = f
        .app
        .get(&format!("{path}/data?filter=date:eq:2020-07-09"), token)
        .await
        .expect(200)
        .body;
    let last = &last["rows"][0];
    assert_eq!(last["cases"], 3131526, "{last:#}");
    for y in ["cases", "deaths", "recovered"] {
        assert_eq!(series_values(&monthly, y)[6], last[y], "{y}");
    }
    // A month's sum is the sum of its days.
    let sums = f
        .app
        .get(
            &format!("{path}/series?x=date&y=deaths&bucket=month"),
            token,
        )
        .await
        .expect(200)
        .body;
    let april_days: i64 = (0..30)
        .map(|d| series_values(&daily, "deaths")[april + d].as_i64().unwrap())
        .sum();
    assert_eq!(series_values(&sums, "deaths")[3], april_days);

    // Pages of 7 (170 is no multiple of it) cover every row once, in key order, both ways.
    let mut seen: Vec<Value> = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let query = match &after {
            Some(cursor) => format!("{path}/data?limit=7&after={cursor}"),
            None => format!("{path}/data?limit=7"),
        };
        let page = f.app.get(&query, token).await.expect(200).body;
        let rows = page["rows"].as_array().unwrap();
        assert!(rows.len() <= 7);
        seen.extend(rows.iter().cloned());
        match page["next_cursor"].as_str() {
            Some(cursor) => after = Some(cursor.to_owned()),
            None => break,
        }
        assert!(seen.len() <= 170, "pages do not end");
    }
    assert_eq!(seen.len(), 170);
    let dates: Vec<&str> = seen.iter().map(|r| r["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(dates, sorted, "rows repeat or are out of order");
    assert_eq!(dates[0], "2020-01-22");
    assert_eq!(dates[169], "2020-07-09");
    // Bookkeeping columns are hidden, unless asked for.
    let first = f
        .app
        .get(&format!("{path}/data?limit=1"), token)
        .await
        .expect(200)
        .body;
    let names: Vec<&str> = first["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["date", "cases", "deaths", "recovered"]);
    assert_eq!(seen[0].as_object().unwrap().len(), 4, "{:#}", seen[0]);
    let with = f
        .app
        .get(&format!("{path}/data?limit=1&bookkeeping=true"), token)
        .await
        .expect(200)
        .body;
    assert!(with["rows"][0].get("_sluice_hash").is_some(), "{with:#}");
    let newest = f
        .app
        .get(
            &format!("{path}/data?limit=2&order=desc&columns=recovered,date"),
            token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(
        newest["rows"][0],
        json!({"recovered": last["recovered"], "date": "2020-07-09"})
    );
    assert_eq!(newest["rows"][1]["date"], "2020-07-08");
    let range = f
        .app
        .get(
            &format!("{path}/data?filter=date:gte:2020-04-01&filter=date:lt:2020-05-01&limit=1000"),
            token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(range["rows"].as_array().unwrap().len(), 30);
    assert_eq!(range["next_cursor"], Value::Null);

    // The CSV export parses back to the same rows, and NDJSON is the rows themselves.
    let csv = f
        .app
        .get(&format!("{path}/export?format=csv"), token)
        .await
        .expect(200);
    assert_eq!(
        csv.headers["content-disposition"],
        "attachment; filename=\"us_covid.csv\""
    );
    let text = csv.body.as_str().unwrap();
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["date", "cases", "deaths", "recovered"]
    );
    let parsed: Vec<Value> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            json!({
                "date": &r[0],
                "cases": r[1].parse::<i64>().unwrap(),
                "deaths": r[2].parse::<i64>().unwrap(),
                "recovered": r[3].parse::<i64>().unwrap(),
            })
        })
        .collect();
    assert_eq!(parsed, seen);
    let ndjson = f
        .app
        .get(&format!("{path}/export?format=ndjson"), token)
        .await
        .expect(200);
    assert_eq!(
        ndjson.headers["content-type"], "application/x-ndjson",
        "{:?}",
        ndjson.headers
    );
    let lines: Vec<Value> = ndjson
        .body
        .as_str()
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, seen);

    // A viewer reads all of it.
    let viewer = f
        .app
        .add_user(&f.session, "vic@example.com", "viewer")
        .await;
    for route in ["data?limit=1", "series?x=date&y=cases", "export"] {
        f.app
            .get(&format!("{path}/{route}"), &viewer.token)
            .await
            .expect(200);
    }
}

#[tokio::test]
async fn series_fold_small_groups_into_other_and_widen_to_max_points() {
    let (f, path) = loaded().await;
    let token = &f.session.token;
    // A text column, as a load of a frame with one would add: 25 groups by day of month.
    let schema = f.app.get("/api/v1/me", token).await.body["tenant"]["schema"]
        .as_str()
        .unwrap()
        .to_owned();
    let pool = f.app.db.get_postgres_connection_pool();
    for sql in [
        format!("ALTER TABLE \"{schema}\".us_covid ADD COLUMN note text"),
        format!(
            "UPDATE \"{schema}\".us_covid SET note = 'g' || (extract(day FROM date)::int % 25)"
        ),
    ] {
        sea_orm::sqlx::raw_sql(sea_orm::sqlx::AssertSqlSafe(sql))
            .execute(pool)
            .await
            .unwrap();
    }
    let grouped = f
        .app
        .get(
            &format!("{path}/series?x=date&y=cases&bucket=month&group=note"),
            token,
        )
        .await
        .expect(200)
        .body;
    let series = grouped["series"].as_array().unwrap();
    assert_eq!(series.len(), 21, "20 groups and other: {grouped:#}");
    assert_eq!(series[20]["other"], true);
    assert!(
        series[..20]
            .iter()
            .all(|s| s["other"] == false && s["group"].is_string())
    );
    // The groups and other add up to the ungrouped sums.
    let total = f
        .app
        .get(&format!("{path}/series?x=date&y=cases&bucket=month"), token)
        .await
        .expect(200)
        .body;
    for (i, expected) in series_values(&total, "cases").iter().enumerate() {
        let sum: i64 = series
            .iter()
            .map(|s| s["values"][i].as_i64().unwrap_or(0))
            .sum();
        assert_eq!(sum, expected.as_i64().unwrap(), "month {i}");
    }
    // The largest group comes first.
    let first: i64 = series[0]["values"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_i64)
        .sum();
    let second: i64 = series[1]["values"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_i64)
        .sum();
    assert!(first >= second, "{first} < {second}");

    // 170 days do not fit 10 points; weeks (25) neither; months (7) do.
    let wide = f
        .app
        .get(
            &format!("{path}/series?x=date&y=cases&max_points=10"),
            token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(wide["requested_bucket"], "none");
    assert_eq!(wide["bucket"], "month");
    assert_eq!(wide["x"].as_array().unwrap().len(), 7);
    // A range narrows the rows: April alone, daily.
    let april = f
        .app
        .get(
            &format!("{path}/series?x=date&y=cases&from=2020-04-01&to=2020-04-30&max_points=30"),
            token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(april["bucket"], "none");
    assert_eq!(april["x"].as_array().unwrap().len(), 30);

    // Integers beyond 2^53 - 1 are strings; the largest safe one is still a number.
    sea_orm::sqlx::raw_sql(sea_orm::sqlx::AssertSqlSafe(format!(
        "UPDATE \"{schema}\".us_covid SET cases = 9007199254740993 WHERE date = '2020-01-22'; \
         UPDATE \"{schema}\".us_covid SET cases = 9007199254740991 WHERE date = '2020-01-23'"
    )))
    .execute(pool)
    .await
    .unwrap();
    let big = f
        .app
        .get(&format!("{path}/data?limit=2&columns=cases"), token)
        .await
        .expect(200)
        .body;
    assert_eq!(big["rows"][0]["cases"], "9007199254740993");
    assert_eq!(big["rows"][1]["cases"], 9007199254740991_i64);
}

#[tokio::test]
async fn hostile_read_parameters_are_422_naming_the_parameter() {
    let (f, path) = loaded().await;
    let token = &f.session.token;
    let schema = f.app.get("/api/v1/me", token).await.body["tenant"]["schema"]
        .as_str()
        .unwrap()
        .to_owned();
    sea_orm::sqlx::raw_sql(sea_orm::sqlx::AssertSqlSafe(format!(
        "ALTER TABLE \"{schema}\".us_covid ADD COLUMN note text"
    )))
    .execute(f.app.db.get_postgres_connection_pool())
    .await
    .unwrap();
    let cursor = |json: &str| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    };
    let cases: Vec<(String, &str)> = vec![
        ("data?limit=0".into(), "limit"),
        ("data?limit=1001".into(), "limit"),
        ("data?limit=ten".into(), "limit"),
        ("data?after=%21%21%21".into(), "after"),
        (
            format!("data?after={}", cursor("[\"2020-04-01\",1]")),
            "after",
        ),
        (format!("data?after={}", cursor("[1]")), "after"),
        (format!("data?after={}", cursor("{\"date\":1}")), "after"),
        (
            format!(
                "data?after={}",
                cursor("[\"2020-04-01'); DROP TABLE x; --\"]")
            ),
            "after",
        ),
        (
            "data?columns=date%3B%20DROP%20TABLE%20us_covid".into(),
            "columns",
        ),
        ("data?columns=%22date%22".into(), "columns"),
        ("data?columns=date,,cases".into(), "columns"),
        ("data?columns=nope".into(), "columns"),
        ("data?order=sideways".into(), "order"),
        ("data?filter=cases:gte:many".into(), "filter"),
        ("data?filter=cases:like:1".into(), "filter"),
        ("data?filter=nope:eq:1".into(), "filter"),
        ("data?filter=cases".into(), "filter"),
        ("data?filter=date:gt:2020-02-30".into(), "filter"),
        ("data?bookkeeping=yes".into(), "bookkeeping"),
        ("data?colums=date".into(), "colums"),
        ("data?limit=1&limit=2".into(), "limit"),
        ("series?y=cases".into(), "x"),
        ("series?x=date".into(), "y"),
        ("series?x=cases&y=deaths".into(), "x"),
        ("series?x=note&y=cases&bucket=day".into(), "x"),
        ("series?x=date&y=note".into(), "y"),
        ("series?x=date&y=cases)%20FROM%20pg_authid%20--".into(), "y"),
        ("series?x=date&y=cases&bucket=hour".into(), "bucket"),
        ("series?x=date&y=cases&bucket=fortnight".into(), "bucket"),
        ("series?x=date&y=cases&agg=median".into(), "agg"),
        ("series?x=date&y=cases&group=cases".into(), "group"),
        ("series?x=date&y=cases&from=yesterday".into(), "from"),
        ("series?x=date&y=cases&to=2020-04-01T00:00:00Z".into(), "to"),
        ("series?x=date&y=cases&max_points=0".into(), "max_points"),
        (
            "series?x=date&y=cases&bucket=month&max_points=0".into(),
            "max_points",
        ),
        ("export?format=xlsx".into(), "format"),
        ("export?columns=nope".into(), "columns"),
    ];
    for (route, parameter) in cases {
        let reply = f.app.get(&format!("{path}/{route}"), token).await;
        assert_eq!(reply.status, 422, "{route}: {:#}", reply.body);
        assert_eq!(
            reply.body["details"][0]["path"], parameter,
            "{route}: {:#}",
            reply.body
        );
    }
    // The table survived every attempt.
    let rows = f
        .app
        .get(&format!("{path}/data?limit=1000"), token)
        .await
        .expect(200)
        .body;
    assert_eq!(rows["rows"].as_array().unwrap().len(), 170);
}

#[tokio::test]
async fn rows_and_the_ndjson_export_write_every_type_alike() {
    let (f, path) = loaded().await;
    let token = &f.session.token;
    let schema = f.app.get("/api/v1/me", token).await.body["tenant"]["schema"]
        .as_str()
        .unwrap()
        .to_owned();
    // Columns of every kind a table may have, as later loads (or an operator) could add them.
    sea_orm::sqlx::raw_sql(sea_orm::sqlx::AssertSqlSafe(format!(
        "ALTER TABLE \"{schema}\".us_covid ADD COLUMN f float8, ADD COLUMN n numeric(30,2), \
           ADD COLUMN big numeric, ADD COLUMN ok boolean, ADD COLUMN at timestamptz, \
           ADD COLUMN local timestamp, ADD COLUMN note text, ADD COLUMN small integer; \
         UPDATE \"{schema}\".us_covid SET f = 1e-7, n = 12.50, big = 12345678901234567890, \
           ok = true, at = '2020-04-01 06:00:00.5+02', local = '2020-04-01 06:00:00', \
           note = 'say \"hi\" \\ é', small = -3 WHERE date = '2020-04-01'; \
         UPDATE \"{schema}\".us_covid SET f = 'NaN', n = -0.01, big = 'NaN', ok = false \
           WHERE date = '2020-04-02'"
    )))
    .execute(f.app.db.get_postgres_connection_pool())
    .await
    .unwrap();
    let rows = f
        .app
        .get(
            &format!("{path}/data?filter=date:gte:2020-04-01&limit=3"),
            token,
        )
        .await
        .expect(200)
        .body;
    let first = &rows["rows"][0];
    assert_eq!(first["f"], 1e-7);
    assert_eq!(first["n"], 12.5);
    assert_eq!(first["big"], "12345678901234567890");
    assert_eq!(first["ok"], true);
    assert_eq!(first["at"], "2020-04-01T04:00:00.500000Z");
    assert_eq!(first["local"], "2020-04-01T06:00:00.000000");
    assert_eq!(first["note"], "say \"hi\" \\ é");
    assert_eq!(first["small"], -3);
    let second = &rows["rows"][1];
    assert_eq!(second["f"], "NaN");
    assert_eq!(second["big"], "NaN");
    assert_eq!(second["n"], -0.01);
    assert_eq!(rows["rows"][2]["ok"], Value::Null);
    // The export (JSON written by PostgreSQL) says the same of every row.
    let ndjson = f
        .app
        .get(&format!("{path}/export?format=ndjson"), token)
        .await
        .expect(200);
    let exported: Vec<Value> = ndjson
        .body
        .as_str()
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let all = f
        .app
        .get(&format!("{path}/data?limit=1000"), token)
        .await
        .expect(200)
        .body;
    assert_eq!(all["rows"].as_array().unwrap(), &exported);
}

/// The API keeps a table's columns between pages; a column added by hand (no run announced
/// it) is still found: a page refused or failed on the kept columns is read again with fresh
/// ones.
#[tokio::test]
async fn a_column_added_by_hand_is_read_although_the_columns_were_kept() {
    let (f, path) = loaded().await;
    let token = &f.session.token;
    let first = f
        .app
        .get(&format!("{path}/data?limit=1"), token)
        .await
        .expect(200)
        .body;
    assert!(first["rows"][0].get("note").is_none());
    let schema = f.app.get("/api/v1/me", token).await.body["tenant"]["schema"]
        .as_str()
        .unwrap()
        .to_owned();
    sea_orm::sqlx::raw_sql(sea_orm::sqlx::AssertSqlSafe(format!(
        "ALTER TABLE \"{schema}\".us_covid ADD COLUMN note text; \
         UPDATE \"{schema}\".us_covid SET note = 'by hand'"
    )))
    .execute(f.app.db.get_postgres_connection_pool())
    .await
    .unwrap();
    let page = f
        .app
        .get(&format!("{path}/data?limit=1&columns=date,note"), token)
        .await
        .expect(200)
        .body;
    assert_eq!(page["rows"][0]["note"], "by hand", "{page:#}");
}
