//! Names that end up in URLs and in SQL. Table and column names follow
//! `^[a-z_][a-z0-9_]{0,62}$`, no reserved prefix, and are always quoted when used.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use super::InvalidValue;

/// What Sluice's own columns in a destination table start with (`_sluice_key`, `_sluice_hash`,
/// `_sluice_run_id`, `_sluice_loaded_at`).
pub const BOOKKEEPING_PREFIX: &str = "_sluice";

/// Prefixes a destination table or column may not start with: PostgreSQL's own, and Sluice's
/// bookkeeping columns.
const RESERVED_PREFIXES: [&str; 2] = ["pg_", BOOKKEEPING_PREFIX];

fn parse_sql_identifier(raw: &str, what: &str) -> Result<String, InvalidValue> {
    if raw.is_empty() {
        return Err(InvalidValue(format!("{what} is empty")));
    }
    if raw.len() > 63 {
        return Err(InvalidValue(format!(
            "{what} `{}` is {} bytes long; PostgreSQL allows at most 63",
            raw.escape_debug(),
            raw.len()
        )));
    }
    let mut chars = raw.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    if !first_ok
        || !raw
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(InvalidValue(format!(
            "{what} `{}` may only contain lower-case letters, digits and underscores, and must not start with a digit",
            raw.escape_debug()
        )));
    }
    if let Some(prefix) = RESERVED_PREFIXES.iter().find(|p| raw.starts_with(**p)) {
        return Err(InvalidValue(format!(
            "{what} `{raw}` starts with the reserved prefix `{prefix}`"
        )));
    }
    Ok(raw.to_owned())
}

macro_rules! string_newtype {
    ($(#[$meta:meta])* $name:ident, $pattern:literal, $parse:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
                let parse: fn(&str) -> Result<String, InvalidValue> = $parse;
                parse(raw).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .pattern(Some($pattern))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(deserializer)?;
                Self::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

string_newtype!(
    /// A destination table name.
    TableName,
    "^[a-z_][a-z0-9_]{0,62}$",
    |raw| parse_sql_identifier(raw, "table name")
);

string_newtype!(
    /// A destination column name.
    ColumnName,
    "^[a-z_][a-z0-9_]{0,62}$",
    |raw| parse_sql_identifier(raw, "column name")
);

string_newtype!(
    /// The name of a frame inside a pipeline spec (`nyt`, `out`).
    FrameName,
    "^[A-Za-z_][A-Za-z0-9_]{0,62}$",
    |raw| {
        let ok = !raw.is_empty()
            && raw.len() <= 63
            && raw.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if ok {
            Ok(raw.to_owned())
        } else {
            Err(InvalidValue(format!(
                "frame name `{}` must be 1 to 63 letters, digits or underscores, not starting with a digit",
                raw.escape_debug()
            )))
        }
    }
);

string_newtype!(
    /// The name of a source or a pipeline: unique in its tenant, usable in a URL.
    ResourceName,
    "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
    |raw| {
        let ok = !raw.is_empty()
            && raw.len() <= 100
            && raw.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && raw
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if ok {
            Ok(raw.to_owned())
        } else {
            Err(InvalidValue(format!(
                "name `{}` must be 1 to 100 letters, digits, `-`, `_` or `.`, starting with a letter or digit",
                raw.escape_debug()
            )))
        }
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_table_names_pass() {
        for good in ["us_covid", "_x", "t1", &"a".repeat(63)] {
            assert_eq!(TableName::parse(good).unwrap().as_str(), good);
        }
    }

    #[test]
    fn hostile_table_names_are_refused_with_the_reason() {
        let cases = [
            ("us\"covid", "may only contain"),
            ("x; drop table users", "may only contain"),
            ("Upper", "may only contain"),
            ("1abc", "must not start with a digit"),
            ("pg_catalog", "reserved prefix `pg_`"),
            ("_sluice_hash", "reserved prefix `_sluice`"),
            ("", "is empty"),
        ];
        for (bad, reason) in cases {
            let err = TableName::parse(bad).unwrap_err().to_string();
            assert!(err.contains(reason), "{bad:?}: {err}");
        }
        let long = "a".repeat(64);
        assert!(
            TableName::parse(&long)
                .unwrap_err()
                .to_string()
                .contains("64 bytes")
        );
        // Multi-byte characters count in bytes, as PostgreSQL does.
        assert!(ColumnName::parse(&"é".repeat(32)).is_err());
    }

    #[test]
    fn resource_names_are_url_safe() {
        assert!(ResourceName::parse("us-covid.daily_v2").is_ok());
        for bad in ["", "-x", "a/b", "a b", "ä", &"n".repeat(101)] {
            assert!(ResourceName::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn names_deserialize_through_their_parser() {
        let err = serde_json::from_str::<TableName>("\"pg_x\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("reserved prefix"), "{err}");
        let ok: FrameName = serde_json::from_str("\"nyt\"").unwrap();
        assert_eq!(ok.as_str(), "nyt");
    }
}
