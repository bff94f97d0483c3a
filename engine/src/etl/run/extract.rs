//! Stage 1, extract. Takes the run's request; fetches every source, conditionally (ETag,
//! Last-Modified, content hash) when the spec is the one last loaded, and guarantees that
//! either every source is unchanged (and no retry was asked for), or every source is
//! downloaded whole. Never reads a file's content or touches the tenant's tables.

use std::collections::BTreeMap;

use sea_orm::sqlx::{self, PgPool, Row};
use uuid::Uuid;

use super::{Engine, Journal, RunError, RunRequest};
use crate::etl::extract::{Download, ExtractError, Fetched};

/// What extraction found.
pub(super) enum Extracted {
    /// Every source is unchanged since the last load, and no failed record asks for a retry.
    Unchanged,
    /// Frame -> its download, for every source.
    Changed(BTreeMap<String, Download>),
}

/// Fetches the sources; `conditional` when the spec is the one last loaded.
pub(super) async fn extract(
    engine: &Engine,
    req: &RunRequest,
    conditional: bool,
    journal: &mut Journal,
) -> Result<Extracted, RunError> {
    let mut downloads = BTreeMap::new();
    let mut unchanged_frames = Vec::new();
    for source in &req.sources {
        let previous = req
            .state
            .sources
            .get(&source.frame)
            .filter(|s| conditional && s.url == source.url)
            .map(|s| &s.validators);
        match engine
            .fetcher
            .fetch(&source.url, source.auth_header.as_ref(), previous)
            .await
            .map_err(|e| RunError::extract(&source.frame, e))?
        {
            Fetched::NotModified => unchanged_frames.push(source.frame.clone()),
            Fetched::Downloaded(d) => {
                if previous.is_some_and(|p| p.sha256.is_some() && p.sha256 == d.validators.sha256) {
                    unchanged_frames.push(source.frame.clone());
                }
                downloads.insert(source.frame.clone(), d);
            }
        }
    }
    let retry_requested = retry_requested(&engine.pool, req.pipeline_id).await?;
    if conditional && unchanged_frames.len() == req.sources.len() && !retry_requested {
        return Ok(Extracted::Unchanged);
    }
    // Sources answered 304 while another changed: fetch them whole.
    for source in &req.sources {
        if !downloads.contains_key(&source.frame) {
            match engine
                .fetcher
                .fetch(&source.url, source.auth_header.as_ref(), None)
                .await
                .map_err(|e| RunError::extract(&source.frame, e))?
            {
                Fetched::Downloaded(d) => {
                    downloads.insert(source.frame.clone(), d);
                }
                Fetched::NotModified => {
                    return Err(RunError::extract(
                        &source.frame,
                        ExtractError::Status {
                            url: source.url.clone(),
                            status: 304,
                        },
                    ));
                }
            }
        }
    }
    journal.time("extract_ms");
    for (frame, d) in &downloads {
        journal.log(format!("fetched `{frame}`: {} bytes", d.bytes));
    }
    Ok(Extracted::Changed(downloads))
}

async fn retry_requested(pool: &PgPool, pipeline_id: Uuid) -> Result<bool, RunError> {
    let row = sqlx::query("SELECT EXISTS (SELECT 1 FROM failed_records WHERE pipeline_id = $1 AND status = 'open' AND retry_requested)")
        .bind(pipeline_id)
        .fetch_one(pool)
        .await
        .map_err(RunError::db)?;
    Ok(row.get::<bool, _>(0))
}
