//! The `sql` step: one SQL `SELECT` over the frames defined before it, run by polars' SQL
//! context. The query is parsed here, when the spec is parsed, with the parser polars uses:
//! a syntax error names its line and column, and only a query is accepted (no `CREATE`,
//! `DROP`, `COPY`, `EXPLAIN`, …). Its `FROM` may name frames, common table expressions and
//! subqueries only: table functions such as `read_csv('/etc/passwd')` would read the worker's
//! own files, so they are refused. The frames the query reads are kept, so that the spec's
//! check names a frame that is not defined at the step like for any other step.

use std::{collections::BTreeSet, ops::ControlFlow};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sqlparser::{
    ast::{Query, SetExpr, Statement, TableFactor, Visit, Visitor},
    dialect::GenericDialect,
    parser::{Parser, ParserOptions},
};
use utoipa::ToSchema;

use crate::domain::FrameName;

/// A checked SQL query and the frames it reads.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlQuery {
    text: String,
    frames: Vec<FrameName>,
}

impl SqlQuery {
    /// Parses `text`; the error says what is wrong, and where for a syntax error.
    pub fn parse(text: &str) -> Result<Self, String> {
        if text.trim().is_empty() {
            return Err("must not be empty".into());
        }
        // The options polars' `SQLContext::execute` parses with.
        let statements = Parser::new(&GenericDialect)
            .with_options(ParserOptions {
                trailing_commas: true,
                ..Default::default()
            })
            .try_with_sql(text)
            .and_then(|mut p| p.parse_statements())
            .map_err(|e| {
                let message = e.to_string();
                let message = message
                    .strip_prefix("sql parser error: ")
                    .unwrap_or(&message);
                // The parser gives a token's line and column, but none for the end of the text.
                let at_end = if message.contains(" at Line: ") {
                    ""
                } else {
                    " (at the end of the query)"
                };
                format!("is not valid SQL: {message}{at_end}")
            })?;
        let query = match statements.as_slice() {
            [Statement::Query(query)] => query,
            [other] => {
                let kind = other.to_string();
                let kind: String = kind
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ");
                return Err(format!(
                    "must be a SELECT query; `{kind} …` is not allowed (a sql step only reads the pipeline's frames)"
                ));
            }
            many => {
                return Err(format!(
                    "holds {} statements; a sql step is one SELECT query",
                    many.len()
                ));
            }
        };
        let mut walk = Walk::default();
        if let ControlFlow::Break(message) = query.visit(&mut walk) {
            return Err(message);
        }
        let mut seen = BTreeSet::new();
        let mut frames = Vec::new();
        for name in walk.relations {
            if walk.ctes.contains(&name) || !seen.insert(name.clone()) {
                continue;
            }
            let frame = FrameName::parse(&name).map_err(|e| format!("reads `{name}`: {e}"))?;
            frames.push(frame);
        }
        Ok(Self {
            text: text.to_owned(),
            frames,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The frames the query reads, in the order they first appear (common table expressions
    /// are not frames).
    pub fn frames(&self) -> &[FrameName] {
        &self.frames
    }
}

/// Collects the relations and the common table expressions of a query, and stops at the
/// first thing a sql step may not do.
#[derive(Default)]
struct Walk {
    relations: Vec<String>,
    ctes: BTreeSet<String>,
}

impl Visitor for Walk {
    type Break = String;

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<String> {
        if let Some(with) = &query.with {
            self.ctes
                .extend(with.cte_tables.iter().map(|c| c.alias.name.value.clone()));
        }
        if let SetExpr::Select(select) = query.body.as_ref()
            && select.into.is_some()
        {
            return ControlFlow::Break(
                "SELECT … INTO is not allowed; the step's `into` names its result".into(),
            );
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<String> {
        match factor {
            TableFactor::Table { name, args, .. } => {
                if args.is_some() {
                    return ControlFlow::Break(format!(
                        "`{name}(…)` is a table function; a sql step reads only the pipeline's frames (and never files)"
                    ));
                }
                if name.0.len() != 1 {
                    return ControlFlow::Break(format!(
                        "`{name}` is not a frame name; name frames without a schema"
                    ));
                }
                match name.0[0].as_ident() {
                    Some(ident) => self.relations.push(ident.value.clone()),
                    None => {
                        return ControlFlow::Break(format!("`{name}` is not a frame name"));
                    }
                }
                ControlFlow::Continue(())
            }
            TableFactor::Derived { .. } | TableFactor::NestedJoin { .. } => {
                ControlFlow::Continue(())
            }
            other => ControlFlow::Break(format!(
                "`{other}` is not allowed in FROM; use frames, subqueries and common table expressions"
            )),
        }
    }
}

impl Serialize for SqlQuery {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for SqlQuery {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        SqlQuery::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Runs a SQL `SELECT` over the frames defined so far (by name) and makes its result the new
/// frame `into`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SqlOp {
    /// One SQL SELECT over the frames defined before the step, by name (polars SQL).
    #[schema(
        value_type = String,
        example = "SELECT n.date, n.cases, j.recovered FROM nyt n JOIN jhu j USING (date)"
    )]
    pub query: SqlQuery,
    pub into: FrameName,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(text: &str) -> Vec<String> {
        SqlQuery::parse(text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .frames()
            .iter()
            .map(|f| f.to_string())
            .collect()
    }

    #[test]
    fn the_frames_a_query_reads_are_named_once_without_its_ctes() {
        assert_eq!(
            frames("SELECT * FROM nyt JOIN jhu USING (date)"),
            ["nyt", "jhu"]
        );
        assert_eq!(
            frames(
                "WITH w AS (SELECT date FROM nyt) SELECT * FROM w JOIN (SELECT * FROM jhu) j ON w.date = j.date \
                 UNION ALL SELECT date FROM nyt"
            ),
            ["nyt", "jhu"]
        );
        assert_eq!(
            frames("SELECT 1 AS one, trim(' x ') AS t FROM nyt"),
            ["nyt"]
        );
    }

    #[test]
    fn a_syntax_error_says_where() {
        let err = SqlQuery::parse("SELECT date,, cases FROM nyt").unwrap_err();
        assert!(err.starts_with("is not valid SQL: "), "{err}");
        assert!(err.contains("found: , at Line: 1, Column: 13"), "{err}");
        let err = SqlQuery::parse("SELECT date\nFROM nyt\nORDER date").unwrap_err();
        assert!(err.contains("found: ORDER at Line: 3, Column: 1"), "{err}");
        let err = SqlQuery::parse("SELECT date FROM nyt WHERE").unwrap_err();
        assert!(err.ends_with("(at the end of the query)"), "{err}");
    }

    #[test]
    fn only_one_select_over_frames_is_allowed() {
        let refused = [
            (
                "CREATE TABLE x AS SELECT * FROM nyt",
                "must be a SELECT query",
            ),
            ("DROP TABLE nyt", "must be a SELECT query"),
            ("COPY nyt TO '/tmp/out.csv'", "must be a SELECT query"),
            ("EXPLAIN SELECT * FROM nyt", "must be a SELECT query"),
            ("SHOW TABLES", "must be a SELECT query"),
            ("DELETE FROM nyt", "must be a SELECT query"),
            ("TRUNCATE nyt", "must be a SELECT query"),
            ("SELECT 1 FROM nyt; SELECT 2 FROM nyt", "holds 2 statements"),
            ("SELECT * FROM read_csv('/etc/passwd')", "table function"),
            (
                "SELECT * FROM read_parquet('/srv/x.parquet') p",
                "table function",
            ),
            (
                "SELECT * FROM nyt WHERE date IN (SELECT date FROM read_ndjson('/x'))",
                "table function",
            ),
            ("SELECT * FROM public.nyt", "without a schema"),
            ("SELECT * FROM \"my file.csv\"", "frame name"),
            ("SELECT * INTO copy FROM nyt", "SELECT … INTO"),
            ("SELECT * FROM UNNEST([1, 2])", "is not allowed in FROM"),
            ("   ", "must not be empty"),
        ];
        for (text, expected) in refused {
            let err = SqlQuery::parse(text).expect_err(text);
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn a_query_round_trips_as_its_text() {
        let text = "SELECT date FROM nyt ORDER BY date";
        let q: SqlQuery = serde_json::from_value(serde_json::json!(text)).unwrap();
        assert_eq!(serde_json::to_value(&q).unwrap(), serde_json::json!(text));
    }
}
