//! The query string of the table read routes, read by hand: `filter` repeats, and a parameter
//! the route does not know (a typo such as `colums=`) is refused with a 422 naming it instead of
//! being ignored, which would silently return something other than what was asked for.

use std::collections::BTreeMap;

use crate::error::{ApiError, ApiResult};

pub struct Params {
    values: BTreeMap<String, Vec<String>>,
}

impl Params {
    /// Parses `query` (percent-decoded, `+` as space), allowing only the parameters in `known`.
    pub fn parse(query: &str, known: &[&str]) -> ApiResult<Self> {
        let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            if !known.contains(&name.as_ref()) {
                return Err(ApiError::invalid(
                    &name,
                    format!(
                        "unknown query parameter; this route takes {}",
                        known
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            if value.contains('\0') {
                return Err(ApiError::invalid(
                    &name,
                    "contains a NUL character (U+0000), which cannot be stored or compared",
                ));
            }
            values
                .entry(name.into_owned())
                .or_default()
                .push(value.into_owned());
        }
        Ok(Self { values })
    }

    /// The one value of `name`, if given; a 422 when it is given twice.
    pub fn one(&self, name: &str) -> ApiResult<Option<&str>> {
        match self.values.get(name).map(Vec::as_slice) {
            None | Some([]) => Ok(None),
            Some([one]) => Ok(Some(one)),
            Some(_) => Err(ApiError::invalid(name, "given more than once")),
        }
    }

    /// Every value of a repeatable parameter, in order.
    pub fn all(&self, name: &str) -> &[String] {
        self.values.get(name).map_or(&[], Vec::as_slice)
    }

    /// A comma-separated list (`columns=date,cases`), empty items refused.
    pub fn list(&self, name: &str) -> ApiResult<Option<Vec<&str>>> {
        let Some(raw) = self.one(name)? else {
            return Ok(None);
        };
        let items: Vec<&str> = raw.split(',').map(str::trim).collect();
        if items.iter().any(|i| i.is_empty()) {
            return Err(ApiError::invalid(
                name,
                "a comma-separated list of column names, with no empty item",
            ));
        }
        Ok(Some(items))
    }

    /// An integer within `range`, or `default` when absent.
    pub fn integer(
        &self,
        name: &str,
        range: std::ops::RangeInclusive<u64>,
        default: u64,
    ) -> ApiResult<u64> {
        let Some(raw) = self.one(name)? else {
            return Ok(default);
        };
        match raw.parse::<u64>() {
            Ok(n) if range.contains(&n) => Ok(n),
            _ => Err(ApiError::invalid(
                name,
                format!(
                    "must be an integer from {} to {}, not `{}`",
                    range.start(),
                    range.end(),
                    raw.escape_debug()
                ),
            )),
        }
    }

    /// `true` or `false`, or `default` when absent.
    pub fn boolean(&self, name: &str, default: bool) -> ApiResult<bool> {
        match self.one(name)? {
            None => Ok(default),
            Some("true") => Ok(true),
            Some("false") => Ok(false),
            Some(other) => Err(ApiError::invalid(
                name,
                format!("must be `true` or `false`, not `{}`", other.escape_debug()),
            )),
        }
    }

    /// One of `choices` (the first is the default).
    pub fn choice<'a>(&self, name: &str, choices: &[&'a str]) -> ApiResult<&'a str> {
        let Some(raw) = self.one(name)? else {
            return Ok(choices[0]);
        };
        choices.iter().find(|c| **c == raw).copied().ok_or_else(|| {
            ApiError::invalid(
                name,
                format!(
                    "must be one of {}, not `{}`",
                    choices.join(", "),
                    raw.escape_debug()
                ),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_and_repeated_parameters_are_refused_by_name() {
        let e = Params::parse("colums=a", &["columns"]).err().unwrap();
        assert!(format!("{:?}", e.details).contains("colums"));
        let p = Params::parse(
            "limit=1&limit=2&filter=a:eq:1&filter=b:eq:2",
            &["limit", "filter"],
        )
        .unwrap();
        assert!(p.one("limit").is_err());
        assert_eq!(p.all("filter"), ["a:eq:1", "b:eq:2"]);
        let p = Params::parse(
            "columns=a,,b&limit=0&order=up",
            &["columns", "limit", "order"],
        )
        .unwrap();
        assert!(p.list("columns").is_err());
        assert!(p.integer("limit", 1..=1000, 100).is_err());
        assert!(p.choice("order", &["asc", "desc"]).is_err());
        let p = Params::parse("columns=a%2Cb&x=%22", &["columns", "x"]).unwrap();
        assert_eq!(p.list("columns").unwrap().unwrap(), ["a", "b"]);
        assert_eq!(p.one("x").unwrap(), Some("\""));
    }
}
