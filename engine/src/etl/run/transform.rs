//! Stage 2, read + transform (and, per chunk, compare). Takes the downloads; opens a reader
//! per source, learns the types of its columns (`etl::infer`, unless the frame turns it off;
//! a rerun takes the last load's and checks them against every value it reads),
//! plans the output's columns from the sources' columns and types and the steps alone, and
//! starts a thread that reads, transforms, compares and encodes one chunk ahead of the load.
//! Guarantees that the chunks end with `Ok(None)` or an error, never by the thread vanishing
//! (a panic is an error). Never touches the database: the table's hashes are handed to it.

use std::{
    collections::{BTreeMap, HashMap},
    sync::Arc,
};

use polars::prelude::*;
use serde_json::{Value, json};

use super::{
    Engine, RunError, RunErrorCode, SourceBinding,
    compare::{self, Chunk, Dedup, DedupSource},
    cursor,
    failures::Reject,
};
use crate::{
    etl::{
        extract::Download,
        hash::{HashedSet, hash_rows},
        infer::{self, Scan},
        load::{Stamp, TableHashes},
        read::{self, ROW_PREFIX, ReadError, row_column},
        transform::{self, REASON, Transformed},
    },
    spec::{Check, DataType as SpecType, LoadMode, OnFail, Operation, PipelineSpec},
};

/// Whether every step (and every data test) works row by row, so the single source can be
/// read in batches.
fn batchable(spec: &PipelineSpec) -> bool {
    spec.sources.len() == 1
        && !spec
            .tests
            .iter()
            .any(|t| matches!(t.kind(), Check::Unique(_)))
        && spec.transform.iter().all(|op| match op {
            Operation::Select(_)
            | Operation::Drop(_)
            | Operation::Rename(_)
            | Operation::Cast(_)
            | Operation::ParseDate(_)
            | Operation::ParseDatetime(_)
            | Operation::Unpivot(_)
            | Operation::FillNull(_) => true,
            Operation::Derive(d) => !d.expr.reads_other_rows(),
            Operation::Filter(f) => !f.condition.reads_other_rows(),
            Operation::Join(_)
            | Operation::Dedupe(_)
            | Operation::Sort(_)
            | Operation::Union(_)
            | Operation::Aggregate(_)
            | Operation::Sql(_) => false,
        })
}

/// The transform thread's chunks, and the channel that hands it the table's hashes.
pub(super) struct Chunks {
    /// The output's visible columns and types, as planned.
    pub(super) columns: Vec<(String, DataType)>,
    rx: tokio::sync::mpsc::Receiver<Result<Option<Chunk>, RunError>>,
    dedup: std::sync::mpsc::Sender<Dedup>,
    thread: std::thread::JoinHandle<()>,
}

impl Chunks {
    /// Hands the thread the table's hashes; it waits for them when it first compares.
    pub(super) fn compare_with(&self, table: TableHashes) {
        let _ = self.dedup.send(match table {
            TableHashes::InMemory(table) => Dedup::Existing {
                table,
                rest: None,
                new_keys: HashedSet::default(),
            },
            TableHashes::Reading(table, rest) => Dedup::Existing {
                table,
                rest: Some(rest),
                new_keys: HashedSet::default(),
            },
            TableHashes::Spilled(partitions) => Dedup::spilled(partitions),
        });
    }

    /// Tells the thread the table is new: it keeps nothing per row (the primary key, added
    /// after the load, refuses duplicate keys).
    pub(super) fn new_table(&self) {
        let _ = self.dedup.send(Dedup::NewTable);
    }

    /// The next chunk, `None` at the end.
    pub(super) async fn next(&mut self) -> Result<Option<Chunk>, RunError> {
        receive(&mut self.rx).await
    }

    /// Waits for the thread; after it has sent its last item this returns at once.
    pub(super) fn join(self) {
        let _ = self.thread.join();
    }
}

/// The sources opened and the output's columns planned, before any row is read: what the
/// run needs to decide how to treat the table's schema (see [`super::schema`]).
pub(super) struct Opened {
    /// The output's visible columns and types, as planned.
    pub(super) columns: Vec<(String, DataType)>,
    pub(super) spec: Arc<PipelineSpec>,
    batched: bool,
    pub(super) sources: Vec<OpenSource>,
    bindings: HashMap<String, SourceBinding>,
}

/// One source, opened: its reader (text columns), and the types its columns are read as.
pub(super) struct OpenSource {
    pub(super) frame: String,
    reader: Box<dyn read::BatchReader>,
    /// What inference learnt of every value; `None` when the frame has `infer_types: false`.
    pub(super) scan: Option<Scan>,
    /// The type each column is read as: inference's, or the table's where it wins
    /// ([`super::types`]).
    pub(super) types: Vec<(String, SpecType)>,
    /// Set when `scan` is the last run's, taken without a first pass: the reader looks at
    /// every value as that pass would and leaves here what they allow, which must answer as
    /// `scan` does ([`Scan::differs_from`]) or the run's read is not the one it would have
    /// been.
    seen: Option<read::SeenTypes>,
}

impl OpenSource {
    /// The columns with the polars types they are read as.
    pub(super) fn schema(&self) -> Vec<(String, DataType)> {
        infer::schema(self.reader.columns(), &self.types)
    }
}

impl Opened {
    /// The sources whose types are the last run's, checked as their rows are read.
    pub(super) fn assuming_types(&self) -> Vec<&str> {
        self.sources
            .iter()
            .filter(|s| s.seen.is_some())
            .map(|s| s.frame.as_str())
            .collect()
    }

    /// What inference learnt of each source's values (frame -> scan), for the next run to
    /// start from: where the last run's was taken, it is also what this run's values allow,
    /// once the run has read them all and succeeded.
    pub(super) fn scans(&self) -> BTreeMap<String, Scan> {
        self.sources
            .iter()
            .filter_map(|s| Some((s.frame.clone(), s.scan.clone()?)))
            .collect()
    }
}

/// Opens a reader per source, learns the types of the columns of the sources that infer them
/// (a first pass over a batched source, unless `last` holds what the last run's values
/// allowed for its columns: see [`open_source`]; the whole frame otherwise, which is read
/// now), and plans the output's columns from the sources' columns and the steps alone.
pub(super) async fn open(
    engine: &Engine,
    spec: &PipelineSpec,
    sources: &[SourceBinding],
    downloads: &BTreeMap<String, Download>,
    last: &BTreeMap<String, Scan>,
) -> Result<Opened, RunError> {
    let spec = Arc::new(spec.clone());
    let mut opened = Vec::new();
    let batched = batchable(&spec);
    for source in sources {
        let path = downloads[&source.frame].path().to_path_buf();
        let format = source.format.clone();
        let frame = source.frame.clone();
        let rows = if batched {
            engine.batch_rows
        } else {
            usize::MAX
        };
        let infer = spec.infers_types(&source.frame);
        let last = last.get(&source.frame).cloned();
        let (reader, scan, seen) = crate::etl::off_runtime(move || {
            open_source(&path, &format, &frame, rows, batched, infer, last)
        })
        .await
        .map_err(RunError::db)?
        .map_err(|e| RunError::read(source, e))?;
        let types = scan.as_ref().map(Scan::types).unwrap_or_default();
        opened.push(OpenSource {
            frame: source.frame.clone(),
            reader,
            scan,
            types,
            seen,
        });
    }
    let bindings: HashMap<String, SourceBinding> = sources
        .iter()
        .map(|s| (s.frame.clone(), s.clone()))
        .collect();

    // The output's columns and types follow from the sources' columns and the steps alone:
    // prepare the table and learn what it holds before reading any row.
    let source_columns: Vec<(String, Vec<(String, DataType)>)> = opened
        .iter()
        .map(|s| (s.frame.clone(), s.schema()))
        .collect();
    let spec_c = spec.clone();
    let columns = crate::etl::off_runtime(move || output_columns(&spec_c, &source_columns))
        .await
        .map_err(RunError::db)??;
    Ok(Opened {
        columns,
        spec,
        batched,
        sources: opened,
        bindings,
    })
}

/// A source's reader and, when it infers types, what every value it holds allows. A batched
/// CSV source is read twice: a first pass looks at every value straight from the file's bytes
/// (on every core, and only until every column is known to be text), the second reads; any
/// other is read once, now. When `last` (what the values of the last run's file allowed) is
/// of the same columns, a batched CSV source takes it and skips the first pass: the reader
/// looks at every value instead and leaves what they allow in the third item, which the run
/// holds to `last` once every row is read.
#[allow(clippy::type_complexity)]
fn open_source(
    path: &std::path::Path,
    format: &crate::spec::Format,
    frame: &str,
    rows: usize,
    batched: bool,
    infer: bool,
    last: Option<Scan>,
) -> Result<
    (
        Box<dyn read::BatchReader>,
        Option<Scan>,
        Option<read::SeenTypes>,
    ),
    ReadError,
> {
    if !infer {
        return Ok((read::open(path, format, frame, rows)?, None, None));
    }
    // JSON is parsed whole whatever the batch size: read it once.
    if let (true, crate::spec::Format::Csv(options)) = (batched, format) {
        let mut reader = read::open(path, format, frame, rows)?;
        if let Some(last) = last.filter(|last| last.is_of(reader.columns())) {
            let seen = read::SeenTypes::default();
            if reader.observe_types(seen.clone()) {
                return Ok((reader, Some(last), Some(seen)));
            }
        }
        let scan = Scan::of_csv(path, options, reader.columns())?;
        return Ok((reader, Some(scan), None));
    }
    let df = read::read_all(path, format, frame)?;
    let reader = read::OneBatch::new(df.clone());
    let mut scan = Scan::new(read::BatchReader::columns(&reader));
    scan.add(&df);
    Ok((Box::new(reader), Some(scan), None))
}

/// Starts the transform thread over the opened sources, considering only rows at or after
/// `threshold` (the incremental cursor) when there is one.
pub(super) fn start(
    engine: &Engine,
    opened: Opened,
    threshold: Option<(String, Value, u32)>,
    stamp: Stamp,
) -> Result<Chunks, RunError> {
    let Opened {
        columns,
        spec,
        batched,
        sources,
        bindings,
    } = opened;
    // Each reader gives its columns their types as it reads (a CSV reader builds them typed;
    // any other's text columns are converted batch by batch); a batched one reads the next
    // batch on a thread of its own.
    let assumed: Vec<(String, Scan, read::SeenTypes)> = sources
        .iter()
        .filter_map(|s| Some((s.frame.clone(), s.scan.clone()?, s.seen.clone()?)))
        .collect();
    let pending: Vec<(String, Box<dyn read::BatchReader>)> = sources
        .into_iter()
        .map(|mut s| {
            let typed: Box<dyn read::BatchReader> =
                if s.types.is_empty() || s.reader.read_typed(&s.types) {
                    s.reader
                } else {
                    Box::new(infer::Typed::new(s.reader, s.types))
                };
            let reader: Box<dyn read::BatchReader> = if batched {
                Box::new(read::Prefetch::new(typed))
            } else {
                typed
            };
            (s.frame, reader)
        })
        .collect();
    // Reading, transforming, hashing and encoding run on a thread of their own, one chunk
    // ahead of the COPY: the two cores work at the same time, and at most two chunks are in
    // memory. The thread starts before the table's hashes are read, and waits for them only
    // when it first needs to compare.
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Option<Chunk>, RunError>>(1);
    let (dedup_tx, dedup_rx) = std::sync::mpsc::channel::<Dedup>();
    let mut readers = pending;
    let planned = columns.clone();
    let batch_rows = engine.batch_rows;
    let thread = std::thread::Builder::new()
        .name("sluice-transform".into())
        .stack_size(crate::etl::PLAN_STACK)
        .spawn(move || {
            let mut dedup = DedupSource::Pending(dedup_rx);
            // Ends with `Ok(None)` or an error: a channel closed without either is a thread
            // that died (a panic), never the end of the data.
            let end = loop {
                match next_chunk(
                    &spec,
                    batched,
                    &mut readers,
                    &bindings,
                    &mut dedup,
                    threshold.as_ref(),
                    stamp,
                ) {
                    Ok(Some(chunk)) => {
                        // The run was abandoned (canceled, lost): stop reading.
                        if tx.blocking_send(Ok(Some(chunk))).is_err() {
                            return;
                        }
                        if !batched {
                            break Ok(None);
                        }
                    }
                    end => break end,
                }
            };
            // Every value is read: the last run's types, where they were taken, must be those a
            // first pass would have found.
            let end = end.and_then(|none| held(&assumed).map(|()| none));
            // A spilled compare decides now, and sends the rows it keeps.
            let end = end.and_then(|none| {
                compare::finish(&mut dedup, &planned, &spec, batch_rows, |chunk| {
                    tx.blocking_send(Ok(Some(chunk))).is_ok()
                })
                .map(|()| none)
            });
            let _ = tx.blocking_send(end);
        })
        .map_err(RunError::db)?;
    Ok(Chunks {
        columns,
        rx,
        dedup: dedup_tx,
        thread,
    })
}

/// Checks each source read with the last run's types (frame, that run's scan, what this
/// run's values allowed): a value that did not read as its type stopped the read before;
/// here, values that all read but would have been typed otherwise (an `int` column whose
/// values now all read as `float` too, a text column whose values are now all integers).
fn held(assumed: &[(String, Scan, read::SeenTypes)]) -> Result<(), RunError> {
    for (frame, last, seen) in assumed {
        let differs = match seen.get() {
            Some(now) => now.differs_from(last),
            None => Some("the source was not read to its end".into()),
        };
        if let Some(what) = differs {
            return Err(RunError::permanent(
                "read",
                RunErrorCode::TransformFailed,
                format!(
                    "source frame `{frame}`'s values no longer give the types the last run \
                     found: {what}"
                ),
            ));
        }
    }
    Ok(())
}

/// The next item from the transform thread: `Ok(None)` when it has sent everything, and an
/// error when it stopped without saying so (it panicked), so that half the data is never
/// committed as the whole.
async fn receive<T>(
    rx: &mut tokio::sync::mpsc::Receiver<Result<Option<T>, RunError>>,
) -> Result<Option<T>, RunError> {
    rx.recv().await.unwrap_or_else(|| {
        Err(RunError::permanent(
            "transform",
            RunErrorCode::TransformFailed,
            "the transform stopped before the end of the data (see the worker's log)",
        ))
    })
}

/// Reads the next batch (or everything), transforms it and compares it with the table.
/// Returns the chunk and the number of source rows read, or `None` at the end.
fn next_chunk(
    spec: &PipelineSpec,
    batched: bool,
    readers: &mut [(String, Box<dyn read::BatchReader>)],
    bindings: &HashMap<String, SourceBinding>,
    dedup: &mut DedupSource,
    threshold: Option<&(String, Value, u32)>,
    stamp: Stamp,
) -> Result<Option<Chunk>, RunError> {
    let mut inputs = HashMap::new();
    let mut extracted = 0u64;
    let mut any = false;
    for (frame, reader) in readers.iter_mut() {
        let binding = &bindings[frame];
        let mut frames = Vec::new();
        // Batched: one batch of the single source. Whole: every batch of every source.
        while let Some(df) = reader
            .next_batch()
            .map_err(|e| RunError::read(binding, e))?
        {
            frames.push(df);
            if batched {
                break;
            }
        }
        let df = match frames.len() {
            0 => None,
            _ => {
                let mut all = frames.remove(0);
                for f in frames {
                    all.vstack_mut_owned(f).map_err(|e| {
                        RunError::read(
                            binding,
                            ReadError {
                                location: "the file".into(),
                                message: e.to_string(),
                            },
                        )
                    })?;
                }
                Some(all)
            }
        };
        match df {
            Some(df) => {
                any = true;
                extracted += df.height() as u64;
                inputs.insert(frame.clone(), df);
            }
            None => {
                let mut columns: Vec<Column> = reader
                    .schema()
                    .iter()
                    .map(|(c, t)| Column::new_empty(c.as_str().into(), t))
                    .collect();
                columns.push(Column::new_empty(
                    row_column(frame).into(),
                    &DataType::Int64,
                ));
                inputs.insert(
                    frame.clone(),
                    DataFrame::new(0, columns).unwrap_or_default(),
                );
            }
        }
    }
    if !any {
        return Ok(None);
    }
    // A failure from here on has read `extracted` rows: the failed run reports them.
    let failed = |message: String| {
        RunError::permanent("transform", RunErrorCode::TransformFailed, message)
            .read_so_far(extracted)
    };
    let raws = inputs.clone();
    let transformed =
        transform::run(spec, inputs).map_err(|e| RunError::transform(e).read_so_far(extracted))?;
    failing_tests(spec, &transformed.tested).map_err(|e| e.read_so_far(extracted))?;
    let rejects = collect_rejects(&transformed, &raws, spec);
    let rejected_keys = match spec.destination.mode {
        LoadMode::Mirror => Some(rejected_keys(spec, &transformed)),
        _ => None,
    };
    let tested = transformed.tested;
    let mut output = transformed.output;
    if let Some((cursor, max, lookback)) = threshold {
        let dtype = output
            .column(cursor)
            .map(|c| c.dtype().clone())
            .map_err(|e| failed(e.to_string()))?;
        if let Some(min) = cursor::threshold_expr(&dtype, max, *lookback) {
            output = output
                .lazy()
                .filter(col(cursor.as_str()).gt_eq(min))
                .collect()
                .map_err(|e| failed(e.to_string()))?;
        }
    }
    let visible: Vec<String> = output
        .get_column_names()
        .iter()
        .filter(|c| !c.starts_with(ROW_PREFIX))
        .map(|c| c.to_string())
        .collect();
    let columns: Vec<(String, DataType)> = visible
        .iter()
        .map(|c| {
            (
                c.clone(),
                output
                    .column(c)
                    .map(|s| s.dtype().clone())
                    .unwrap_or(DataType::String),
            )
        })
        .collect();
    let cursor_max = spec.incremental.as_ref().and_then(|inc| {
        output
            .column(inc.cursor.as_str())
            .ok()
            .and_then(|c| c.as_materialized_series().max_reduce().ok())
            .map(|s| s.value().clone().into_static())
            .filter(|v| !v.is_null())
    });
    let output = output
        .select(visible.iter().map(String::as_str))
        .map_err(|e| failed(e.to_string()))?;
    let mut chunk = compare::compare(output, columns, rejects, cursor_max, dedup, spec, stamp)
        .map_err(|e| e.read_so_far(extracted))?;
    chunk.extracted = extracted;
    chunk.tested = tested;
    if let Some((rejected, unknown)) = rejected_keys {
        chunk.keys.rejected = rejected;
        chunk.keys.unknown = unknown;
    }
    Ok(Some(chunk))
}

/// `mirror`: the keys of the output rows this chunk rejected, and how many rows it rejected
/// before the output, whose keys are unknown. Rejected output rows whose key cannot be hashed
/// as the output's are counted unknown too.
fn rejected_keys(spec: &PipelineSpec, transformed: &Transformed) -> (Vec<u64>, u64) {
    let unknown = transformed.rejected.height() as u64;
    let rejected = &transformed.rejected_output;
    if rejected.height() == 0 {
        return (Vec::new(), unknown);
    }
    let pk: Vec<String> = spec
        .destination
        .primary_key
        .iter()
        .map(|c| c.to_string())
        .collect();
    let typed_as_output = pk.iter().all(|c| {
        matches!(
            (rejected.column(c), transformed.output.column(c)),
            (Ok(r), Ok(o)) if r.dtype() == o.dtype()
        )
    });
    match hash_rows(rejected, &pk) {
        Ok(keys) if typed_as_output => (keys, unknown),
        _ => (Vec::new(), unknown + rejected.height() as u64),
    }
}

/// Fails the run when a `fail_run` data test has failing rows (nothing is loaded: the run's
/// transaction is rolled back).
fn failing_tests(spec: &PipelineSpec, tested: &[u64]) -> Result<(), RunError> {
    let failed: Vec<String> = spec
        .tests
        .iter()
        .zip(tested)
        .enumerate()
        .filter(|(_, (t, n))| t.on_fail == OnFail::FailRun && **n > 0)
        .map(|(i, (t, n))| format!("tests[{i}] ({}) fails on {n} row(s)", t.label()))
        .collect();
    if failed.is_empty() {
        return Ok(());
    }
    Err(RunError::permanent(
        "transform",
        RunErrorCode::DataTestFailed,
        format!("data test failed, nothing loaded: {}", failed.join("; ")),
    ))
}

/// The output's visible columns and types, planned from the sources' columns and types.
pub(super) fn output_columns(
    spec: &PipelineSpec,
    sources: &[(String, Vec<(String, DataType)>)],
) -> Result<Vec<(String, DataType)>, RunError> {
    let mut inputs = HashMap::new();
    for (frame, names) in sources {
        let mut columns: Vec<Column> = names
            .iter()
            .map(|(c, t)| Column::new_empty(c.as_str().into(), t))
            .collect();
        columns.push(Column::new_empty(
            row_column(frame).into(),
            &DataType::Int64,
        ));
        inputs.insert(
            frame.clone(),
            DataFrame::new(0, columns).unwrap_or_default().lazy(),
        );
    }
    let plan = transform::plan(spec, inputs).map_err(RunError::transform)?;
    let schema = plan.output.clone().collect_schema().map_err(|e| {
        RunError::permanent("transform", RunErrorCode::TransformFailed, e.to_string())
    })?;
    Ok(schema
        .iter()
        .filter(|(n, _)| !n.starts_with(ROW_PREFIX))
        .map(|(n, t)| (n.to_string(), t.clone()))
        .collect())
}

/// Turns rejected rows into failed-record candidates, each tied to its first source row. An
/// output row that lost its origin (a `sql` step that did not select it) is recorded as the
/// output frame's row, without a line, with its own values as the record.
pub(crate) fn collect_rejects(
    transformed: &Transformed,
    raws: &HashMap<String, DataFrame>,
    spec: &PipelineSpec,
) -> Vec<Reject> {
    let mut out = Vec::new();
    let frames: Vec<String> = spec.sources.keys().map(|f| f.to_string()).collect();
    for (rejected, whole) in [
        (&transformed.rejected, false),
        (&transformed.rejected_output, true),
    ] {
        if rejected.height() == 0 {
            continue;
        }
        let reasons = transform::column_strings(rejected, REASON);
        for i in 0..rejected.height() {
            let reason = reasons.get(i).cloned().flatten().unwrap_or_default();
            let origin = frames.iter().find_map(|frame| {
                match rejected.column(&row_column(frame)).map(|c| c.get(i)) {
                    Ok(Ok(AnyValue::Int64(row))) => Some((frame, row)),
                    _ => None,
                }
            });
            match origin {
                Some((frame, row)) => out.push(Reject {
                    frame: frame.clone(),
                    row: Some(row),
                    raw: raws
                        .get(frame)
                        .map(|df| raw_record(df, frame, row))
                        .unwrap_or(Value::Null),
                    reason,
                }),
                None if whole => out.push(Reject {
                    frame: spec.output.to_string(),
                    row: None,
                    raw: row_record(rejected, i),
                    reason,
                }),
                None => {}
            }
        }
    }
    out
}

/// A value as text: text as it is (borrowed, or owned as in a one-row frame from the
/// streaming engine, whose columns are constants), anything else as polars shows it.
pub(super) fn text(value: &AnyValue) -> String {
    value
        .get_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}

/// Row `index` of `df`'s visible columns, as `{column: text}`.
fn row_record(df: &DataFrame, index: usize) -> Value {
    let mut object = serde_json::Map::new();
    for column in df.columns() {
        let name = column.name();
        if name.starts_with(ROW_PREFIX) || name.as_str() == REASON {
            continue;
        }
        let value = match column.get(index) {
            Ok(AnyValue::Null) | Err(_) => Value::Null,
            Ok(v) => json!(text(&v)),
        };
        object.insert(name.to_string(), value);
    }
    Value::Object(object)
}

/// The source row `row` of `df`, as `{column: text}`.
fn raw_record(df: &DataFrame, frame: &str, row: i64) -> Value {
    let Ok(rows) = df.column(&row_column(frame)).and_then(|c| c.i64().cloned()) else {
        return Value::Null;
    };
    // Row numbers only grow within a source, so a binary search finds the row.
    let values: Vec<i64> = rows.iter().map(|v| v.unwrap_or(i64::MIN)).collect();
    let Ok(index) = values.binary_search(&row) else {
        return Value::Null;
    };
    let mut object = serde_json::Map::new();
    for column in df.columns() {
        if column.name().starts_with(ROW_PREFIX) {
            continue;
        }
        let value = match column.get(index) {
            Ok(AnyValue::Null) | Err(_) => Value::Null,
            Ok(v) => json!(text(&v)),
        };
        object.insert(column.name().to_string(), value);
    }
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_shows_text_as_it_is_in_a_constant_column_too() {
        // A one-row frame from the streaming engine holds its columns as constants, whose text
        // comes out owned.
        let name = Scalar::new(DataType::String, AnyValue::StringOwned("dee".into()));
        let df = DataFrame::new(
            1,
            vec![
                Column::new_scalar("name".into(), name, 1),
                Column::new("n".into(), [2i64]),
            ],
        )
        .unwrap();
        assert_eq!(row_record(&df, 0), json!({"name": "dee", "n": "2"}));
    }

    #[tokio::test]
    async fn a_transform_thread_that_dies_fails_the_run_instead_of_ending_the_data() {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Option<u32>, RunError>>(2);
        let producer = std::thread::spawn(move || {
            tx.blocking_send(Ok(Some(1))).unwrap();
            panic!("a polars panic");
        });
        assert!(producer.join().is_err());
        assert_eq!(receive(&mut rx).await.unwrap(), Some(1));
        let error = receive(&mut rx).await.unwrap_err();
        assert_eq!(error.code, RunErrorCode::TransformFailed);

        let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Option<u32>, RunError>>(2);
        tx.send(Ok(None)).await.unwrap();
        drop(tx);
        assert_eq!(receive(&mut rx).await.unwrap(), None, "the end, said");
    }
}
