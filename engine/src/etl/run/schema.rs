//! Between stages 2 and 4, schema changes. Takes the output's planned columns and the
//! destination's `on_schema_change`; reads the table's columns (outside the run's
//! transaction, before the load changes anything); says in the run's log which columns the
//! output adds and which the table keeps with stale values; returns the incremental threshold
//! the transform uses: `backfill` drops it once so that every row is reloaded and the new
//! columns are filled everywhere, and `fail` refuses the run before anything is loaded. A
//! `replace` run rebuilds the table with the output's columns, and only says what changed.
//! Never writes: the load stage adds the columns (and refuses type changes in every mode but
//! `replace`).

use polars::prelude::DataType;
use serde_json::Value;

use super::{Engine, Journal, RunError, RunErrorCode, RunRequest};
use crate::{
    etl::load::{self, Target},
    spec::{LoadMode, OnSchemaChange},
};

/// The threshold the transform uses, after the table's columns were compared with the
/// output's.
pub(super) async fn decide(
    engine: &Engine,
    req: &RunRequest,
    target: &Target,
    columns: &[(String, DataType)],
    threshold: Option<(String, Value, u32)>,
    journal: &mut Journal,
) -> Result<Option<(String, Value, u32)>, RunError> {
    let table: Vec<String> = load::existing_columns(&engine.pool, target)
        .await
        .map_err(RunError::db)?
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| !name.starts_with("_sluice"))
        .collect();
    if table.is_empty() {
        // A new table: nothing to compare with.
        return Ok(threshold);
    }
    let added: Vec<&str> = columns
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| !table.iter().any(|t| t == name))
        .collect();
    let dropped: Vec<&str> = table
        .iter()
        .map(String::as_str)
        .filter(|name| !columns.iter().any(|(c, _)| c == name))
        .collect();
    let mode = req.spec.destination.on_schema_change;
    let name = &target.table;
    if mode == OnSchemaChange::Fail && !(added.is_empty() && dropped.is_empty()) {
        let mut changes = Vec::new();
        if !added.is_empty() {
            changes.push(format!("adds {}", list(&added)));
        }
        if !dropped.is_empty() {
            changes.push(format!("no longer has {}", list(&dropped)));
        }
        return Err(RunError::permanent(
            "load",
            RunErrorCode::SchemaChanged,
            format!(
                "the output {} of table `{name}`, and destination.on_schema_change is `fail`: \
                 change the table by hand, or set on_schema_change to `add_columns` or `backfill`",
                changes.join(" and ")
            ),
        ));
    }
    if req.spec.destination.mode == LoadMode::Replace {
        // The table is rebuilt from the output: its columns are the output's.
        let mut changes = Vec::new();
        if !added.is_empty() {
            changes.push(format!("gains {}", list(&added)));
        }
        if !dropped.is_empty() {
            changes.push(format!("loses {}", list(&dropped)));
        }
        if !changes.is_empty() {
            journal.log(format!(
                "table `{name}` is rebuilt with the output's columns: it {}",
                changes.join(" and ")
            ));
        }
        return Ok(threshold);
    }
    if !dropped.is_empty() {
        journal.log(format!(
            "the output no longer has {} of table `{name}`: rows loaded before keep their \
             (now stale) values there, rows loaded from now on get NULL",
            list(&dropped)
        ));
    }
    if added.is_empty() {
        return Ok(threshold);
    }
    let threshold = match (mode, threshold) {
        (OnSchemaChange::Backfill, Some(_)) => {
            journal.log(format!(
                "the output adds {} to table `{name}`: every row is reloaded to fill them \
                 (on_schema_change: backfill)",
                list(&added)
            ));
            None
        }
        (OnSchemaChange::AddColumns, Some(threshold)) => {
            journal.log(format!(
                "the output adds {} to table `{name}`: filled for the rows in this run's \
                 incremental window, NULL in older rows (on_schema_change `backfill` reloads \
                 every row to fill them)",
                list(&added)
            ));
            Some(threshold)
        }
        (_, threshold) => {
            journal.log(format!(
                "the output adds {} to table `{name}`, filled for the rows this run loads",
                list(&added)
            ));
            threshold
        }
    };
    Ok(threshold)
}

/// "column `a`" or "columns `a`, `b`".
fn list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let noun = if names.len() == 1 {
        "column"
    } else {
        "columns"
    };
    format!("{noun} {}", quoted.join(", "))
}
