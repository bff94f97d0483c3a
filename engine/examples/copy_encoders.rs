#![allow(clippy::expect_used)] // a benchmark program: any failure stops it, loudly
//! Micro-benchmark (issue 14, item 8): Sluice's binary COPY encoder (`etl::load::encode_binary`)
//! against tokio-postgres's `BinaryCopyInWriter`, on the same rows (the load benchmark's shape:
//! date, two texts, a text key, two bigints, the key and row hashes, the run id), each sending
//! them with `COPY … FROM STDIN (FORMAT binary)` into a temporary table over one tokio-postgres
//! connection, in interleaved rounds. Reports the wall time and the client's CPU time (what
//! competes with PostgreSQL for the cores) per round.
//!
//!   cargo run --release -p sluice-engine --example copy_encoders -- postgres://root@127.0.0.1/postgres 1000000 3

use std::time::Instant;

use futures::SinkExt;
use polars::prelude::*;
use sluice_engine::etl::load::Stamp;
use tokio_postgres::{NoTls, binary_copy::BinaryCopyInWriter, types::Type};

const COLUMNS: &str = "date, county, state, fips, cases, deaths, _sluice_key, _sluice_hash, _sluice_run_id, _sluice_loaded_at";

fn rows(n: usize) -> DataFrame {
    let days: Vec<i32> = (0..n).map(|i| 18_282 + (i / 5000) as i32).collect();
    let county: Vec<String> = (0..n).map(|i| format!("County {}", i % 5000)).collect();
    let state: Vec<&str> = (0..n)
        .map(|i| ["New York", "Texas", "Iowa"][i % 3])
        .collect();
    let fips: Vec<String> = (0..n)
        .map(|i| format!("{:05}", 10_001 + i % 5000))
        .collect();
    let cases: Vec<i64> = (0..n).map(|i| i as i64 * 7).collect();
    let deaths: Vec<i64> = (0..n).map(|i| (i % 13) as i64).collect();
    let key: Vec<i64> = (0..n)
        .map(|i| (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) as i64)
        .collect();
    let hash: Vec<i64> = key.iter().map(|k| k.rotate_left(17)).collect();
    let date = Column::new("date".into(), days)
        .cast(&DataType::Date)
        .expect("days are dates");
    DataFrame::new(
        n,
        vec![
            date,
            Column::new("county".into(), county),
            Column::new("state".into(), state),
            Column::new("fips".into(), fips),
            Column::new("cases".into(), cases),
            Column::new("deaths".into(), deaths),
            Column::new("_sluice_key".into(), key),
            Column::new("_sluice_hash".into(), hash),
        ],
    )
    .expect("a frame")
}

/// User + system CPU seconds of this process so far (from /proc/self/stat, in clock ticks).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields
        .get(11..13)
        .map(|f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum())
        .unwrap_or(0.0);
    ticks / 100.0
}

async fn ours(client: &tokio_postgres::Client, df: &DataFrame, stamp: Stamp) -> u64 {
    let encoded = sluice_engine::etl::load::encode_binary(df, Some(stamp)).expect("encodes");
    let sink = client
        .copy_in::<_, bytes::Bytes>(&format!(
            "COPY bench_target ({COLUMNS}) FROM STDIN (FORMAT binary)"
        ))
        .await
        .expect("copy starts");
    futures::pin_mut!(sink);
    for piece in encoded.body.chunks(1 << 20) {
        sink.send(bytes::Bytes::copy_from_slice(piece))
            .await
            .expect("sends");
    }
    sink.finish().await.expect("copy ends")
}

async fn theirs(client: &tokio_postgres::Client, df: &DataFrame, stamp: Stamp) -> u64 {
    let sink = client
        .copy_in(&format!(
            "COPY bench_target ({COLUMNS}) FROM STDIN (FORMAT binary)"
        ))
        .await
        .expect("copy starts");
    let types = [
        Type::DATE,
        Type::TEXT,
        Type::TEXT,
        Type::TEXT,
        Type::INT8,
        Type::INT8,
        Type::INT8,
        Type::INT8,
        Type::UUID,
        Type::TIMESTAMPTZ,
    ];
    let writer = BinaryCopyInWriter::new(sink, &types);
    futures::pin_mut!(writer);
    let col = |name: &str| df.column(name).expect("column");
    let date = col("date")
        .as_materialized_series()
        .to_physical_repr()
        .i32()
        .expect("dates")
        .clone();
    let county = col("county").str().expect("text").clone();
    let state = col("state").str().expect("text").clone();
    let fips = col("fips").str().expect("text").clone();
    let ints: Vec<Int64Chunked> = ["cases", "deaths", "_sluice_key", "_sluice_hash"]
        .iter()
        .map(|c| col(c).i64().expect("ints").clone())
        .collect();
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("a date");
    for i in 0..df.height() {
        let day = date
            .get(i)
            .map(|d| epoch + chrono::Duration::days(i64::from(d)));
        let (c, s, f) = (county.get(i), state.get(i), fips.get(i));
        let (a, b, k, h) = (
            ints[0].get(i),
            ints[1].get(i),
            ints[2].get(i),
            ints[3].get(i),
        );
        writer
            .as_mut()
            .write(&[
                &day,
                &c,
                &s,
                &f,
                &a,
                &b,
                &k,
                &h,
                &stamp.run_id,
                &stamp.loaded_at,
            ])
            .await
            .expect("writes");
    }
    writer.finish().await.expect("copy ends")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let url = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "postgres://root@127.0.0.1/postgres".into());
    let n: usize = args
        .get(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let rounds: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(3);
    let (client, connection) = tokio_postgres::connect(&url, NoTls)
        .await
        .expect("connects");
    tokio::spawn(connection);
    let df = rows(n);
    let stamp = Stamp {
        run_id: uuid::Uuid::now_v7(),
        loaded_at: chrono::Utc::now(),
    };
    println!("rows: {n}; seconds per round (wall / client CPU)");
    println!("| round | encode_binary + COPY | BinaryCopyInWriter |");
    println!("|---|---|---|");
    for round in 1..=rounds {
        let mut cells = Vec::new();
        for which in ["ours", "theirs"] {
            client
                .batch_execute(
                    "DROP TABLE IF EXISTS bench_target; CREATE TEMP TABLE bench_target \
                     (date date, county text, state text, fips text, cases bigint, deaths bigint, \
                      _sluice_key bigint, _sluice_hash bigint, _sluice_run_id uuid, \
                      _sluice_loaded_at timestamptz)",
                )
                .await
                .expect("table");
            let (t0, c0) = (Instant::now(), cpu_seconds());
            let copied = match which {
                "ours" => ours(&client, &df, stamp).await,
                _ => theirs(&client, &df, stamp).await,
            };
            let (wall, cpu) = (t0.elapsed().as_secs_f64(), cpu_seconds() - c0);
            assert_eq!(copied, n as u64, "{which} copied every row");
            let same: i64 = client
                .query_one(
                    "SELECT count(DISTINCT (date, county, state, fips, cases, deaths, _sluice_key, _sluice_hash, _sluice_run_id, _sluice_loaded_at))::bigint FROM bench_target",
                    &[],
                )
                .await
                .expect("counts")
                .get(0);
            assert_eq!(same, n as i64, "{which}: every row distinct and present");
            cells.push(format!("{wall:.2} / {cpu:.2}"));
        }
        println!("| {round} | {} | {} |", cells[0], cells[1]);
    }
}
