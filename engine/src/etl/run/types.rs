//! Between stages 2 and the schema stage, the table's types win over inference. Takes the
//! opened sources (the types inference found) and the destination table's columns; where an
//! output column that inference typed differs from the table's column, reads the source
//! column behind it as the table's type when every value converts without loss (an integer
//! column into `double precision` or `text`, a date into `text`, …), and otherwise fails the
//! run before any row is read, naming the column, both types and the fix. Never writes. A
//! `replace` run rebuilds the table with the output's types and skips it.

use polars::prelude::DataType;

use super::{
    Engine, Journal, RunError, RunErrorCode, RunRequest,
    transform::{Opened, output_columns},
};
use crate::{
    etl::{
        infer::{self, Candidates},
        load::{self, Target},
    },
    spec::{DataType as SpecType, LoadMode, PipelineSpec},
};

/// One source column inference typed: where it is, and what its values allow.
#[derive(Clone)]
struct Typed {
    source: usize,
    column: usize,
    candidates: Candidates,
}

/// Pins the source columns behind the output columns whose inferred type differs from the
/// table's, and plans the output again. Columns no inference explains are left to the load,
/// which refuses a type change as it always has.
pub(super) async fn fit(
    engine: &Engine,
    req: &RunRequest,
    target: &Target,
    opened: &mut Opened,
    journal: &mut Journal,
) -> Result<(), RunError> {
    if req.spec.destination.mode == LoadMode::Replace
        || opened.sources.iter().all(|s| s.scan.is_none())
    {
        return Ok(());
    }
    let table: Vec<(String, String)> = load::existing_columns(&engine.pool, target)
        .await
        .map_err(RunError::db)?
        .into_iter()
        .filter(|(name, _)| !name.starts_with("_sluice"))
        .collect();
    let differs = |columns: &[(String, DataType)]| -> Vec<(String, String, String)> {
        columns
            .iter()
            .filter_map(|(name, dtype)| {
                let ours = load::pg_type(dtype).1;
                table
                    .iter()
                    .find(|(t, _)| t == name)
                    .filter(|(_, theirs)| theirs != ours)
                    .map(|(_, theirs)| (name.clone(), ours.to_owned(), theirs.clone()))
            })
            .collect()
    };
    let mismatched = differs(&opened.columns);
    if mismatched.is_empty() {
        return Ok(());
    }
    let mut types: Vec<(String, Vec<(String, DataType)>)> = opened
        .sources
        .iter()
        .map(|s| (s.frame.clone(), s.schema()))
        .collect();
    let typed: Vec<Typed> = opened
        .sources
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            s.types
                .iter()
                .enumerate()
                .filter(|(_, (_, t))| *t != SpecType::String)
                .filter_map(move |(j, (name, _))| {
                    Some(Typed {
                        source: i,
                        column: j,
                        candidates: s.scan.as_ref()?.candidates(name)?,
                    })
                })
        })
        .collect();
    let spec = opened.spec.clone();
    let table_name = target.table.clone();
    let (pins, columns) = crate::etl::off_runtime(move || {
        pin(&spec, &mut types, &typed, &mismatched, &table_name).map(|pins| (pins, types))
    })
    .await
    .map_err(RunError::db)??;
    for (source, column, to) in pins {
        let s = &mut opened.sources[source];
        let name = s.types[column].0.clone();
        journal.log(format!(
            "column `{name}` of source frame `{}` is read as {} (the table's type) rather than \
             the {} its values suggest",
            s.frame,
            load::pg_type(&infer::dtype(to)).1,
            load::pg_type(&infer::dtype(s.types[column].1)).1,
        ));
        s.types[column].1 = to;
    }
    let spec = opened.spec.clone();
    opened.columns = crate::etl::off_runtime(move || output_columns(&spec, &columns))
        .await
        .map_err(RunError::db)??;
    Ok(())
}

/// For each mismatched output column, the one inferred source column whose type, set to the
/// table's, gives the output column the table's type: `(source, column, type)`.
fn pin(
    spec: &PipelineSpec,
    types: &mut [(String, Vec<(String, DataType)>)],
    typed: &[Typed],
    mismatched: &[(String, String, String)],
    table: &str,
) -> Result<Vec<(usize, usize, SpecType)>, RunError> {
    let mut pins = Vec::new();
    for (output, ours, theirs) in mismatched {
        let Some(want) = table_type(theirs) else {
            continue;
        };
        for t in typed {
            let before = types[t.source].1[t.column].1.clone();
            if before == infer::dtype(want) {
                continue;
            }
            types[t.source].1[t.column].1 = infer::dtype(want);
            let fits = output_columns(spec, types).is_ok_and(|columns| {
                columns
                    .iter()
                    .any(|(n, d)| n == output && load::pg_type(d).1 == theirs)
            });
            if !fits {
                types[t.source].1[t.column].1 = before;
                continue;
            }
            if !t.candidates.allows(want) {
                let (frame, columns) = &types[t.source];
                return Err(RunError::permanent(
                    "load",
                    RunErrorCode::LoadRefused,
                    format!(
                        "column `{output}` is {theirs} in table `{table}`, but this run's values \
                         of `{}` (source frame `{frame}`) are {ours}, which {theirs} cannot hold \
                         without loss: convert the column with a `cast` step (values that do not \
                         convert become failed records), or load into a new table",
                        columns[t.column].0,
                    ),
                ));
            }
            pins.push((t.source, t.column, want));
            break;
        }
    }
    Ok(pins)
}

/// The spec type of a table column's `information_schema` type, for the types a run creates.
fn table_type(info: &str) -> Option<SpecType> {
    SpecType::ALL
        .into_iter()
        .find(|t| load::pg_type(&infer::dtype(*t)).1 == info)
}
