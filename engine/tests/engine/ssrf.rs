//! The fetcher refuses non-public addresses before connecting, unless allow-listed.

use sluice_engine::etl::extract::{ExtractError, Fetcher};
use sluice_testing::http::{Reply, TestServer};

use crate::env::extract_settings;

async fn refused(fetcher: &Fetcher, url: &str) -> String {
    match fetcher.fetch(url, None, None).await {
        Err(e @ ExtractError::Refused { .. }) => {
            assert!(!e.is_recoverable());
            e.to_string()
        }
        other => panic!("{url} was not refused: {other:?}"),
    }
}

#[tokio::test]
async fn non_public_addresses_are_refused_before_any_connection() {
    let server = TestServer::start().await;
    server.body("/data.csv", "a\n1\n");
    let port = server.addr.port();
    let fetcher = Fetcher::new(&extract_settings(&[])).unwrap();
    let cases = [
        format!("http://127.0.0.1:{port}/data.csv"),
        format!("http://localhost:{port}/data.csv"),
        format!("http://2130706433:{port}/data.csv"),
        format!("http://0177.0.0.1:{port}/data.csv"),
        format!("http://0x7f.0.0.1:{port}/data.csv"),
        format!("http://[::ffff:127.0.0.1]:{port}/data.csv"),
        format!("http://[::1]:{port}/data.csv"),
        "http://10.0.0.1/data.csv".to_owned(),
        "http://192.168.1.10/data.csv".to_owned(),
        "http://172.16.5.4/data.csv".to_owned(),
        "http://100.64.0.1/data.csv".to_owned(),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        "http://[fe80::1]/data.csv".to_owned(),
        "http://0.0.0.0/data.csv".to_owned(),
        "ftp://example.com/data.csv".to_owned(),
    ];
    for url in &cases {
        refused(&fetcher, url).await;
    }
    assert_eq!(server.connections(), 0, "a refused URL was connected to");
}

#[tokio::test]
async fn a_redirect_to_a_private_address_is_refused() {
    let server = TestServer::start().await;
    let fetcher = Fetcher::new(&extract_settings(&["127.0.0.1"])).unwrap();
    for target in [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/x.csv",
        "http://[::ffff:192.168.0.1]/x",
    ] {
        server.set("/hop", Reply::Redirect(target.to_owned()));
        let message = refused(&fetcher, &server.url("/hop")).await;
        assert!(message.contains("redirect"), "{message}");
    }
    // A redirect to an allowed host is followed.
    server.body("/final.csv", "a\n1\n");
    server.set("/hop", Reply::Redirect(server.url("/final.csv")));
    assert!(fetcher.fetch(&server.url("/hop"), None, None).await.is_ok());
}

#[tokio::test]
async fn webhook_calls_follow_the_address_rules_and_no_redirects() {
    let server = TestServer::start().await;
    let timeout = std::time::Duration::from_secs(5);
    let closed = Fetcher::new(&extract_settings(&[])).unwrap();
    let refused = closed
        .post_json(&server.url("/hook"), &[], "{}".into(), timeout)
        .await
        .unwrap_err();
    assert!(matches!(refused, ExtractError::Refused { .. }), "{refused}");
    let metadata = closed
        .post_json("http://169.254.169.254/hook", &[], "{}".into(), timeout)
        .await
        .unwrap_err();
    assert!(
        matches!(metadata, ExtractError::Refused { .. }),
        "{metadata}"
    );
    assert_eq!(server.connections(), 0);

    // Allowed: the 3xx is the answer; the target of the redirect is never called.
    let open = Fetcher::new(&extract_settings(&["127.0.0.1"])).unwrap();
    server.body("/elsewhere", "ok");
    server.set("/hook", Reply::Redirect(server.url("/elsewhere")));
    let status = open
        .post_json(
            &server.url("/hook"),
            &[("X-Test", "1".into())],
            "{\"a\":1}".into(),
            timeout,
        )
        .await
        .unwrap();
    assert_eq!(status.status.as_u16(), 302);
    assert!(server.requests("/elsewhere").is_empty());
    let (headers, body) = &server.requests_with_bodies("/hook")[0];
    assert_eq!(headers["x-test"], "1");
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(body, b"{\"a\":1}");
}

#[tokio::test]
async fn the_allow_list_opens_loopback_for_tests() {
    let server = TestServer::start().await;
    server.body("/data.csv", "a\n1\n");
    let fetcher = Fetcher::new(&extract_settings(&["127.0.0.1"])).unwrap();
    let fetched = fetcher
        .fetch(&server.url("/data.csv"), None, None)
        .await
        .unwrap();
    assert!(matches!(fetched, sluice_engine::etl::extract::Fetched::Downloaded(d) if d.bytes == 4));
    // Other loopback spellings of an allowed address are the same address.
    let port = server.addr.port();
    assert!(
        fetcher
            .fetch(&format!("http://2130706433:{port}/data.csv"), None, None)
            .await
            .is_ok()
    );
    // But not other loopback addresses.
    refused(&fetcher, &format!("http://127.0.0.2:{port}/data.csv")).await;
}

#[tokio::test]
async fn oversized_sources_are_refused() {
    let server = TestServer::start().await;
    server.body("/big.csv", vec![b'a'; 2048]);
    let mut settings = extract_settings(&["127.0.0.1"]);
    settings.max_bytes = 1024;
    let fetcher = Fetcher::new(&settings).unwrap();
    let err = fetcher
        .fetch(&server.url("/big.csv"), None, None)
        .await
        .unwrap_err();
    assert!(matches!(err, ExtractError::TooLarge { .. }), "{err}");
}

#[tokio::test]
async fn local_files_are_read_only_under_the_configured_folder() {
    let root = tempfile::tempdir().unwrap();
    let inside = root.path().join("data.csv");
    std::fs::write(&inside, "a\n1\n").unwrap();
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "secret\n").unwrap();
    let escape = root.path().join("escape.csv");
    std::os::unix::fs::symlink(outside.path(), &escape).unwrap();

    let off = Fetcher::new(&extract_settings(&[])).unwrap();
    let err = off
        .fetch(&format!("file://{}", inside.display()), None, None)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("switched off"), "{err}");

    let mut settings = extract_settings(&[]);
    settings.local_dir = Some(root.path().to_path_buf());
    let on = Fetcher::new(&settings).unwrap();
    assert!(
        on.fetch(&format!("file://{}", inside.display()), None, None)
            .await
            .is_ok()
    );
    for path in [
        outside.path().to_path_buf(),
        escape,
        root.path().join("../etc/passwd"),
    ] {
        let err = on
            .fetch(&format!("file://{}", path.display()), None, None)
            .await
            .unwrap_err();
        assert!(
            matches!(err, ExtractError::LocalFile(_)),
            "{}: {err}",
            path.display()
        );
    }
}
