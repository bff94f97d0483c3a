//! A malformed source fails the run with what and where, and loads nothing.

use serde_json::json;
use sluice_testing::http::Reply;

use crate::env::{Env, NYT};

async fn first_run_fails(body: Reply) -> (String, Env) {
    let mut env = Env::new().await;
    let pipeline = env.reference().await;
    env.server.set("/nyt-us", body);
    let err = env.run(pipeline).await.unwrap_err();
    assert!(
        !env.table_exists("us_covid").await,
        "a table was created for a malformed source"
    );
    let (status, error) = env.last_run(pipeline).await;
    assert_eq!(status, "failed");
    assert_eq!(error.as_deref(), Some(err.to_string().as_str()));
    (err.to_string(), env)
}

fn csv(body: &str) -> Reply {
    Reply::Body {
        body: body.as_bytes().to_vec(),
        content_type: "text/csv".into(),
    }
}

#[tokio::test]
async fn each_malformed_source_fails_naming_what_and_where() {
    let cases: Vec<(&str, Reply, Vec<&str>)> = vec![
        (
            "bad quoting",
            csv("date,cases,deaths\n2020-01-21,\"1,0\n2020-01-22,1,0\n"),
            vec!["nyt", "line 2", "quote"],
        ),
        (
            "ragged row",
            csv("date,cases,deaths\n2020-01-21,1,0\n2020-01-22,1\n"),
            vec!["line 3", "2 field(s) where the header has 3"],
        ),
        (
            "invalid UTF-8",
            Reply::Body {
                body: b"date,cases,deaths\n2020-01-21,1,\xff0\n".to_vec(),
                content_type: "text/csv".into(),
            },
            vec!["line 2, field 3", "UTF-8"],
        ),
        (
            "NUL in the header",
            csv("date,ca\0ses,deaths\n2020-01-21,1,0\n"),
            vec!["line 1, field 2", "NUL character"],
        ),
        (
            "NUL in a value",
            csv("date,cases,deaths\n2020-01-21,1,0\n2020-01-22,1\0,0\n"),
            vec!["line 3, field 2", "NUL character"],
        ),
        ("empty file", csv(""), vec!["is empty"]),
        (
            "missing column",
            csv("date,cases\n2020-01-22,1\n"),
            vec![
                "transform[1] (cast on nyt)",
                "column `deaths` not found",
                "`cases`",
            ],
        ),
        (
            "HTML error page",
            Reply::Body {
                body: b"<html><body>Service down</body></html>".to_vec(),
                content_type: "text/html; charset=utf-8".into(),
            },
            vec!["HTML page"],
        ),
        (
            "HTML served as CSV",
            csv("<!DOCTYPE html>\n<html><p>Rate limited</p></html>\n"),
            vec!["HTML"],
        ),
        (
            "truncated download",
            Reply::Truncated {
                body: NYT.as_bytes()[..4000].to_vec(),
                claimed: NYT.len(),
            },
            vec!["cut short"],
        ),
    ];
    for (name, reply, expected) in cases {
        let (message, _env) = first_run_fails(reply).await;
        for part in expected {
            assert!(message.contains(part), "{name}: `{part}` not in: {message}");
        }
    }
}

#[tokio::test]
async fn a_malformed_rerun_leaves_the_loaded_table_untouched() {
    let mut env = Env::new().await;
    let pipeline = env.reference().await;
    env.run(pipeline).await.unwrap();
    env.server.body("/nyt-us", format!("{NYT}2022-04-20,1\n"));
    let err = env.run(pipeline).await.unwrap_err();
    assert!(err.message.contains("where the header has 3"), "{err}");
    assert_eq!(env.count("us_covid").await, 170);
    let _ = json!({});
}
