//! `reseal` against the real PostgreSQL: every stored secret moves from the old key to the new
//! one, in one transaction, and running it again changes nothing.

use base64::{Engine as _, engine::general_purpose::STANDARD};
use sea_orm::sqlx;
use serde_json::{Value, json};
use sluice_engine::{
    crypto::Encryptor,
    notifications::settings::secret_context,
    reseal::{self, ResealError, Resealed},
};
use uuid::Uuid;

use crate::env::Env;

const OLD: [u8; 32] = [1; 32];
const NEW: [u8; 32] = [2; 32];

struct Stored {
    source: Uuid,
    bare_source: Uuid,
    pipeline: Uuid,
    hooks: Vec<(Uuid, &'static str)>,
    destination: Uuid,
}

/// A source with an auth header and one without, and a pipeline with two webhooks: the first
/// sealed with `first_hook_key`, the second with the old key.
async fn store(env: &mut Env, first_hook_key: [u8; 32]) -> Stored {
    let old = Encryptor::new(&OLD);
    let source = env.source("numbers", "csv", json!({})).await;
    let bare_source = env.source("other", "csv", json!({})).await;
    sqlx::query("UPDATE sources SET auth_header = $1 WHERE id = $2")
        .bind(old.seal(b"Bearer s3cret", &format!("source:{source}")))
        .bind(source)
        .execute(&env.pool)
        .await
        .unwrap();
    let pipeline = env
        .pipeline(json!({
            "sources": {"raw": "numbers"},
            "transform": [],
            "output": "raw",
            "destination": {"table": "numbers", "primary_key": ["id"]}
        }))
        .await;
    let hooks = vec![(Uuid::now_v7(), "whsec_one"), (Uuid::now_v7(), "whsec_two")];
    let stored: Vec<Value> = hooks
        .iter()
        .enumerate()
        .map(|(i, (id, secret))| {
            let key = if i == 0 { first_hook_key } else { OLD };
            let sealed =
                Encryptor::new(&key).seal(secret.as_bytes(), &secret_context(pipeline, *id));
            json!({"id": id, "url": format!("https://example.com/{i}"), "secret": STANDARD.encode(sealed)})
        })
        .collect();
    sqlx::query("UPDATE pipelines SET notify = $1 WHERE id = $2")
        .bind(json!({"email": ["ops@example.com"], "webhooks": stored, "on": ["failure"]}))
        .bind(pipeline)
        .execute(&env.pool)
        .await
        .unwrap();
    let destination = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO destinations (id, tenant_id, name, host, port, database, username, password, sslmode, schema_name, created_at, updated_at) \
         VALUES ($1, $2, 'warehouse', 'db.example.com', 5432, 'dw', 'loader', $3, 'require', 'sluice', now(), now())",
    )
    .bind(destination)
    .bind(env.tenant_id)
    .bind(old.seal(b"pg-pass", &sluice_engine::destination::sealing_context(destination)))
    .execute(&env.pool)
    .await
    .unwrap();
    Stored {
        source,
        bare_source,
        pipeline,
        hooks,
        destination,
    }
}

async fn auth_header(env: &Env, source: Uuid) -> Option<Vec<u8>> {
    sqlx::query_scalar("SELECT auth_header FROM sources WHERE id = $1")
        .bind(source)
        .fetch_one(&env.pool)
        .await
        .unwrap()
}

async fn hook_secrets(env: &Env, pipeline: Uuid) -> Vec<Vec<u8>> {
    let notify: Value = sqlx::query_scalar("SELECT notify FROM pipelines WHERE id = $1")
        .bind(pipeline)
        .fetch_one(&env.pool)
        .await
        .unwrap();
    notify["webhooks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| STANDARD.decode(h["secret"].as_str().unwrap()).unwrap())
        .collect()
}

#[tokio::test]
async fn every_stored_secret_moves_to_the_new_key_once() {
    let mut env = Env::new().await;
    // The first webhook was saved after the new key was deployed: it is already current.
    let s = store(&mut env, NEW).await;
    let (old, new) = (Encryptor::new(&OLD), Encryptor::new(&NEW));

    let done = reseal::reseal(&env.pool, &old, &new).await.unwrap();
    assert_eq!(
        done,
        Resealed {
            resealed: 3,
            already_current: 1
        }
    );
    let header = auth_header(&env, s.source).await.unwrap();
    let context = format!("source:{}", s.source);
    assert_eq!(new.open(&header, &context).unwrap(), b"Bearer s3cret");
    assert!(old.open(&header, &context).is_err());
    assert_eq!(auth_header(&env, s.bare_source).await, None);
    let password: Vec<u8> = sqlx::query_scalar("SELECT password FROM destinations WHERE id = $1")
        .bind(s.destination)
        .fetch_one(&env.pool)
        .await
        .unwrap();
    let context = sluice_engine::destination::sealing_context(s.destination);
    assert_eq!(new.open(&password, &context).unwrap(), b"pg-pass");
    for (sealed, (id, secret)) in hook_secrets(&env, s.pipeline).await.iter().zip(&s.hooks) {
        let context = secret_context(s.pipeline, *id);
        assert_eq!(new.open(sealed, &context).unwrap(), secret.as_bytes());
        assert!(old.open(sealed, &context).is_err());
    }
    // The rest of the notification settings are untouched.
    let notify: Value = sqlx::query_scalar("SELECT notify FROM pipelines WHERE id = $1")
        .bind(s.pipeline)
        .fetch_one(&env.pool)
        .await
        .unwrap();
    assert_eq!(notify["email"], json!(["ops@example.com"]));
    assert_eq!(notify["webhooks"][1]["url"], "https://example.com/1");

    // Again: nothing left to move, nothing rewritten.
    let before = hook_secrets(&env, s.pipeline).await;
    let again = reseal::reseal(&env.pool, &old, &new).await.unwrap();
    assert_eq!(
        again,
        Resealed {
            resealed: 0,
            already_current: 4
        }
    );
    assert_eq!(hook_secrets(&env, s.pipeline).await, before);
    assert_eq!(auth_header(&env, s.source).await.unwrap(), header);
}

#[tokio::test]
async fn a_secret_neither_key_opens_changes_nothing() {
    let mut env = Env::new().await;
    // Sealed with a third key: the operator gave the wrong old key, or the row was tampered with.
    let s = store(&mut env, [3; 32]).await;
    let header_before = auth_header(&env, s.source).await;
    let hooks_before = hook_secrets(&env, s.pipeline).await;
    let err = reseal::reseal(&env.pool, &Encryptor::new(&OLD), &Encryptor::new(&NEW))
        .await
        .unwrap_err();
    assert!(matches!(err, ResealError::Unreadable { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "a webhook secret of pipeline {} opens with neither the current nor the previous key: nothing was changed",
            s.pipeline
        )
    );
    // The source was resealed before the webhook failed, and rolled back with it.
    assert_eq!(auth_header(&env, s.source).await, header_before);
    assert_eq!(hook_secrets(&env, s.pipeline).await, hooks_before);
}
