//! When a pipeline runs: a five-field cron expression evaluated in an IANA timezone.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use utoipa::ToSchema;

use crate::domain::InvalidValue;

/// A standard five-field cron expression (`minute hour day-of-month month day-of-week`).
#[derive(Debug, Clone)]
pub struct CronSchedule {
    source: String,
    schedule: cron::Schedule,
}

impl PartialEq for CronSchedule {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

impl CronSchedule {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let source = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let fields = source.split(' ').filter(|f| !f.is_empty()).count();
        if fields != 5 {
            return Err(InvalidValue(format!(
                "cron expression `{raw}` has {fields} fields; use five: minute hour day-of-month month day-of-week (e.g. `0 6 * * *`)"
            )));
        }
        // The cron crate wants seconds first.
        let schedule = cron::Schedule::from_str(&format!("0 {source}"))
            .map_err(|e| InvalidValue(format!("cron expression `{raw}` is invalid: {e}")))?;
        if schedule.upcoming(Utc).next().is_none() {
            return Err(InvalidValue(format!("cron expression `{raw}` never fires")));
        }
        Ok(Self { source, schedule })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The first tick strictly after `after`, computed in `timezone` (so `0 6 * * *` is 06:00
    /// local time on both sides of a daylight-saving change).
    pub fn next_after(&self, after: DateTime<Utc>, timezone: Tz) -> Option<DateTime<Utc>> {
        self.schedule
            .after(&after.with_timezone(&timezone))
            .next()
            .map(|t| t.with_timezone(&Utc))
    }
}

impl Serialize for CronSchedule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

impl<'de> Deserialize<'de> for CronSchedule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// An IANA timezone name (`America/New_York`, `Asia/Kolkata`, `UTC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timezone(pub Tz);

impl Timezone {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        raw.parse::<Tz>().map(Self).map_err(|_| {
            InvalidValue(format!(
                "`{raw}` is not an IANA timezone name (e.g. `America/New_York`, `UTC`)"
            ))
        })
    }
}

impl Serialize for Timezone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.name())
    }
}

impl<'de> Deserialize<'de> for Timezone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

fn utc() -> Timezone {
    Timezone(Tz::UTC)
}

/// When the pipeline runs on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// Five-field cron expression, e.g. `0 6 * * *` for 06:00 every day.
    #[schema(value_type = String, example = "0 6 * * *")]
    pub cron: CronSchedule,
    /// IANA timezone the expression is read in; `UTC` when omitted.
    #[serde(default = "utc")]
    #[schema(value_type = String, example = "America/New_York")]
    pub timezone: Timezone,
}

impl Schedule {
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.cron.next_after(after, self.timezone.0)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn five_fields_are_required() {
        assert!(CronSchedule::parse("0 6 * * *").is_ok());
        let err = CronSchedule::parse("0 0 6 * * *").unwrap_err().to_string();
        assert!(err.contains("has 6 fields"), "{err}");
        let err = CronSchedule::parse("61 6 * * *").unwrap_err().to_string();
        assert!(err.contains("invalid"), "{err}");
    }

    #[test]
    fn next_tick_is_local_time() {
        let schedule = Schedule {
            cron: CronSchedule::parse("0 6 * * *").unwrap(),
            timezone: Timezone::parse("America/New_York").unwrap(),
        };
        let now = Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap();
        // 06:00 EST is 11:00 UTC.
        assert_eq!(
            schedule.next_after(now),
            Some(Utc.with_ymd_and_hms(2026, 1, 16, 11, 0, 0).unwrap())
        );
    }

    #[test]
    fn unknown_timezones_are_named() {
        let err = Timezone::parse("Mars/Olympus").unwrap_err().to_string();
        assert!(err.contains("Mars/Olympus"));
    }
}
