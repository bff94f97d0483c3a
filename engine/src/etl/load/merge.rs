//! Staging and the merge into the table, and `mirror`'s deletions: the path of every load into
//! a table that already holds rows.
// Identifiers in the dynamic SQL below are validated names, always quoted; values are bound
// parameters or COPY data.

use sea_orm::sqlx::{self, AssertSqlSafe, PgConnection, Row};

use super::{DELETED_AT, LoadError, Target, quote};

/// The run's temporary table of new and changed rows: each chunk's are copied into it, merged
/// into the target and emptied ([`clear_staging`]) before the next chunk's.
pub const STAGING: &str = "_sluice_stage";

pub async fn create_staging(conn: &mut PgConnection, target: &Target) -> Result<(), LoadError> {
    sqlx::query(AssertSqlSafe(format!(
        "CREATE TEMP TABLE {STAGING} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP",
        target.qualified()
    )))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Empties [`STAGING`] once its rows are merged (a new, empty file for the temporary table:
/// the next chunk's rows are copied into it, and the next merge reads only them).
pub async fn clear_staging(conn: &mut PgConnection) -> Result<(), LoadError> {
    sqlx::query(AssertSqlSafe(format!("TRUNCATE {STAGING}")))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// How [`merge`] treats a row whose key the table already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// Updated when its hash differs; [`DELETED_AT`] cleared when `clear_deleted_at`.
    Update { clear_deleted_at: bool },
    /// Left as it is (`append`).
    Nothing,
}

/// Upserts the staging table into the target; returns (inserted, updated).
pub async fn merge(
    conn: &mut PgConnection,
    target: &Target,
    columns: &[String],
    on_conflict: OnConflict,
) -> Result<(u64, u64), LoadError> {
    let mut all: Vec<String> = columns.iter().map(|c| quote(c)).collect();
    all.push("_sluice_key".into());
    all.push("_sluice_hash".into());
    all.push("_sluice_run_id".into());
    all.push("_sluice_loaded_at".into());
    let mut sets: Vec<String> = columns
        .iter()
        .filter(|c| !target.primary_key.contains(c))
        .map(|c| format!("{0} = EXCLUDED.{0}", quote(c)))
        .collect();
    for c in [
        "_sluice_key",
        "_sluice_hash",
        "_sluice_run_id",
        "_sluice_loaded_at",
    ] {
        sets.push(format!("{c} = EXCLUDED.{c}"));
    }
    let pk: Vec<String> = target.primary_key.iter().map(|c| quote(c)).collect();
    let action = match on_conflict {
        OnConflict::Update { clear_deleted_at } => {
            if clear_deleted_at {
                sets.push(format!("{DELETED_AT} = NULL"));
            }
            format!(
                "DO UPDATE SET {} WHERE t._sluice_hash IS DISTINCT FROM EXCLUDED._sluice_hash",
                sets.join(", ")
            )
        }
        OnConflict::Nothing => "DO NOTHING".to_owned(),
    };
    let sql = format!(
        "WITH merged AS (\
           INSERT INTO {table} AS t ({cols}) SELECT {cols} FROM {STAGING} \
           ON CONFLICT ({pk}) {action} \
           RETURNING (xmax = 0) AS inserted) \
         SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged",
        table = target.qualified(),
        cols = all.join(", "),
        pk = pk.join(", "),
    );
    let row = sqlx::query(AssertSqlSafe(sql))
        .fetch_one(&mut *conn)
        .await?;
    let inserted: i64 = row.get(0);
    let updated: i64 = row.get(1);
    Ok((inserted as u64, updated as u64))
}

/// The keys a `mirror` run keeps: each output key (`loaded`) and each key of a row this run
/// rejected from its output (not `loaded`: kept as it was).
pub const KEEP: &str = "_sluice_keep";

pub async fn create_keep(conn: &mut PgConnection) -> Result<(), LoadError> {
    sqlx::query(AssertSqlSafe(format!(
        "CREATE TEMP TABLE {KEEP} (key bigint NOT NULL, loaded boolean NOT NULL) ON COMMIT DROP"
    )))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Sends `keys` (the `_sluice_key` hashes) to [`KEEP`] with COPY.
pub async fn copy_keys(
    conn: &mut PgConnection,
    keys: &[u64],
    loaded: bool,
) -> Result<(), LoadError> {
    if keys.is_empty() {
        return Ok(());
    }
    let mut body = Vec::with_capacity(19 + keys.len() * 19 + 2);
    body.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    body.extend_from_slice(&0i32.to_be_bytes());
    body.extend_from_slice(&0i32.to_be_bytes());
    for key in keys {
        body.extend_from_slice(&2i16.to_be_bytes());
        body.extend_from_slice(&8i32.to_be_bytes());
        body.extend_from_slice(&(*key as i64).to_be_bytes());
        body.extend_from_slice(&1i32.to_be_bytes());
        body.push(u8::from(loaded));
    }
    body.extend_from_slice(&(-1i16).to_be_bytes());
    let mut copy = conn
        .copy_in_raw(&format!(
            "COPY {KEEP} (key, loaded) FROM STDIN (FORMAT binary)"
        ))
        .await?;
    for chunk in body.chunks(1 << 20) {
        copy.send(chunk).await?;
    }
    copy.finish().await?;
    Ok(())
}

/// What [`mirror`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mirrored {
    /// Rows deleted, or newly marked in [`DELETED_AT`].
    pub deleted: u64,
    /// Rows marked before whose key is loaded again: the mark cleared.
    pub revived: u64,
}

/// After the merge, in the run's transaction: with `deleted_at` (the table has [`DELETED_AT`]),
/// clears the mark of every row whose key this run loaded; with `delete`, deletes the rows whose
/// key is not in [`KEEP`] (`soft`: marks them with the transaction's time instead, the
/// `_sluice_loaded_at` of the rows this run loads, unless marked already, so the mark says
/// when the row disappeared). Keys are compared as `_sluice_key`
/// hashes, like the compare does; after the merge each loaded row's `_sluice_key` is this run's.
pub async fn mirror(
    conn: &mut PgConnection,
    target: &Target,
    run_id: uuid::Uuid,
    deleted_at: bool,
    delete: bool,
    soft: bool,
) -> Result<Mirrored, LoadError> {
    let table = target.qualified();
    sqlx::query(AssertSqlSafe(format!("ANALYZE {KEEP}")))
        .execute(&mut *conn)
        .await?;
    let mut done = Mirrored::default();
    if deleted_at {
        done.revived = sqlx::query(AssertSqlSafe(format!(
            "UPDATE {table} AS t SET {DELETED_AT} = NULL, _sluice_run_id = $1, _sluice_loaded_at = now() \
             WHERE t.{DELETED_AT} IS NOT NULL \
               AND EXISTS (SELECT 1 FROM {KEEP} k WHERE k.key = t._sluice_key AND k.loaded)"
        )))
        .bind(run_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    if !delete {
        return Ok(done);
    }
    let missing = format!("NOT EXISTS (SELECT 1 FROM {KEEP} k WHERE k.key = t._sluice_key)");
    done.deleted = if soft {
        sqlx::query(AssertSqlSafe(format!(
            "UPDATE {table} AS t SET {DELETED_AT} = now() WHERE t.{DELETED_AT} IS NULL AND {missing}"
        )))
        .execute(&mut *conn)
        .await?
        .rows_affected()
    } else {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {table} AS t WHERE {missing}"
        )))
        .execute(&mut *conn)
        .await?
        .rows_affected()
    };
    Ok(done)
}
