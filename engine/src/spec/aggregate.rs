//! The `aggregate` step: one row per distinct group key, with named aggregations of the rows of
//! each group. Parsed by hand (its keys and arguments are expressions), so every error carries
//! the path of the offending node.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Serialize, Serializer};
use serde_json::{Map, Value, json};

use super::{
    Expr, SpecError, from_json,
    functions::{subject, subject_json},
    tree::{column_name, join, object, only_keys},
};
use crate::domain::FrameName;

/// What an aggregation computes over the rows of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AggFn {
    /// Null when every value is null.
    Sum,
    Avg,
    Min,
    Max,
    /// Rows (`"*"`), or non-null values of a column.
    Count,
    /// Distinct non-null values.
    CountDistinct,
    /// The value on the group's first row (in `order_by` order when given, else frame order).
    First,
    Last,
    Median,
}

pub(crate) const AGG_FNS: [(&str, AggFn); 9] = [
    ("sum", AggFn::Sum),
    ("avg", AggFn::Avg),
    ("min", AggFn::Min),
    ("max", AggFn::Max),
    ("count", AggFn::Count),
    ("count_distinct", AggFn::CountDistinct),
    ("first", AggFn::First),
    ("last", AggFn::Last),
    ("median", AggFn::Median),
];

/// One output column of an aggregate: `{"sum": "cases"}`, `{"count": "*"}`,
/// `{"last": "cases", "order_by": ["date"]}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregation {
    pub function: AggFn,
    /// The value aggregated; `None` for `{"count": "*"}`.
    pub of: Option<Expr>,
    /// For `first` and `last`: the columns that order the group's rows.
    pub order_by: Vec<String>,
}

/// A group key: a column, or an expression (`{"trunc": "week", "column": "date"}`) named by
/// `as` or, by default, after the first column it reads.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupKey {
    pub expr: Expr,
    pub name: String,
}

/// Groups the rows of `frame` by `group_by` and computes `aggs` (output column -> aggregation)
/// over each group, into `into` (default: `frame` itself). Rows come out sorted by the keys.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregateOp {
    pub frame: FrameName,
    pub group_by: Vec<GroupKey>,
    pub aggs: BTreeMap<String, Aggregation>,
    pub into: Option<FrameName>,
}

impl AggregateOp {
    /// Parses the step without its `op`; error paths are relative to the step.
    pub fn from_json(v: &Value) -> Result<Self, SpecError> {
        let map = object(v, "", "an aggregate step")?;
        only_keys(map, &["frame", "group_by", "aggs", "into"], "")?;
        let frame: FrameName = match map.get("frame") {
            None => return Err(SpecError::new("frame", "is required")),
            Some(v) => from_json(v).map_err(|e| SpecError::new("frame", e.message))?,
        };
        let into: Option<FrameName> = match map.get("into") {
            None => None,
            Some(v) => Some(from_json(v).map_err(|e| SpecError::new("into", e.message))?),
        };
        let group_by = match map.get("group_by") {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, item)| GroupKey::from_json(item, &format!("group_by[{i}]")))
                .collect::<Result<_, _>>()?,
            Some(_) => {
                return Err(SpecError::new(
                    "group_by",
                    "must be a list of columns or expressions",
                ));
            }
        };
        let aggs_map = match map.get("aggs") {
            Some(Value::Object(m)) if !m.is_empty() => m,
            _ => {
                return Err(SpecError::new(
                    "aggs",
                    "is required: output column -> aggregation, e.g. {\"total\": {\"sum\": \"cases\"}}",
                ));
            }
        };
        let mut aggs = BTreeMap::new();
        for (name, spec) in aggs_map {
            let path = format!("aggs.{name}");
            if name.is_empty() {
                return Err(SpecError::new(
                    &path,
                    "output column names must not be empty",
                ));
            }
            aggs.insert(name.clone(), Aggregation::from_json(spec, &path)?);
        }
        let op = AggregateOp {
            frame,
            group_by,
            aggs,
            into,
        };
        op.check()?;
        Ok(op)
    }

    fn check(&self) -> Result<(), SpecError> {
        let mut names = BTreeSet::new();
        for (i, key) in self.group_by.iter().enumerate() {
            if !names.insert(key.name.as_str()) {
                return Err(SpecError::new(
                    &format!("group_by[{i}]"),
                    format!("`{}` is a group key twice; name one with `as`", key.name),
                ));
            }
        }
        for name in self.aggs.keys() {
            if names.contains(name.as_str()) {
                return Err(SpecError::new(
                    &format!("aggs.{name}"),
                    format!("`{name}` is also a group key; choose another name"),
                ));
            }
        }
        Ok(())
    }

    pub fn to_json(&self) -> Value {
        let mut out = Map::new();
        out.insert("frame".into(), json!(self.frame));
        out.insert(
            "group_by".into(),
            Value::Array(self.group_by.iter().map(GroupKey::to_json).collect()),
        );
        out.insert(
            "aggs".into(),
            Value::Object(
                self.aggs
                    .iter()
                    .map(|(k, a)| (k.clone(), a.to_json()))
                    .collect(),
            ),
        );
        if let Some(into) = &self.into {
            out.insert("into".into(), json!(into));
        }
        Value::Object(out)
    }
}

impl Serialize for AggregateOp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

impl GroupKey {
    fn from_json(v: &Value, path: &str) -> Result<Self, SpecError> {
        match v {
            Value::String(_) => {
                let name = column_name(v, path)?;
                Ok(GroupKey {
                    expr: Expr::Col(name.clone()),
                    name,
                })
            }
            Value::Object(map) => {
                let mut rest = map.clone();
                let name = match rest.remove("as") {
                    None => None,
                    Some(n) => Some(column_name(&n, &join(path, "as"))?),
                };
                let expr = Expr::from_json(&Value::Object(rest), path)?;
                let name = match name {
                    Some(n) => n,
                    None => expr
                        .columns()
                        .first()
                        .map(|c| (*c).to_owned())
                        .ok_or_else(|| {
                            SpecError::new(path, "reads no column; name the key with `as`")
                        })?,
                };
                Ok(GroupKey { expr, name })
            }
            _ => Err(SpecError::new(
                path,
                "must be a column name or an expression such as {\"trunc\": \"week\", \"column\": \"date\"}",
            )),
        }
    }

    fn to_json(&self) -> Value {
        match &self.expr {
            Expr::Col(c) if *c == self.name => json!(c),
            other => {
                let mut v = other.to_json();
                if let Some(map) = v.as_object_mut() {
                    map.insert("as".into(), json!(self.name));
                }
                v
            }
        }
    }
}

impl Aggregation {
    fn from_json(v: &Value, path: &str) -> Result<Self, SpecError> {
        let names: Vec<&str> = AGG_FNS.iter().map(|(n, _)| *n).collect();
        let map = object(v, path, "an aggregation such as {\"sum\": \"cases\"}")?;
        let Some((head, function)) = AGG_FNS.iter().find(|(n, _)| map.contains_key(*n)) else {
            return Err(SpecError::new(
                path,
                format!("needs one of: {}", names.join(", ")),
            ));
        };
        let ordered = matches!(function, AggFn::First | AggFn::Last);
        let allowed: &[&str] = if ordered {
            &[head, "order_by"]
        } else {
            &[head]
        };
        only_keys(map, allowed, path)?;
        let hp = join(path, head);
        let arg = &map[*head];
        let of = match (function, arg) {
            (AggFn::Count, Value::String(s)) if s == "*" => None,
            (_, Value::String(s)) if s == "*" => {
                return Err(SpecError::new(&hp, "`*` is only for `count`"));
            }
            _ => Some(subject(arg, &hp)?),
        };
        let order_by = match map.get("order_by") {
            None => Vec::new(),
            Some(Value::String(_)) => vec![column_name(&map["order_by"], &join(path, "order_by"))?],
            Some(Value::Array(items)) if !items.is_empty() => items
                .iter()
                .enumerate()
                .map(|(i, c)| column_name(c, &format!("{path}.order_by[{i}]")))
                .collect::<Result<_, _>>()?,
            Some(_) => {
                return Err(SpecError::new(
                    &join(path, "order_by"),
                    "must be a column name or a non-empty list of them",
                ));
            }
        };
        Ok(Aggregation {
            function: *function,
            of,
            order_by,
        })
    }

    fn to_json(&self) -> Value {
        let head = AGG_FNS
            .iter()
            .find(|(_, f)| *f == self.function)
            .map(|(n, _)| *n)
            .unwrap_or("count");
        let of = self.of.as_ref().map_or(json!("*"), subject_json);
        if self.order_by.is_empty() {
            json!({head: of})
        } else {
            json!({head: of, "order_by": self.order_by})
        }
    }

    /// Every column the aggregation reads.
    pub fn columns(&self) -> Vec<&str> {
        self.of
            .iter()
            .flat_map(Expr::columns)
            .chain(self.order_by.iter().map(String::as_str))
            .collect()
    }
}
