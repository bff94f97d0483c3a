//! How a registered source's bytes are read.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{SpecError, from_json};

/// The file format of a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Delimited text (see `CsvOptions`).
    Csv,
    /// One JSON array of objects.
    Json,
    /// Newline-delimited JSON: one object per line.
    Ndjson,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Csv => "csv",
            SourceFormat::Json => "json",
            SourceFormat::Ndjson => "ndjson",
        }
    }

    pub fn from_db(s: &str) -> Option<Self> {
        match s {
            "csv" => Some(SourceFormat::Csv),
            "json" => Some(SourceFormat::Json),
            "ndjson" => Some(SourceFormat::Ndjson),
            _ => None,
        }
    }
}

/// Options of the CSV reader. Text must be UTF-8; a byte-order mark is skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CsvOptions {
    /// Field separator, one ASCII character.
    #[schema(value_type = String, example = ",")]
    pub delimiter: char,
    /// Whether the first line names the columns (otherwise they are `column_1`, `column_2`, …).
    pub has_header: bool,
    /// Quote character, one ASCII character; `null` turns quoting off.
    #[schema(value_type = Option<String>, example = "\"")]
    pub quote_char: Option<char>,
    /// Field values read as null.
    pub null_values: Vec<String>,
    /// Lines skipped before the header.
    pub skip_rows: usize,
}

impl Default for CsvOptions {
    fn default() -> Self {
        Self {
            delimiter: ',',
            has_header: true,
            quote_char: Some('"'),
            null_values: vec![String::new()],
            skip_rows: 0,
        }
    }
}

impl CsvOptions {
    pub fn validate(&self) -> Result<(), SpecError> {
        let printable = |c: char| c.is_ascii() && c != '\n' && c != '\r';
        if !printable(self.delimiter) {
            return Err(SpecError::new(
                "options.delimiter",
                "must be one ASCII character other than a line break",
            ));
        }
        if let Some(q) = self.quote_char {
            if !printable(q) {
                return Err(SpecError::new(
                    "options.quote_char",
                    "must be one ASCII character other than a line break",
                ));
            }
            if q == self.delimiter {
                return Err(SpecError::new(
                    "options.quote_char",
                    "must differ from the delimiter",
                ));
            }
        }
        if self.skip_rows > 1_000_000 {
            return Err(SpecError::new("options.skip_rows", "is at most 1000000"));
        }
        Ok(())
    }
}

/// A source's format together with its options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Csv(CsvOptions),
    Json,
    Ndjson,
}

impl Format {
    /// Builds the format from the stored `format` and `options` columns (or an API request).
    /// Errors name the offending path (`options.delimiter`).
    pub fn from_parts(
        format: SourceFormat,
        options: &serde_json::Value,
    ) -> Result<Self, SpecError> {
        let empty = options.is_null() || options.as_object().is_some_and(|o| o.is_empty());
        match format {
            SourceFormat::Csv => {
                let options: CsvOptions = if options.is_null() {
                    CsvOptions::default()
                } else {
                    from_json(options).map_err(|e| e.within("options"))?
                };
                options.validate()?;
                Ok(Format::Csv(options))
            }
            SourceFormat::Json | SourceFormat::Ndjson if !empty => Err(SpecError::new(
                "options",
                format!("the {} format takes no options", format.as_str()),
            )),
            SourceFormat::Json => Ok(Format::Json),
            SourceFormat::Ndjson => Ok(Format::Ndjson),
        }
    }

    pub fn kind(&self) -> SourceFormat {
        match self {
            Format::Csv(_) => SourceFormat::Csv,
            Format::Json => SourceFormat::Json,
            Format::Ndjson => SourceFormat::Ndjson,
        }
    }

    /// The options as stored (normalised: every CSV option spelled out).
    pub fn options_json(&self) -> serde_json::Value {
        match self {
            Format::Csv(o) => serde_json::to_value(o).unwrap_or_default(),
            Format::Json | Format::Ndjson => serde_json::json!({}),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn csv_options_default_and_validate() {
        let f = Format::from_parts(SourceFormat::Csv, &json!({"delimiter": ";"})).unwrap();
        let Format::Csv(o) = f else { panic!("not csv") };
        assert_eq!(o.delimiter, ';');
        assert!(o.has_header);
        let err = Format::from_parts(SourceFormat::Csv, &json!({"delimiter": "\n"})).unwrap_err();
        assert_eq!(err.path, "options.delimiter");
        let err = Format::from_parts(SourceFormat::Csv, &json!({"delimiter": "ab"})).unwrap_err();
        assert_eq!(err.path, "options.delimiter");
        let err = Format::from_parts(SourceFormat::Csv, &json!({"delimeter": ";"})).unwrap_err();
        assert!(err.message.contains("unknown field `delimeter`"), "{err}");
        assert_eq!(err.path, "options.delimeter");
        let err = Format::from_parts(SourceFormat::Csv, &json!({"quote_char": ","})).unwrap_err();
        assert!(err.message.contains("must differ"));
    }

    #[test]
    fn json_takes_no_options() {
        assert!(Format::from_parts(SourceFormat::Json, &json!({})).is_ok());
        assert!(Format::from_parts(SourceFormat::Ndjson, &json!({"x": 1})).is_err());
    }
}
