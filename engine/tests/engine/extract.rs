//! What the fetcher does with awkward sources: special files, HTML saved as data, paths outside
//! the local folder, secrets in URLs; and where its downloads go.

use std::time::Duration;

use sluice_engine::etl::extract::{ExtractError, Fetched, Fetcher};
use sluice_testing::http::{Reply, TestServer};

use crate::env::extract_settings;

fn local_fetcher(root: &std::path::Path) -> Fetcher {
    let mut settings = extract_settings(&[]);
    settings.local_dir = Some(root.to_path_buf());
    Fetcher::new(&settings).unwrap()
}

/// A deadline on the whole fetch: a fetch that blocks on a special file fails here instead of
/// hanging the test run.
async fn fetch(fetcher: &Fetcher, url: &str) -> Result<Fetched, ExtractError> {
    tokio::time::timeout(Duration::from_secs(10), fetcher.fetch(url, None, None))
        .await
        .unwrap_or_else(|_| panic!("fetching {url} did not return within 10 s"))
}

#[tokio::test]
async fn a_named_pipe_or_a_folder_is_refused_at_once_and_the_runtime_stays_free() {
    let root = tempfile::tempdir().unwrap();
    let fifo = root.path().join("feed.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::fs::create_dir(root.path().join("folder.csv")).unwrap();
    let fetcher = local_fetcher(root.path());
    for (name, kind) in [("feed.csv", "named pipe"), ("folder.csv", "directory")] {
        let url = format!("file://{}", root.path().join(name).display());
        match fetch(&fetcher, &url).await {
            Err(e @ ExtractError::NotRegular { .. }) => {
                assert!(!e.is_recoverable());
                assert!(e.to_string().contains(kind), "{e}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    // The same through a symlink that points at the pipe.
    let link = root.path().join("link.csv");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    let err = fetch(&fetcher, &format!("file://{}", link.display()))
        .await
        .unwrap_err();
    assert!(matches!(err, ExtractError::NotRegular { .. }), "{err}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_local_file_is_read_off_the_async_thread() {
    // On a single-threaded runtime, blocking file reads would stall this ticker until the read
    // is done; read on a blocking thread, the ticker keeps running while the file is copied.
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("big.csv");
    let mut text = String::from("a,b\n");
    for i in 0..400_000 {
        text.push_str(&format!("{i},{}\n", i * 7));
    }
    std::fs::write(&path, text).unwrap();
    let fetcher = local_fetcher(root.path());
    let ticks = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counter = ticks.clone();
    let ticker = tokio::spawn(async move {
        loop {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            tokio::task::yield_now().await;
        }
    });
    let fetched = fetch(&fetcher, &format!("file://{}", path.display()))
        .await
        .unwrap();
    ticker.abort();
    assert!(matches!(fetched, Fetched::Downloaded(_)));
    assert!(
        ticks.load(std::sync::atomic::Ordering::Relaxed) > 1,
        "the runtime thread was blocked for the whole read"
    );
}

#[tokio::test]
async fn an_html_page_is_refused_over_file_as_over_http() {
    let root = tempfile::tempdir().unwrap();
    let page = root.path().join("saved.csv");
    std::fs::write(
        &page,
        "\u{feff}  <!DOCTYPE html><html><body>Sign in</body></html>",
    )
    .unwrap();
    let fetcher = local_fetcher(root.path());
    let err = fetch(&fetcher, &format!("file://{}", page.display()))
        .await
        .unwrap_err();
    assert!(matches!(err, ExtractError::Html { .. }), "{err}");
    assert!(!err.is_recoverable());

    let server = TestServer::start().await;
    server.body("/saved.csv", "<html><head></head></html>");
    let http = Fetcher::new(&extract_settings(&["127.0.0.1"])).unwrap();
    let err = fetch(&http, &server.url("/saved.csv")).await.unwrap_err();
    assert!(matches!(err, ExtractError::Html { .. }), "{err}");
}

#[tokio::test]
async fn missing_and_outside_paths_get_one_answer_without_server_paths() {
    let root = tempfile::tempdir().unwrap();
    let secret_dir = tempfile::tempdir().unwrap();
    let secret = secret_dir.path().join("shadow");
    std::fs::write(&secret, "root:x\n").unwrap();
    let link = root.path().join("innocent.csv");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let fetcher = local_fetcher(root.path());
    let answer = |url: &str, err: ExtractError| {
        assert!(matches!(err, ExtractError::LocalFile(_)), "{url}: {err}");
        // The URL given is quoted back; nothing else names a path.
        let rest = err.to_string().replace(url, "<url>");
        assert!(
            !rest.contains(&*root.path().to_string_lossy()),
            "{url}: the answer names the server's folder: {rest}"
        );
        assert!(
            !rest.contains(&*secret_dir.path().to_string_lossy()),
            "{url}: the answer names where the symlink leads: {rest}"
        );
        rest
    };
    let existing_outside = format!("file://{}", secret.display());
    let missing_outside = format!("file://{}", secret_dir.path().join("nope").display());
    let missing_inside = format!("file://{}", root.path().join("nope.csv").display());
    let through_link = format!("file://{}", link.display());
    let mut answers = Vec::new();
    for url in [
        &existing_outside,
        &missing_outside,
        &missing_inside,
        &through_link,
    ] {
        let err = fetch(&fetcher, url).await.unwrap_err();
        answers.push(answer(url, err));
    }
    answers.dedup();
    assert_eq!(answers.len(), 1, "the answers differ: {answers:#?}");
    assert!(!answers[0].contains("No such file"), "{}", answers[0]);
}

#[tokio::test]
async fn query_strings_and_credentials_stay_out_of_errors_and_redirects_carry_no_referer() {
    let server = TestServer::start().await;
    let fetcher = Fetcher::new(&extract_settings(&["127.0.0.1"])).unwrap();
    let secret = "key=sk_live_0123456789";
    for url in [
        server.url(&format!("/gone.csv?{secret}")),
        // Nothing listens there: the connection error.
        format!("http://127.0.0.1:1/x.csv?{secret}"),
        // Refused before any connection.
        format!("http://10.0.0.1/x.csv?{secret}"),
    ] {
        let err = fetch(&fetcher, &url).await.unwrap_err();
        let text = err.to_string();
        assert!(!text.contains("sk_live"), "{url}: {text}");
        assert!(
            text.contains("x.csv?***") || text.contains("gone.csv?***"),
            "{text}"
        );
    }
    let err = fetcher
        .post_json(
            &format!("http://u:hunter2@127.0.0.1:1/hook?{secret}"),
            &[],
            "{}".into(),
            Duration::from_secs(5),
        )
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        !text.contains("hunter2") && !text.contains("sk_live"),
        "{text}"
    );

    // A redirect is followed without telling the next server where it came from.
    server.body("/final.csv", "a\n1\n");
    server.set(
        &format!("/hop?{secret}"),
        Reply::Redirect(server.url("/final.csv")),
    );
    fetch(&fetcher, &server.url(&format!("/hop?{secret}")))
        .await
        .unwrap();
    let requests = server.requests("/final.csv");
    assert_eq!(requests.len(), 1);
    assert!(
        !requests[0].contains_key("referer"),
        "the redirect sent {:?}",
        requests[0].get("referer")
    );
}

#[tokio::test]
async fn downloads_live_in_the_process_folder_and_debris_of_dead_processes_is_cleared() {
    let downloads = tempfile::tempdir().unwrap();
    // What a worker killed mid-download leaves: its folder, a lock no one holds, a partial file.
    let dead = downloads.path().join("p4242-killed");
    std::fs::create_dir(&dead).unwrap();
    std::fs::write(dead.join(".lock"), "").unwrap();
    std::fs::write(dead.join("download-partial"), vec![b'x'; 4096]).unwrap();

    let server = TestServer::start().await;
    server.body("/data.csv", "a\n1\n2\n");
    let mut settings = extract_settings(&["127.0.0.1"]);
    settings.download_dir = Some(downloads.path().to_path_buf());
    settings.download_budget_bytes = 1024;
    let fetcher = Fetcher::new(&settings).unwrap();
    assert!(!dead.exists(), "the dead process's folder is still there");
    let own = fetcher.downloads().dir().to_path_buf();
    assert!(own.starts_with(downloads.path()));

    let Fetched::Downloaded(download) = fetch(&fetcher, &server.url("/data.csv")).await.unwrap()
    else {
        panic!("not downloaded");
    };
    assert!(download.path().starts_with(&own));
    assert_eq!(fetcher.downloads().in_use(), 6);
    let path = download.path().to_path_buf();
    drop(download);
    assert!(!path.exists());
    assert_eq!(fetcher.downloads().in_use(), 0);

    // More than the budget at once: recoverable, so the run is retried rather than failed.
    server.body("/big.csv", vec![b'a'; 2048]);
    let err = fetch(&fetcher, &server.url("/big.csv")).await.unwrap_err();
    assert!(err.is_recoverable(), "{err}");
    assert!(err.to_string().contains("download_budget_bytes"), "{err}");
    assert_eq!(fetcher.downloads().in_use(), 0);
    let left: Vec<_> = std::fs::read_dir(&own)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != ".lock")
        .collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
}
