use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use utoipa::{
    IntoParams, ToSchema,
    openapi::{
        RefOr,
        schema::{ArrayBuilder, ObjectBuilder, Schema, SchemaType, Type},
    },
};
use uuid::Uuid;

use super::{
    destination::{Column, Destination, Kind, iso_text, json_of, read_error, values},
    params::Params,
};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    state::AppState,
};

pub const DEFAULT_MAX_POINTS: u64 = 2000;
pub const MAX_MAX_POINTS: u64 = 100_000;
/// Groups shown on their own; the rest are folded into one `other` series.
pub const MAX_GROUPS: usize = 20;
pub const MAX_Y: usize = 10;

/// Time buckets, narrowest first: the order in which they widen.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Bucket {
    /// One point per distinct `x`.
    #[default]
    None,
    Hour,
    Day,
    /// ISO weeks, starting on Monday.
    Week,
    Month,
    Quarter,
    Year,
}

const BUCKETS: [(&str, Bucket); 7] = [
    ("none", Bucket::None),
    ("hour", Bucket::Hour),
    ("day", Bucket::Day),
    ("week", Bucket::Week),
    ("month", Bucket::Month),
    ("quarter", Bucket::Quarter),
    ("year", Bucket::Year),
];

impl Bucket {
    fn unit(self) -> &'static str {
        BUCKETS
            .iter()
            .find(|(_, b)| *b == self)
            .map_or("none", |(name, _)| name)
    }

    /// How many buckets can hold the values from `min` to `max`: an upper bound on the
    /// points (`None` for `Bucket::None`, whose count depends on the data).
    fn periods(self, min: NaiveDateTime, max: NaiveDateTime) -> Option<i64> {
        let months = |d: NaiveDateTime| i64::from(d.year()) * 12 + i64::from(d.month0());
        let monday = |d: NaiveDateTime| {
            d.date() - Duration::days(i64::from(d.weekday().num_days_from_monday()))
        };
        let n = match self {
            Bucket::None => return None,
            Bucket::Hour => {
                let hour = |d: NaiveDateTime| d.date().and_hms_opt(d.hour(), 0, 0).unwrap_or(d);
                (hour(max) - hour(min)).num_hours()
            }
            Bucket::Day => (max.date() - min.date()).num_days(),
            Bucket::Week => (monday(max) - monday(min)).num_days() / 7,
            Bucket::Month => months(max) - months(min),
            Bucket::Quarter => months(max) / 3 - months(min) / 3,
            Bucket::Year => i64::from(max.year()) - i64::from(min.year()),
        };
        Some(n + 1)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Agg {
    #[default]
    Sum,
    Avg,
    Min,
    Max,
    /// Non-null values.
    Count,
    /// The value of the bucket's latest row (by `x`) that has one.
    Last,
}

const AGGS: [(&str, Agg); 6] = [
    ("sum", Agg::Sum),
    ("avg", Agg::Avg),
    ("min", Agg::Min),
    ("max", Agg::Max),
    ("count", Agg::Count),
    ("last", Agg::Last),
];

/// Query parameters of `GET /pipelines/{id}/series` (documentation; the route reads the
/// query string itself, refusing unknown parameters).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SeriesQuery {
    /// The time axis: a `date`, `timestamp` or `timestamptz` column.
    #[param(example = "date")]
    x: String,
    /// Comma-separated numeric columns to chart (1 to 10); any column when `agg=count`.
    #[param(example = "cases,deaths")]
    y: String,
    /// Bucket width along `x` (default `none`: one point per distinct `x`). Widened when the
    /// answer would have more than `max_points` points.
    bucket: Option<Bucket>,
    /// How the rows of a bucket make one value (default `sum`).
    agg: Option<Agg>,
    /// Rows with `x` at or after this (inclusive), written like `x`'s values.
    #[param(example = "2020-04-01")]
    from: Option<String>,
    /// Rows with `x` at or before this (inclusive).
    to: Option<String>,
    /// A text column to split each y by: the 20 largest groups (by the total of the first y,
    /// or its count for `agg=count`) get their own series; the rest, and rows whose group is
    /// null, make one series with `other: true` (the same aggregate over their rows).
    group: Option<String>,
    /// Most points (distinct x values) in the answer, 1 to 100000 (default 2000).
    #[param(minimum = 1, maximum = 100000, default = 2000)]
    max_points: Option<u64>,
    /// As for `/data`: `<column>:<op>:<value>`, repeatable.
    #[param(explode)]
    filter: Option<Vec<String>>,
}

/// Chart-ready series: one shared x axis and, per y (and group), one value per x.
#[derive(Serialize, ToSchema)]
pub struct SeriesResponse {
    pub table: String,
    /// The column on the x axis.
    pub x_column: String,
    /// The bucket applied: the one asked for, or a wider one when that would have given more
    /// than `max_points` points.
    pub bucket: Bucket,
    pub requested_bucket: Bucket,
    pub agg: Agg,
    /// Each bucket's start (or each distinct x), ascending: `YYYY-MM-DD` for dates,
    /// ISO 8601 for timestamps (`Z` for `timestamptz`, bucketed in UTC).
    pub x: Vec<String>,
    pub series: Vec<Series>,
}

#[derive(Serialize, ToSchema)]
pub struct Series {
    /// The y column.
    pub y: String,
    /// The group's value, when grouped; null otherwise and for `other`.
    pub group: Option<String>,
    /// The series folding the groups beyond the 20 largest.
    pub other: bool,
    /// One value per `x` (null where the bucket has none). Numbers, except integers beyond
    /// ±(2^53 − 1), written as strings.
    #[schema(schema_with = values_schema)]
    pub values: Vec<Box<RawValue>>,
}

fn values_schema() -> impl Into<RefOr<Schema>> {
    ArrayBuilder::new().items(ObjectBuilder::new().schema_type(SchemaType::from_iter([
        Type::Number,
        Type::String,
        Type::Null,
    ])))
}

/// Chart a pipeline's data
///
/// Aggregates the destination table in PostgreSQL into series for a chart: `y` columns over
/// the time column `x`, bucketed and aggregated, optionally split by a text column, never more
/// than `max_points` points. Any role may read. 422 names the parameter that is wrong.
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}/series", tag = "data",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id"), SeriesQuery),
    responses(
        (status = 200, body = SeriesResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, description = "No such pipeline in the caller's tenant (`pipeline_not_found`), or it has not loaded its table yet (`table_not_found`)", body = ErrorBody),
        (status = 502, description = "The table is in a database of the tenant's own that could not be reached or refused Sluice (`destination_unavailable`)", body = ErrorBody),
        (status = 422, description = "A parameter is wrong (`validation_failed`, `details` names it), or the read ran past the server's limit (`read_timeout`)", body = ErrorBody),
    )
)]
pub async fn get_series(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    request: HttpRequest,
) -> ApiResult<HttpResponse> {
    let params = Params::parse(
        request.query_string(),
        &[
            "x",
            "y",
            "bucket",
            "agg",
            "from",
            "to",
            "group",
            "max_points",
            "filter",
        ],
    )?;
    let table = Destination::load(&state, caller.tenant_id, id.into_inner(), false).await?;
    let ask = Ask::read(&params, &table)?;

    let narrow = "narrow `from`/`to`, use a wider `bucket` or fewer `y`";
    let bucket = ask
        .fitting_bucket(table.db(&state), &table)
        .await
        .map_err(|e| match e {
            Failure::Db(e) => read_error(e, narrow),
            Failure::Api(e) => e,
        })?;
    let sql = ask.sql(&table, bucket);
    tracing::debug!(%sql, "series");
    let rows = table
        .db(&state)
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            values(ask.binds.clone()),
        ))
        .await
        .map_err(|e| read_error(e, narrow))?;

    let read = || -> Result<SeriesResponse, sea_orm::DbErr> {
        let mut x: Vec<String> = Vec::new();
        // (group rank or None for other) -> per y, values by x index.
        let mut groups: Vec<(Option<i64>, Option<String>)> = Vec::new();
        let mut cells: HashMap<(Option<i64>, usize), Vec<Box<RawValue>>> = HashMap::new();
        for row in &rows {
            let at: String = row.try_get("", "x")?;
            if x.last() != Some(&at) {
                x.push(at);
            }
            let rank: Option<i64> = row.try_get("", "rank")?;
            if !groups.iter().any(|(r, _)| *r == rank) {
                groups.push((rank, row.try_get("", "grp")?));
            }
            for (i, _) in ask.y.iter().enumerate() {
                let value: Option<String> = row.try_get("", &format!("v{i}"))?;
                let value = value.unwrap_or_else(|| "null".to_owned());
                let value = RawValue::from_string(value).map_err(|e| {
                    sea_orm::DbErr::Custom(format!("series value is not JSON: {e}"))
                })?;
                let slot = cells.entry((rank, i)).or_default();
                // Pad the buckets this group had no rows in.
                while slot.len() + 1 < x.len() {
                    slot.push(null());
                }
                slot.push(value);
            }
        }
        // Grouped: largest first, `other` (no rank) last.
        groups.sort_by_key(|(rank, _)| rank.unwrap_or(i64::MAX));
        let mut series = Vec::with_capacity(groups.len() * ask.y.len());
        for (i, y) in ask.y.iter().enumerate() {
            for (rank, label) in &groups {
                let mut values = cells.remove(&(*rank, i)).unwrap_or_default();
                values.resize_with(x.len(), null);
                series.push(Series {
                    y: y.name.clone(),
                    group: label.clone(),
                    other: ask.group.is_some() && rank.is_none(),
                    values,
                });
            }
        }
        if groups.is_empty() {
            series.extend(ask.y.iter().map(|y| Series {
                y: y.name.clone(),
                group: None,
                other: false,
                values: Vec::new(),
            }));
        }
        Ok(SeriesResponse {
            table: table.table.clone(),
            x_column: ask.x.name.clone(),
            bucket,
            requested_bucket: ask.bucket,
            agg: ask.agg,
            x,
            series,
        })
    };
    Ok(HttpResponse::Ok().json(read().map_err(ApiError::internal)?))
}

/// The value named by parameter `name` among `choices` (the first is the default).
fn pick<T: Copy>(params: &Params, name: &str, choices: &[(&'static str, T)]) -> ApiResult<T> {
    let names: Vec<&'static str> = choices.iter().map(|(n, _)| *n).collect();
    let chosen = params.choice(name, &names)?;
    Ok(choices
        .iter()
        .find(|(n, _)| *n == chosen)
        .map_or(choices[0].1, |(_, v)| *v))
}

fn null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).unwrap_or_else(|_| unreachable!("null is JSON"))
}

enum Failure {
    Db(sea_orm::DbErr),
    Api(ApiError),
}

impl From<sea_orm::DbErr> for Failure {
    fn from(e: sea_orm::DbErr) -> Self {
        Failure::Db(e)
    }
}

/// What the caller asked for, checked against the table.
struct Ask<'t> {
    x: &'t Column,
    y: Vec<&'t Column>,
    group: Option<&'t Column>,
    bucket: Bucket,
    agg: Agg,
    max_points: u64,
    /// `x IS NOT NULL`, the range and the filters.
    conditions: Vec<String>,
    binds: Vec<String>,
}

impl<'t> Ask<'t> {
    fn read(params: &Params, table: &'t Destination) -> ApiResult<Self> {
        let required = |name: &str| -> ApiResult<&str> {
            params
                .one(name)?
                .ok_or_else(|| ApiError::invalid(name, "required"))
        };
        let x = table.column("x", required("x")?)?;
        if !x.kind.is_temporal() {
            return Err(ApiError::invalid(
                "x",
                format!(
                    "column `{}` is {}; x must be a date or timestamp column",
                    x.name, x.pg_type
                ),
            ));
        }
        let agg = pick(params, "agg", &AGGS)?;
        let names = params
            .list("y")?
            .ok_or_else(|| ApiError::invalid("y", "required"))?;
        if names.len() > MAX_Y {
            return Err(ApiError::invalid(
                "y",
                format!("at most {MAX_Y} columns, not {}", names.len()),
            ));
        }
        let mut y: Vec<&Column> = Vec::with_capacity(names.len());
        for name in names {
            let column = table.column("y", name)?;
            if agg != Agg::Count && !column.kind.is_numeric() {
                return Err(ApiError::invalid(
                    "y",
                    format!(
                        "column `{}` is {}; y must be numeric (or use agg=count)",
                        column.name, column.pg_type
                    ),
                ));
            }
            if !y.iter().any(|c| c.name == column.name) {
                y.push(column);
            }
        }
        let group = match params.one("group")? {
            None => None,
            Some(name) => {
                let column = table.column("group", name)?;
                if column.kind != Kind::Text {
                    return Err(ApiError::invalid(
                        "group",
                        format!(
                            "column `{}` is {}; group must be a text column",
                            column.name, column.pg_type
                        ),
                    ));
                }
                Some(column)
            }
        };
        let bucket = pick(params, "bucket", &BUCKETS)?;
        if bucket == Bucket::Hour && x.kind == Kind::Date {
            return Err(ApiError::invalid(
                "bucket",
                format!(
                    "column `{}` is a date; hour buckets need a timestamp",
                    x.name
                ),
            ));
        }
        let max_points = params.integer("max_points", 1..=MAX_MAX_POINTS, DEFAULT_MAX_POINTS)?;

        let mut binds = Vec::new();
        let mut conditions = vec![format!("{} IS NOT NULL", x.quoted())];
        let mut bound = |name: &str, op: &str| -> ApiResult<()> {
            if let Some(raw) = params.one(name)? {
                let value = x.kind.parse(raw).map_err(|e| {
                    ApiError::invalid(name, format!("x column `{}` is {}: {e}", x.name, x.pg_type))
                })?;
                binds.push(value);
                conditions.push(format!("{} {op} {}", x.quoted(), x.param(binds.len())));
            }
            Ok(())
        };
        bound("from", ">=")?;
        bound("to", "<=")?;
        let filters = table.filters(params.all("filter"), &mut binds)?;
        conditions.extend(filters);
        Ok(Self {
            x,
            y,
            group,
            bucket,
            agg,
            max_points,
            conditions,
            binds,
        })
    }

    fn filter(&self) -> String {
        self.conditions.join(" AND ")
    }

    /// The narrowest bucket, from the one asked for up, whose points fit `max_points`.
    async fn fitting_bucket(
        &self,
        db: &impl ConnectionTrait,
        table: &Destination,
    ) -> Result<Bucket, Failure> {
        let text = |f: &str| iso_text(&format!("{f}({})", self.x.quoted()), self.x.kind, true);
        let range = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                format!(
                    "SELECT {} AS min, {} AS max FROM {} WHERE {}",
                    text("min"),
                    text("max"),
                    table.qualified(),
                    self.filter()
                ),
                values(self.binds.clone()),
            ))
            .await?;
        let parse = |column: &str| -> Result<Option<NaiveDateTime>, sea_orm::DbErr> {
            let Some(row) = &range else { return Ok(None) };
            let raw: Option<String> = row.try_get("", column)?;
            Ok(raw.and_then(|raw| {
                let raw = raw.trim_end_matches('Z');
                NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S%.f")
                    .ok()
                    .or_else(|| {
                        NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                            .ok()
                            .and_then(|d| d.and_hms_opt(0, 0, 0))
                    })
            }))
        };
        let (Some(min), Some(max)) = (parse("min")?, parse("max")?) else {
            return Ok(self.bucket);
        };
        let limit = i64::try_from(self.max_points).unwrap_or(i64::MAX);
        for (_, bucket) in BUCKETS.iter().filter(|(_, b)| *b >= self.bucket) {
            if *bucket == Bucket::Hour && self.x.kind == Kind::Date {
                continue;
            }
            let points = match bucket.periods(min, max) {
                Some(n) => n,
                // At most one point per day for a date; otherwise count them, stopping early.
                None if self.x.kind == Kind::Date => Bucket::Day.periods(min, max).unwrap_or(0),
                None => self.distinct_x(db, table, limit.saturating_add(1)).await?,
            };
            if points <= limit {
                return Ok(*bucket);
            }
        }
        let years = Bucket::Year.periods(min, max).unwrap_or(0);
        Err(Failure::Api(ApiError::invalid(
            "max_points",
            format!(
                "the rows span {years} calendar years, more than max_points={}; raise max_points or narrow from/to",
                self.max_points
            ),
        )))
    }

    /// Distinct x values, counted up to `cap`.
    async fn distinct_x(
        &self,
        db: &impl ConnectionTrait,
        table: &Destination,
        cap: i64,
    ) -> Result<i64, sea_orm::DbErr> {
        let row = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                format!(
                    "SELECT count(*) AS n FROM (SELECT 1 FROM {} WHERE {} GROUP BY {} LIMIT {cap}) s",
                    table.qualified(),
                    self.filter(),
                    self.x.quoted()
                ),
                values(self.binds.clone()),
            ))
            .await?;
        row.map_or(Ok(0), |row| row.try_get("", "n"))
    }

    /// The aggregation, one row per (bucket, group) ordered by bucket: `x` (text), `rank`
    /// (the group's place, null for `other` and when not grouped), `grp`, and `v0`… as JSON.
    fn sql(&self, table: &Destination, bucket: Bucket) -> String {
        let x = self.x.quoted();
        let b = match (bucket, self.x.kind) {
            (Bucket::None, _) => x.clone(),
            (_, Kind::Date) => format!("date_trunc('{}', {x}::timestamp)::date", bucket.unit()),
            (_, Kind::TimestampTz) => format!("date_trunc('{}', {x}, 'UTC')", bucket.unit()),
            _ => format!("date_trunc('{}', {x})", bucket.unit()),
        };
        let key: Vec<String> = table
            .key()
            .iter()
            .map(|c| format!("{} DESC", c.quoted()))
            .collect();
        let aggregates: Vec<String> = self
            .y
            .iter()
            .enumerate()
            .map(|(i, y)| {
                let col = y.quoted();
                let (expr, kind) = match self.agg {
                    Agg::Sum => (
                        format!("sum({col})"),
                        if y.kind == Kind::Float {
                            Kind::Float
                        } else {
                            Kind::Numeric
                        },
                    ),
                    Agg::Avg => (format!("avg({col})::double precision"), Kind::Float),
                    Agg::Min => (format!("min({col})"), y.kind),
                    Agg::Max => (format!("max({col})"), y.kind),
                    Agg::Count => (format!("count({col})"), Kind::Integer),
                    Agg::Last => (
                        format!(
                            "(array_agg({col} ORDER BY {x} DESC, {}) FILTER (WHERE {col} IS NOT NULL))[1]",
                            key.join(", ")
                        ),
                        y.kind,
                    ),
                };
                format!("{}::text AS v{i}", json_of(&expr, kind))
            })
            .collect();
        let x_out = iso_text(&b, self.x.kind, bucket == Bucket::None);
        let (with, rank, grp, join, group_by, order) = match self.group {
            None => (
                String::new(),
                "NULL::bigint",
                "NULL::text",
                String::new(),
                String::new(),
                String::new(),
            ),
            Some(g) => {
                let first = self.y[0].quoted();
                let size = if self.agg == Agg::Count {
                    format!("count({first})")
                } else {
                    format!("sum(abs({first}))")
                };
                (
                    format!(
                        "WITH top AS (SELECT {g} AS g, row_number() OVER (ORDER BY {size} DESC NULLS LAST, {g}) AS n \
                         FROM {t} WHERE {w} AND {g} IS NOT NULL GROUP BY {g} \
                         ORDER BY {size} DESC NULLS LAST, {g} LIMIT {MAX_GROUPS}) ",
                        g = g.quoted(),
                        t = table.qualified(),
                        w = self.filter(),
                    ),
                    "top.n",
                    "top.g::text",
                    format!(" LEFT JOIN top ON top.g = {}", g.quoted()),
                    ", top.n, top.g".to_owned(),
                    ", top.n NULLS LAST".to_owned(),
                )
            }
        };
        format!(
            "{with}SELECT {x_out} AS x, {rank} AS rank, {grp} AS grp, {aggregates} \
             FROM {t}{join} WHERE {w} GROUP BY {b}{group_by} ORDER BY {b}{order}",
            aggregates = aggregates.join(", "),
            t = table.qualified(),
            w = self.filter(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    #[test]
    fn periods_bound_the_buckets_a_range_touches() {
        let (min, max) = (at("2020-01-22T00:00:00"), at("2020-07-09T00:00:00"));
        assert_eq!(Bucket::Month.periods(min, max), Some(7));
        assert_eq!(Bucket::Quarter.periods(min, max), Some(3));
        assert_eq!(Bucket::Year.periods(min, max), Some(1));
        assert_eq!(Bucket::Day.periods(min, max), Some(170));
        // 2020-01-22 is a Wednesday: its week starts on the 20th; 2020-07-09's on 07-06.
        assert_eq!(Bucket::Week.periods(min, max), Some(25));
        let (a, b) = (at("2020-01-01T23:59:59"), at("2020-01-02T00:00:00"));
        assert_eq!(Bucket::Hour.periods(a, b), Some(2));
        assert_eq!(Bucket::Day.periods(a, b), Some(2));
        assert_eq!(Bucket::None.periods(a, b), None);
        assert_eq!(
            Bucket::Month.periods(at("2019-12-31T00:00:00"), at("2020-01-01T00:00:00")),
            Some(2)
        );
    }
}
