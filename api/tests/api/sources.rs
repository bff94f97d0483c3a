use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;
use sluice_engine::crypto::Encryptor;

use crate::helpers::{simple_pipeline, source_body, spawn_app, spawn_app_with};

#[tokio::test]
async fn a_source_is_created_read_replaced_and_deleted() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let created = app
        .post(
            "/api/v1/sources",
            &s.token,
            json!({"name": "nyt-us", "url": "https://example.com/us.csv", "format": "csv", "options": {"delimiter": ";"}}),
        )
        .await
        .expect(201)
        .body;
    assert_eq!(created["name"], "nyt-us");
    assert_eq!(created["format"], "csv");
    // Options come back with every default spelled out.
    assert_eq!(
        created["options"],
        json!({"delimiter": ";", "has_header": true, "quote_char": "\"", "null_values": [""], "skip_rows": 0})
    );
    assert_eq!(created["has_auth_header"], false);
    let path = format!("/api/v1/sources/{}", created["id"].as_str().unwrap());
    assert_eq!(app.get(&path, &s.token).await.expect(200).body, created);

    let replaced = app
        .put(
            &path,
            &s.token,
            json!({"name": "nyt", "url": "https://example.com/v2.json", "format": "ndjson"}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(replaced["name"], "nyt");
    assert_eq!(replaced["format"], "ndjson");
    assert_eq!(replaced["options"], json!({}));
    assert_eq!(replaced["created_at"], created["created_at"]);

    app.delete(&path, &s.token).await.expect(204);
    app.get(&path, &s.token)
        .await
        .expect_error(404, "source_not_found");
    app.delete(&path, &s.token)
        .await
        .expect_error(404, "source_not_found");
}

#[tokio::test]
async fn the_auth_header_is_encrypted_at_rest_and_never_returned() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let secret = "Bearer very-secret-token-123";
    let created = app
        .post("/api/v1/sources", &s.token, json!({"name": "a", "url": "https://example.com/a.csv", "format": "csv", "auth_header": secret}))
        .await
        .expect(201)
        .body;
    assert_eq!(created["has_auth_header"], true);
    assert!(!created.to_string().contains("very-secret"));
    let id = created["id"].as_str().unwrap();
    let path = format!("/api/v1/sources/{id}");
    assert!(
        !app.get(&path, &s.token)
            .await
            .body
            .to_string()
            .contains("very-secret")
    );
    assert!(
        !app.get("/api/v1/sources", &s.token)
            .await
            .body
            .to_string()
            .contains("very-secret")
    );

    let stored = || async {
        let row = app
            .db
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                "SELECT auth_header FROM sources",
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<Option<Vec<u8>>>("", "auth_header").unwrap()
    };
    let sealed = stored().await.expect("stored");
    assert!(!String::from_utf8_lossy(&sealed).contains("very-secret"));
    let encryptor = Encryptor::new(sluice_testing::TEST_ENCRYPTION_KEY);
    assert_eq!(
        encryptor
            .open_string(&sealed, &format!("source:{id}"))
            .unwrap(),
        secret
    );

    // PUT without the field keeps it; null removes it.
    let body = json!({"name": "a", "url": "https://example.com/b.csv", "format": "csv"});
    assert_eq!(
        app.put(&path, &s.token, body).await.expect(200).body["has_auth_header"],
        true
    );
    assert_eq!(stored().await, Some(sealed));
    let body = json!({"name": "a", "url": "https://example.com/b.csv", "format": "csv", "auth_header": null});
    assert_eq!(
        app.put(&path, &s.token, body).await.expect(200).body["has_auth_header"],
        false
    );
    assert_eq!(stored().await, None);
}

#[tokio::test]
async fn invalid_sources_name_the_field() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let cases = [
        (
            json!({"name": "a b", "url": "https://x.io/a", "format": "csv"}),
            "name",
        ),
        (
            json!({"name": "a", "url": "ftp://x.io/a", "format": "csv"}),
            "url",
        ),
        (
            json!({"name": "a", "url": "https://u:p@x.io/a", "format": "csv"}),
            "url",
        ),
        (
            json!({"name": "a", "url": "file:///etc/passwd", "format": "csv"}),
            "url",
        ),
        (
            json!({"name": "a", "url": "https://x.io/a", "format": "xml"}),
            "format",
        ),
        (
            json!({"name": "a", "url": "https://x.io/a", "format": "csv", "options": {"delimiter": "ab"}}),
            "options.delimiter",
        ),
        (
            json!({"name": "a", "url": "https://x.io/a", "format": "csv", "options": {"delimiter": "\n"}}),
            "options.delimiter",
        ),
        (
            json!({"name": "a", "url": "https://x.io/a", "format": "json", "options": {"delimiter": ","}}),
            "options",
        ),
        (
            json!({"name": "a", "url": "https://x.io/a", "format": "csv", "auth_header": ""}),
            "auth_header",
        ),
        (
            json!({"name": "a", "url": "https://x.io/a", "format": "csv", "colour": "red"}),
            "colour",
        ),
    ];
    for (body, path) in cases {
        let reply = app.post("/api/v1/sources", &s.token, body.clone()).await;
        let reply = reply.expect_error(422, "validation_failed");
        assert_eq!(
            reply.body["details"][0]["path"], path,
            "{body}: {:#?}",
            reply.body
        );
    }
}

#[tokio::test]
async fn local_files_are_accepted_only_when_the_operator_allows_them() {
    let body = json!({"name": "f", "url": "file:///tmp/a.csv", "format": "csv"});
    // Off by default: refused at `url`, saying why.
    let closed = spawn_app().await;
    let s = closed.signup("T", "ada@example.com").await;
    let refused = closed
        .post("/api/v1/sources", &s.token, body.clone())
        .await
        .expect_error(422, "validation_failed");
    assert_eq!(
        refused.body["details"][0]["path"], "url",
        "{}",
        refused.body
    );
    assert!(
        refused.body["details"][0]["message"]
            .as_str()
            .unwrap()
            .contains("extract.local_dir is not set"),
        "{}",
        refused.body
    );
    // The same source once the operator names a folder.
    let open = spawn_app_with(|s| s.set("extract.local_dir", "/tmp")).await;
    let s = open.signup("T", "ada@example.com").await;
    open.post("/api/v1/sources", &s.token, body)
        .await
        .expect(201);
}

#[tokio::test]
async fn source_names_are_unique_per_tenant() {
    let app = spawn_app().await;
    let a = app.signup("A", "ada@example.com").await;
    let b = app.signup("B", "bob@example.com").await;
    app.create_source(&a, "shared").await;
    app.post("/api/v1/sources", &a.token, source_body("shared"))
        .await
        .expect_error(409, "source_name_taken");
    // Another tenant may use the name.
    app.create_source(&b, "shared").await;
    // Renaming onto a taken name is a conflict too.
    let other = app.create_source(&a, "other").await;
    app.put(
        &format!("/api/v1/sources/{}", other["id"].as_str().unwrap()),
        &a.token,
        source_body("shared"),
    )
    .await
    .expect_error(409, "source_name_taken");
}

#[tokio::test]
async fn a_source_in_use_cannot_be_deleted_or_renamed() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let source = app.create_source(&s, "raw").await;
    let pipeline = app
        .post(
            "/api/v1/pipelines",
            &s.token,
            simple_pipeline("p1", "raw", "t1"),
        )
        .await
        .expect(201)
        .body;
    let path = format!("/api/v1/sources/{}", source["id"].as_str().unwrap());
    let reply = app
        .delete(&path, &s.token)
        .await
        .expect_error(409, "source_in_use");
    assert_eq!(reply.body["details"]["pipelines"], json!(["p1"]));
    app.put(&path, &s.token, source_body("renamed"))
        .await
        .expect_error(409, "source_in_use");
    // Same name, new URL: fine.
    app.put(&path, &s.token, source_body("raw"))
        .await
        .expect(200);
    app.delete(
        &format!("/api/v1/pipelines/{}", pipeline["id"].as_str().unwrap()),
        &s.token,
    )
    .await
    .expect(200);
    app.delete(&path, &s.token).await.expect(204);
}

#[tokio::test]
async fn lists_are_paginated_with_a_cursor_and_a_cap() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    for i in 0..5 {
        app.create_source(&s, &format!("s{i}")).await;
    }
    let mut names = Vec::new();
    let mut path = "/api/v1/sources?limit=2".to_owned();
    let mut pages = 0;
    loop {
        let page = app.get(&path, &s.token).await.expect(200).body;
        pages += 1;
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        names.extend(items.iter().map(|i| i["name"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/sources?limit=2&after={cursor}"),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(names, ["s0", "s1", "s2", "s3", "s4"]);
    // Bounds are enforced, not silently capped: 1 and 200 are taken, 0 and 201 refused.
    for limit in [1, 200] {
        app.get(&format!("/api/v1/sources?limit={limit}"), &s.token)
            .await
            .expect(200);
    }
    for limit in [0, 201, 100_000] {
        let refused = app
            .get(&format!("/api/v1/sources?limit={limit}"), &s.token)
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(refused.body["details"][0]["path"], "limit", "{refused:#?}");
    }
    app.get("/api/v1/sources?limit=abc", &s.token)
        .await
        .expect_error(400, "bad_request");
    app.get("/api/v1/sources?after=not-a-uuid", &s.token)
        .await
        .expect_error(400, "bad_request");
}

/// `PUT /sources/by-name/{name}`: the demo and deployment scripts apply their sources every time
/// they run, wherever they run, and end in the same state.
#[tokio::test]
async fn a_source_is_applied_by_name_idempotently() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let other = app.signup("U", "bob@example.com").await;
    let path = "/api/v1/sources/by-name/nyt";
    let body = json!({"url": "https://data.example.com/us.csv", "format": "csv",
                      "auth_header": "Bearer one"});
    let created = app.put(path, &s.token, body.clone()).await.expect(201);
    assert_eq!(created.headers["sluice-apply"], "created");
    assert_eq!(created.body["name"], "nyt");
    assert_eq!(created.body["has_auth_header"], true);
    let id = created.body["id"].as_str().unwrap().to_owned();

    // The same document again: nothing changes, not even updated_at; the header is compared
    // opened (it is sealed with a fresh nonce every time it is stored).
    let again = app.put(path, &s.token, body.clone()).await.expect(200);
    assert_eq!(again.headers["sluice-apply"], "unchanged");
    assert_eq!(again.body["updated_at"], created.body["updated_at"]);
    // Omitting the header keeps it, and is no change either.
    let kept = app
        .put(
            path,
            &s.token,
            json!({"url": "https://data.example.com/us.csv", "format": "csv"}),
        )
        .await
        .expect(200);
    assert_eq!(kept.headers["sluice-apply"], "unchanged");
    assert_eq!(kept.body["has_auth_header"], true);

    // A new URL (the demo run from another clone) updates the same source.
    let moved = app
        .put(
            path,
            &s.token,
            json!({"name": "nyt", "url": "https://mirror.example.com/us.csv",
                                    "format": "csv", "options": {"delimiter": ";"},
                                    "auth_header": null}),
        )
        .await
        .expect(200);
    assert_eq!(moved.headers["sluice-apply"], "updated");
    assert_eq!(moved.body["id"], id.as_str());
    assert_eq!(moved.body["url"], "https://mirror.example.com/us.csv");
    assert_eq!(moved.body["options"]["delimiter"], ";");
    assert_eq!(moved.body["has_auth_header"], false);
    let read = app
        .get(&format!("/api/v1/sources/{id}"), &s.token)
        .await
        .expect(200);
    assert_eq!(read.body, moved.body);

    // Another tenant's source of the same name is its own.
    let theirs = app.put(path, &other.token, body.clone()).await.expect(201);
    assert_ne!(theirs.body["id"], id.as_str());

    // Refusals name what is wrong.
    app.put(
        path,
        &s.token,
        json!({"name": "other", "url": "https://a.example.com/x.csv", "format": "csv"}),
    )
    .await
    .expect_error(422, "validation_failed");
    app.put("/api/v1/sources/by-name/bad%20name", &s.token, body.clone())
        .await
        .expect_error(422, "validation_failed");
    let viewer = app.add_user(&s, "vic@example.com", "viewer").await;
    app.put(path, &viewer.token, body)
        .await
        .expect_error(403, "forbidden");

    // Two applies of a new name at once: one creates, the other finds it.
    let concurrent = json!({"url": "https://data.example.com/c.csv", "format": "csv"});
    let (a, b) = tokio::join!(
        app.put("/api/v1/sources/by-name/race", &s.token, concurrent.clone()),
        app.put("/api/v1/sources/by-name/race", &s.token, concurrent.clone()),
    );
    let mut outcomes = vec![a.status.as_u16(), b.status.as_u16()];
    outcomes.sort();
    assert_eq!(outcomes, [200, 201]);
}

/// Awkward local files get a check that says what is wrong and where (not a 500, not a hung
/// thread), and a path with a NUL is refused when the source is registered.
#[tokio::test]
async fn awkward_local_files_are_checked_with_a_clear_problem() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("nul-header.csv"),
        "date,ca\0ses\n2020-01-21,1\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("nul-value.csv"),
        "date,cases\n2020-01-21,1\0\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("page.csv"),
        "<!doctype html><title>x</title>",
    )
    .unwrap();
    let fifo = dir.path().join("pipe.csv");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let root = dir.path().to_str().unwrap().to_owned();
    let app = spawn_app_with(|s| s.set("extract.local_dir", root.clone())).await;
    let s = app.signup("T", "ada@example.com").await;
    for (file, expected) in [
        (
            "nul-header.csv",
            "line 1, field 2: the header contains a NUL character",
        ),
        ("nul-value.csv", "line 2, field 2: contains a NUL character"),
        ("page.csv", "HTML page"),
        ("pipe.csv", "not a regular file (a named pipe)"),
        (
            "missing.csv",
            "is not a readable file in this server's folder",
        ),
    ] {
        let source = app
            .post(
                "/api/v1/sources",
                &s.token,
                json!({"name": file.replace('.', "-"), "format": "csv",
                       "url": format!("file://{root}/{file}")}),
            )
            .await
            .expect(201);
        let check = app
            .post(
                &format!(
                    "/api/v1/sources/{}/check",
                    source.body["id"].as_str().unwrap()
                ),
                &s.token,
                json!({}),
            )
            .await
            .expect(200);
        assert_eq!(check.body["ok"], false, "{file}: {}", check.body);
        let message = check.body["problem"]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{file}: {message}");
        assert!(!message.contains(&root) || message.contains(&format!("file://{root}/{file}")));
    }
    app.post(
        "/api/v1/sources",
        &s.token,
        json!({"name": "nul-path", "format": "csv", "url": format!("file://{root}/a%00.csv")}),
    )
    .await
    .expect_error(422, "validation_failed");
}
