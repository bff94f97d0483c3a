//! Re-encrypting the secrets at rest under a new key (`sluice-worker reseal`, docs/OPERATIONS.md,
//! "Rotating the encryption key"). Every value [`Encryptor::seal`] writes is here, with the
//! context it is bound to:
//! - `sources.auth_header` (bytea), context `source:<source id>`;
//! - `destinations.password` (bytea), context `destination:<destination id>`;
//! - `pipelines.notify -> webhooks[].secret` (base64 in JSONB), context
//!   [`notifications::settings::secret_context`]`(pipeline id, webhook id)`.
//!
//! One transaction, rows locked as they are read: it all moves to the new key or nothing does.
//! A value that already opens with the new key is left as it is, so running it again (after a
//! crash, or twice) is harmless.

use base64::{Engine as _, engine::general_purpose::STANDARD};
use sea_orm::sqlx::{self, PgPool, Row};
use serde_json::Value;
use uuid::Uuid;

use crate::{
    crypto::{CryptoError, Encryptor},
    notifications,
};

/// What a reseal did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Resealed {
    /// Values re-encrypted from the old key to the new one.
    pub resealed: u64,
    /// Values that already opened with the new key.
    pub already_current: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ResealError {
    #[error("{what} opens with neither the current nor the previous key: nothing was changed")]
    Unreadable { what: String },
    #[error("{what} is malformed: nothing was changed")]
    Malformed { what: String },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Re-encrypts every stored secret sealed with `old` under `new`, in one transaction.
pub async fn reseal(
    pool: &PgPool,
    old: &Encryptor,
    new: &Encryptor,
) -> Result<Resealed, ResealError> {
    let mut done = Resealed::default();
    let mut txn = pool.begin().await?;

    let sources = sqlx::query(
        "SELECT id, auth_header FROM sources WHERE auth_header IS NOT NULL ORDER BY id FOR UPDATE",
    )
    .fetch_all(&mut *txn)
    .await?;
    for row in sources {
        let id: Uuid = row.get(0);
        let sealed: Vec<u8> = row.get(1);
        let what = format!("the auth header of source {id}");
        if let Some(resealed) =
            move_value(old, new, &sealed, &format!("source:{id}"), &what, &mut done)?
        {
            sqlx::query("UPDATE sources SET auth_header = $1 WHERE id = $2")
                .bind(resealed)
                .bind(id)
                .execute(&mut *txn)
                .await?;
        }
    }

    let destinations = sqlx::query(
        "SELECT id, password FROM destinations WHERE password IS NOT NULL ORDER BY id FOR UPDATE",
    )
    .fetch_all(&mut *txn)
    .await?;
    for row in destinations {
        let id: Uuid = row.get(0);
        let sealed: Vec<u8> = row.get(1);
        let what = format!("the password of destination {id}");
        if let Some(resealed) = move_value(
            old,
            new,
            &sealed,
            &crate::destination::sealing_context(id),
            &what,
            &mut done,
        )? {
            sqlx::query("UPDATE destinations SET password = $1 WHERE id = $2")
                .bind(resealed)
                .bind(id)
                .execute(&mut *txn)
                .await?;
        }
    }

    let pipelines = sqlx::query(
        "SELECT id, notify FROM pipelines \
         WHERE jsonb_typeof(notify -> 'webhooks') = 'array' AND jsonb_array_length(notify -> 'webhooks') > 0 \
         ORDER BY id FOR UPDATE",
    )
    .fetch_all(&mut *txn)
    .await?;
    for row in pipelines {
        let pipeline: Uuid = row.get(0);
        let mut settings: Value = row.get(1);
        let mut changed = false;
        let hooks = settings
            .get_mut("webhooks")
            .and_then(Value::as_array_mut)
            .map(Vec::as_mut_slice)
            .unwrap_or_default();
        // A Slack endpoint has no secret.
        for hook in hooks.iter_mut().filter(|hook| hook.get("secret").is_some()) {
            let what = format!("a webhook secret of pipeline {pipeline}");
            let malformed = || ResealError::Malformed { what: what.clone() };
            let webhook: Uuid = hook
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| id.parse().ok())
                .ok_or_else(malformed)?;
            let sealed = hook
                .get("secret")
                .and_then(Value::as_str)
                .and_then(|s| STANDARD.decode(s).ok())
                .ok_or_else(malformed)?;
            let context = notifications::settings::secret_context(pipeline, webhook);
            if let Some(resealed) = move_value(old, new, &sealed, &context, &what, &mut done)? {
                hook["secret"] = Value::String(STANDARD.encode(resealed));
                changed = true;
            }
        }
        if changed {
            sqlx::query("UPDATE pipelines SET notify = $1 WHERE id = $2")
                .bind(&settings)
                .bind(pipeline)
                .execute(&mut *txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(done)
}

/// The value sealed under `new`, or `None` when it already is.
fn move_value(
    old: &Encryptor,
    new: &Encryptor,
    sealed: &[u8],
    context: &str,
    what: &str,
    done: &mut Resealed,
) -> Result<Option<Vec<u8>>, ResealError> {
    match new.open_current(sealed, context) {
        Ok(_) => {
            done.already_current += 1;
            return Ok(None);
        }
        Err(CryptoError::Malformed) => return Err(ResealError::Malformed { what: what.into() }),
        Err(CryptoError::WrongKey) => {}
    }
    let plain = old.open_current(sealed, context).map_err(|e| match e {
        CryptoError::Malformed => ResealError::Malformed { what: what.into() },
        CryptoError::WrongKey => ResealError::Unreadable { what: what.into() },
    })?;
    done.resealed += 1;
    Ok(Some(new.seal(&plain, context)))
}
