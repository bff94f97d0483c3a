//! Source check and preview: the first rows of a source and what each column looks like, so a
//! transform can be written against what the source really holds.

use std::path::Path;

use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::read::{self, ROW_PREFIX, ReadError};
use crate::{
    domain::{ColumnName, FrameName},
    spec::Format,
};

/// What a column's values look like in the rows read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ColumnInfo {
    pub name: String,
    /// The narrowest `cast` type (or `parse_date` format) every non-null value fits.
    #[schema(value_type = crate::spec::DataType)]
    pub inferred_type: String,
    /// For dates not in ISO form, the `parse_date` format that reads them (e.g. `%m/%d/%Y`).
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

const DATE_FORMATS: [&str; 6] = [
    "%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%y",
];

fn infer(values: &[&str]) -> (String, Option<String>) {
    let all = |f: &dyn Fn(&str) -> bool| !values.is_empty() && values.iter().all(|v| f(v.trim()));
    if all(&|v| v.parse::<i64>().is_ok()) {
        return ("int".into(), None);
    }
    if all(&|v| v.parse::<f64>().is_ok()) {
        return ("float".into(), None);
    }
    let words = ["true", "false", "t", "f", "yes", "no", "y", "n"];
    if all(&|v| words.contains(&v.to_ascii_lowercase().as_str())) {
        return ("bool".into(), None);
    }
    for format in DATE_FORMATS {
        if all(&|v| chrono::NaiveDate::parse_from_str(v, format).is_ok()) {
            let hint = (format != "%Y-%m-%d").then(|| format.to_owned());
            return ("date".into(), hint);
        }
    }
    if all(&|v| {
        chrono::DateTime::parse_from_rfc3339(v).is_ok()
            || chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S").is_ok()
    }) {
        return ("datetime".into(), None);
    }
    ("string".into(), None)
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
                    inferred_type: "string".into(),
                    date_format: None,
                    nulls: 0,
                })
                .collect(),
            rows: Vec::new(),
            rows_sampled: 0,
        });
    };
    let mut columns = Vec::new();
    let mut texts: Vec<Vec<Option<String>>> = Vec::new();
    for name in &names {
        let values = super::transform::column_strings(&df, name);
        let present: Vec<&str> = values.iter().flatten().map(String::as_str).collect();
        let (inferred_type, date_format) = infer(&present);
        columns.push(ColumnInfo {
            name: name.clone(),
            inferred_type,
            date_format,
            nulls: values.len() - present.len(),
        });
        texts.push(values);
    }
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
    /// column is text with a valid name.
    #[schema(value_type = Vec<crate::spec::Operation>)]
    pub steps: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SuggestedColumn {
    /// As the source names it.
    pub source: String,
    /// As the steps leave it: a valid table column name.
    pub name: String,
    /// What the values look like (`int`, `float`, `bool`, `date`, `datetime`, `string`).
    #[schema(value_type = crate::spec::DataType)]
    pub inferred_type: String,
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
        columns.push(SuggestedColumn {
            source: info.name.clone(),
            name,
            inferred_type: info.inferred_type.clone(),
            date_format: (info.inferred_type == "date").then(|| {
                info.date_format
                    .clone()
                    .unwrap_or_else(|| "%Y-%m-%d".to_owned())
            }),
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
    for c in columns.iter().filter(|c| c.inferred_type == "date") {
        steps.push(
            json!({"op": "parse_date", "frame": frame, "column": c.name, "format": c.date_format}),
        );
    }
    let casts: serde_json::Map<String, Value> = columns
        .iter()
        .filter(|c| {
            matches!(
                c.inferred_type.as_str(),
                "int" | "float" | "bool" | "datetime"
            )
        })
        .map(|c| (c.name.clone(), Value::String(c.inferred_type.clone())))
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
        f.write_all(b"Country/Region,1/22/2020,date,cases,ok,at,name,_sluice_x\nUS,1,1/22/2020,5,yes,2020-01-02T03:04:05Z,a,1\n")
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
        f.write_all(b"id,price,ok,day,us_day,at,name\n1,1.5,yes,2020-01-02,1/22/2020,2020-01-02T03:04:05Z,a\n2,2,no,2020-01-03,12/31/2020,2020-01-02T03:04:05+01:00,\n")
            .unwrap();
        let p = preview(f.path(), &Format::Csv(CsvOptions::default()), 100, 1).unwrap();
        let types: Vec<(&str, &str)> = p
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.inferred_type.as_str()))
            .collect();
        assert_eq!(
            types,
            [
                ("id", "int"),
                ("price", "float"),
                ("ok", "bool"),
                ("day", "date"),
                ("us_day", "date"),
                ("at", "datetime"),
                ("name", "string")
            ]
        );
        assert_eq!(p.columns[4].date_format.as_deref(), Some("%m/%d/%Y"));
        assert_eq!(p.columns[6].nulls, 1);
        assert_eq!(p.rows.len(), 1);
        assert_eq!(p.rows[0]["us_day"], "1/22/2020");
        assert_eq!(p.rows_sampled, 2);
    }
}
