//! Source check and preview: the first rows of a source and what each column looks like, so a
//! transform can be written against what the source really holds. Column types are
//! `etl::infer`'s, the same runs read the columns as.

use std::path::Path;

use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use polars::prelude::DataType;

use super::{
    infer,
    read::{self, ROW_PREFIX, ReadError},
};
use crate::{
    domain::{ColumnName, FrameName},
    spec::{DataType as SpecType, Format},
};

/// What a column's values look like in the rows read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ColumnInfo {
    pub name: String,
    /// The type a run reads the column as (unless its source frame sets `infer_types: false`):
    /// `int`, `float`, `bool`, `date` or `datetime` when every non-null value of the rows read
    /// has that type's form, else `string`. Runs decide it from every row of the file.
    pub inferred_type: SpecType,
    /// For a text column whose every value is a date in another form, the `parse_date` format
    /// that reads it (e.g. `%m/%d/%Y`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_format: Option<String>,
    /// Nulls among the rows read.
    pub nulls: usize,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Preview {
    pub columns: Vec<ColumnInfo>,
    /// The first rows, as `{column: text}` (null where the source has no value).
    #[schema(value_type = Vec<std::collections::BTreeMap<String, Option<String>>>)]
    pub rows: Vec<Value>,
    /// Rows read to infer the types (at most the preview's sample).
    pub rows_sampled: usize,
}

impl Preview {
    /// The columns with the polars types a run reads them as: inferred, or all text when the
    /// frame does not infer types. What a source check checks a pipeline's steps against.
    pub fn frame_columns(&self, infer: bool) -> Vec<(String, DataType)> {
        self.columns
            .iter()
            .map(|c| {
                let t = if infer {
                    c.inferred_type
                } else {
                    SpecType::String
                };
                (c.name.clone(), infer::dtype(t))
            })
            .collect()
    }
}

/// Date forms other than ISO that `parse_date` reads, offered as hints for text columns.
const DATE_FORMATS: [&str; 5] = ["%m/%d/%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%y"];

/// The `parse_date` format every value of a text column is a date in, if any.
fn date_format(values: &[&str]) -> Option<String> {
    if values.is_empty() {
        return None;
    }
    DATE_FORMATS
        .iter()
        .find(|f| {
            values
                .iter()
                .all(|v| chrono::NaiveDate::parse_from_str(v.trim(), f).is_ok())
        })
        .map(|f| (*f).to_owned())
}

/// Reads up to `sample` rows of a source file. A file cut at a preview limit should have its
/// last partial line removed first (see [`trim_to_last_line`]).
pub fn preview(
    path: &Path,
    format: &Format,
    sample: usize,
    shown: usize,
) -> Result<Preview, ReadError> {
    let mut reader = read::open(path, format, "preview", sample.max(1))?;
    let df = reader.next_batch()?;
    let names: Vec<String> = reader.columns().to_vec();
    let Some(df) = df else {
        return Ok(Preview {
            columns: names
                .into_iter()
                .map(|name| ColumnInfo {
                    name,
                    inferred_type: SpecType::String,
                    date_format: None,
                    nulls: 0,
                })
                .collect(),
            rows: Vec::new(),
            rows_sampled: 0,
        });
    };
    // The inference runs use, over the rows read.
    let mut scan = infer::Scan::new(&names);
    scan.add(&df);
    let mut columns = Vec::new();
    let mut texts: Vec<Vec<Option<String>>> = Vec::new();
    for (name, inferred_type) in scan.types() {
        let values = super::transform::column_strings(&df, &name);
        let present: Vec<&str> = values.iter().flatten().map(String::as_str).collect();
        let date_format = if inferred_type == SpecType::String {
            date_format(&present)
        } else {
            None
        };
        columns.push(ColumnInfo {
            name,
            inferred_type,
            date_format,
            nulls: values.len() - present.len(),
        });
        texts.push(values);
    }
    let names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    let rows = (0..df.height().min(shown))
        .map(|i| {
            let mut row = serde_json::Map::new();
            for (name, values) in names.iter().zip(&texts) {
                if name.starts_with(ROW_PREFIX) {
                    continue;
                }
                row.insert(
                    name.clone(),
                    values
                        .get(i)
                        .cloned()
                        .flatten()
                        .map(Value::String)
                        .unwrap_or(Value::Null),
                );
            }
            Value::Object(row)
        })
        .collect();
    Ok(Preview {
        columns,
        rows,
        rows_sampled: df.height(),
    })
}

/// Steps that make a previewed source's columns land typed instead of as text.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Suggestion {
    /// The frame the steps apply to.
    pub frame: String,
    pub columns: Vec<SuggestedColumn>,
    /// In order: a `rename` of the columns whose names cannot be table columns, one
    /// `parse_date` per date column, one `cast` of the other typed columns. Empty when every
    /// column is text with a valid name. Inference already reads ISO dates and the typed
    /// columns so (the steps are then no-ops); the steps keep the types whatever later files
    /// hold, and with `infer_types: false`.
    #[schema(value_type = Vec<crate::spec::Operation>)]
    pub steps: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SuggestedColumn {
    /// As the source names it.
    pub source: String,
    /// As the steps leave it: a valid table column name.
    pub name: String,
    /// What the steps make it (`int`, `float`, `bool`, `date`, `datetime`, `string`).
    pub inferred_type: SpecType,
    /// The `parse_date` format, for dates.
    pub date_format: Option<String>,
}

/// A valid destination column name for `raw`: lower case, runs of other characters as one
/// underscore, `c_` before a leading digit or a reserved prefix, at most 63 bytes.
pub fn column_name(raw: &str) -> String {
    let mut name = String::with_capacity(raw.len());
    for c in raw.trim().chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.ends_with('_') {
            name.push('_');
        }
    }
    let trimmed = name.trim_matches('_');
    let mut name = if trimmed.is_empty() {
        "column".to_owned()
    } else {
        trimmed.to_owned()
    };
    if name.starts_with(|c: char| c.is_ascii_digit()) || ColumnName::parse(&name).is_err() {
        name = format!("c_{name}");
    }
    name.truncate(63);
    name
}

/// Rename, parse_date and cast steps for `preview`'s columns, applied to `frame`.
pub fn suggest(preview: &Preview, frame: &FrameName) -> Suggestion {
    let mut taken: Vec<String> = Vec::new();
    let mut columns = Vec::new();
    for info in preview
        .columns
        .iter()
        .filter(|c| !c.name.starts_with(ROW_PREFIX))
    {
        let mut name = if ColumnName::parse(&info.name).is_ok() {
            info.name.clone()
        } else {
            column_name(&info.name)
        };
        // Two source columns that clean up to the same name get numbered.
        let base = name.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{}_{n}", &base[..base.len().min(58)]);
            n += 1;
        }
        taken.push(name.clone());
        let (inferred_type, date_format) = match (&info.date_format, info.inferred_type) {
            (Some(format), _) => (SpecType::Date, Some(format.clone())),
            (None, SpecType::Date) => (SpecType::Date, Some("%Y-%m-%d".to_owned())),
            (None, t) => (t, None),
        };
        columns.push(SuggestedColumn {
            source: info.name.clone(),
            name,
            inferred_type,
            date_format,
        });
    }
    let mut steps = Vec::new();
    let renames: serde_json::Map<String, Value> = columns
        .iter()
        .filter(|c| c.source != c.name)
        .map(|c| (c.source.clone(), Value::String(c.name.clone())))
        .collect();
    if !renames.is_empty() {
        steps.push(json!({"op": "rename", "frame": frame, "columns": renames}));
    }
    for c in columns.iter().filter(|c| c.inferred_type == SpecType::Date) {
        steps.push(
            json!({"op": "parse_date", "frame": frame, "column": c.name, "format": c.date_format}),
        );
    }
    let casts: serde_json::Map<String, Value> = columns
        .iter()
        .filter(|c| {
            matches!(
                c.inferred_type,
                SpecType::Int | SpecType::Float | SpecType::Bool | SpecType::Datetime
            )
        })
        .map(|c| (c.name.clone(), json!(c.inferred_type)))
        .collect();
    if !casts.is_empty() {
        steps.push(json!({"op": "cast", "frame": frame, "columns": casts}));
    }
    Suggestion {
        frame: frame.to_string(),
        columns,
        steps,
    }
}

/// Cuts a file that was truncated at a byte limit back to its last complete line.
pub fn trim_to_last_line(path: &Path) -> std::io::Result<()> {
    let bytes = std::fs::read(path)?;
    if let Some(end) = bytes.iter().rposition(|b| *b == b'\n') {
        std::fs::write(path, &bytes[..=end])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::spec::CsvOptions;

    #[test]
    fn suggested_steps_type_every_column_and_fix_bad_names() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(b"Country/Region,1/22/2020,date,cases,ok,at,name,_sluice_x\nUS,1,1/22/2020,5,true,2020-01-02T03:04:05Z,a,1\n")
            .unwrap();
        let p = preview(f.path(), &Format::Csv(CsvOptions::default()), 100, 1).unwrap();
        let frame = FrameName::parse("jhu").unwrap();
        let s = suggest(&p, &frame);
        let names: Vec<&str> = s.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "country_region",
                "c_1_22_2020",
                "date",
                "cases",
                "ok",
                "at",
                "name",
                "sluice_x"
            ]
        );
        assert_eq!(
            Value::Array(s.steps.clone()),
            json!([
                {"op": "rename", "frame": "jhu", "columns": {
                    "Country/Region": "country_region", "1/22/2020": "c_1_22_2020", "_sluice_x": "sluice_x"}},
                {"op": "parse_date", "frame": "jhu", "column": "date", "format": "%m/%d/%Y"},
                {"op": "cast", "frame": "jhu", "columns": {
                    "c_1_22_2020": "int", "sluice_x": "int", "cases": "int", "ok": "bool", "at": "datetime"}}
            ])
        );
        // What it suggests is a valid transform.
        let spec = json!({
            "sources": {"jhu": "src"},
            "transform": s.steps,
            "output": "jhu",
            "destination": {"table": "t", "primary_key": ["date"]}
        });
        crate::spec::PipelineSpec::parse(&spec).unwrap();
        assert_eq!(column_name(" Total (US$) "), "total_us");
        assert_eq!(column_name("???"), "column");
        assert_eq!(column_name("pg_stat"), "c_pg_stat");
    }

    #[test]
    fn types_and_date_formats_are_inferred() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(b"id,price,ok,day,us_day,at,name,fips,yes\n1,1.5,true,2020-01-02,1/22/2020,2020-01-02T03:04:05Z,a,01,yes\n2,2,false,2020-01-03,12/31/2020,2020-01-02T03:04:05+01:00,,36,no\n")
            .unwrap();
        let p = preview(f.path(), &Format::Csv(CsvOptions::default()), 100, 1).unwrap();
        let types: Vec<(&str, SpecType)> = p
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.inferred_type))
            .collect();
        assert_eq!(
            types,
            [
                ("id", SpecType::Int),
                ("price", SpecType::Float),
                ("ok", SpecType::Bool),
                ("day", SpecType::Date),
                ("us_day", SpecType::String),
                ("at", SpecType::Datetime),
                ("name", SpecType::String),
                ("fips", SpecType::String),
                ("yes", SpecType::String),
            ]
        );
        // A date in another form stays text; its format is a hint for `parse_date`.
        assert_eq!(p.columns[4].date_format.as_deref(), Some("%m/%d/%Y"));
        assert_eq!(p.columns[3].date_format, None);
        assert_eq!(p.columns[6].nulls, 1);
        assert_eq!(p.rows.len(), 1);
        assert_eq!(p.rows[0]["us_day"], "1/22/2020");
        assert_eq!(p.rows_sampled, 2);
    }
}
