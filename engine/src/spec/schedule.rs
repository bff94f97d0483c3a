//! When a pipeline runs: a five-field cron expression evaluated in an IANA timezone.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use utoipa::ToSchema;

use crate::domain::InvalidValue;

/// A cron expression: the standard five fields (`minute hour day-of-month month day-of-week`),
/// or six with seconds first (`*/30 * * * * *`).
#[derive(Debug, Clone)]
pub struct CronSchedule {
    source: String,
    schedule: cron::Schedule,
    /// `*` or `*/n` in the hour field: the schedule fires by the hour, on real time.
    wildcard_hour: bool,
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
        let with_seconds = match fields {
            5 => format!("0 {source}"),
            6 => source.clone(),
            _ => {
                return Err(InvalidValue(format!(
                    "cron expression `{raw}` has {fields} fields; use five (minute hour day-of-month month day-of-week, e.g. `0 6 * * *`) or six with seconds first"
                )));
            }
        };
        let hour_field = with_seconds.split(' ').nth(2).unwrap_or_default();
        let wildcard_hour = hour_field == "*" || hour_field.starts_with("*/");
        let schedule = cron::Schedule::from_str(&with_seconds).map_err(|e| {
            // The cron crate says "Hours must be less than 23" of its inclusive maximum.
            let e = e
                .to_string()
                .replace(" must be less than ", " must be at most ");
            InvalidValue(format!("cron expression `{raw}` is invalid: {e}"))
        })?;
        if schedule.upcoming(Utc).next().is_none() {
            return Err(InvalidValue(format!("cron expression `{raw}` never fires")));
        }
        Ok(Self {
            source,
            schedule,
            wildcard_hour,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The first tick strictly after `after`, computed in `timezone`: `0 6 * * *` is 06:00
    /// local time on both sides of a daylight-saving change. A local time that does not exist
    /// (spring forward) has no tick that day; one that happens twice (fall back) has one, the
    /// first — except for schedules with a wildcard hour, which keep firing on real time
    /// through the repeated hour, as cron does.
    pub fn next_after(&self, after: DateTime<Utc>, timezone: Tz) -> Option<DateTime<Utc>> {
        use chrono::{Offset, TimeZone};
        let regular = self
            .schedule
            .after(&after.with_timezone(&timezone))
            .next()
            .map(|t| t.with_timezone(&Utc));
        if !self.wildcard_hour {
            return regular;
        }
        // Evaluate in the fixed offsets in force at `after` and at the regular tick: a tick
        // is valid when its instant really has that offset.
        let offset_at = |t: DateTime<Utc>| timezone.offset_from_utc_datetime(&t.naive_utc()).fix();
        let mut best = regular;
        for probe in [Some(after), regular].into_iter().flatten() {
            let offset = offset_at(probe);
            if let Some(candidate) = self.schedule.after(&after.with_timezone(&offset)).next() {
                let candidate = candidate.with_timezone(&Utc);
                let valid = offset_at(candidate) == offset && candidate > after;
                if valid && best.is_none_or(|b| candidate < b) {
                    best = Some(candidate);
                }
            }
        }
        best
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
    fn five_fields_or_six_with_seconds_first_and_nothing_else() {
        // Five fields: minute first, at second 0.
        let five = CronSchedule::parse("30 6 * * *").unwrap();
        let after = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(
            five.schedule.after(&after).next(),
            Some(Utc.with_ymd_and_hms(2026, 1, 1, 6, 30, 0).unwrap())
        );
        // Six: seconds first.
        let six = CronSchedule::parse("15 30 6 * * *").unwrap();
        assert_eq!(
            six.schedule.after(&after).next(),
            Some(Utc.with_ymd_and_hms(2026, 1, 1, 6, 30, 15).unwrap())
        );
        for (fields, raw) in [(4, "0 6 * *"), (7, "0 0 6 * * * 2030"), (1, "@daily")] {
            let err = CronSchedule::parse(raw).unwrap_err().to_string();
            assert!(
                err.contains(&format!("has {fields} fields")),
                "{raw}: {err}"
            );
        }
        let err = CronSchedule::parse("61 6 * * *").unwrap_err().to_string();
        assert!(err.contains("invalid"), "{err}");
    }

    #[test]
    fn an_out_of_range_field_names_its_real_maximum() {
        // 23 is a valid hour: the message must not say it is too large.
        CronSchedule::parse("0 23 * * *").unwrap();
        let err = CronSchedule::parse("0 25 * * *").unwrap_err().to_string();
        assert!(err.contains("Hours must be at most 23"), "{err}");
        assert!(!err.contains("less than 23"), "{err}");
        let err = CronSchedule::parse("60 6 * * *").unwrap_err().to_string();
        assert!(err.contains("Minutes must be at most 59"), "{err}");
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

    fn schedule(cron: &str, tz: &str) -> Schedule {
        Schedule {
            cron: CronSchedule::parse(cron).unwrap(),
            timezone: Timezone::parse(tz).unwrap(),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn next_runs_follow_new_york_across_spring_forward() {
        let daily = schedule("0 6 * * *", "America/New_York");
        // 06:00 EST is 11:00 UTC; after 2026-03-08 02:00 it is 06:00 EDT, 10:00 UTC.
        assert_eq!(
            daily.next_after(utc("2026-03-07T00:00:00Z")),
            Some(utc("2026-03-07T11:00:00Z"))
        );
        assert_eq!(
            daily.next_after(utc("2026-03-07T11:00:00Z")),
            Some(utc("2026-03-08T10:00:00Z"))
        );
        assert_eq!(
            daily.next_after(utc("2026-03-08T10:00:00Z")),
            Some(utc("2026-03-09T10:00:00Z"))
        );
        // 02:30 does not exist on 2026-03-08: that day has no tick.
        let night = schedule("30 2 * * *", "America/New_York");
        assert_eq!(
            night.next_after(utc("2026-03-07T08:00:00Z")),
            Some(utc("2026-03-09T06:30:00Z"))
        );
    }

    #[test]
    fn next_runs_follow_new_york_across_fall_back() {
        let daily = schedule("0 6 * * *", "America/New_York");
        assert_eq!(
            daily.next_after(utc("2026-10-31T10:00:00Z")),
            Some(utc("2026-11-01T11:00:00Z"))
        );
        assert_eq!(
            daily.next_after(utc("2026-11-01T11:00:00Z")),
            Some(utc("2026-11-02T11:00:00Z"))
        );
        // 01:30 happens twice on 2026-11-01 (EDT, then EST): one tick, the first.
        let night = schedule("30 1 * * *", "America/New_York");
        let first = night.next_after(utc("2026-11-01T00:00:00Z")).unwrap();
        assert_eq!(first, utc("2026-11-01T05:30:00Z"));
        assert_eq!(night.next_after(first), Some(utc("2026-11-02T06:30:00Z")));
        // Hourly keeps counting real hours through the repeated one.
        let hourly = schedule("0 * * * *", "America/New_York");
        assert_eq!(
            hourly.next_after(utc("2026-11-01T05:00:00Z")),
            Some(utc("2026-11-01T06:00:00Z"))
        );
        assert_eq!(
            hourly.next_after(utc("2026-11-01T06:00:00Z")),
            Some(utc("2026-11-01T07:00:00Z"))
        );
    }

    #[test]
    fn half_hour_offsets_are_respected() {
        let kolkata = schedule("0 9 * * *", "Asia/Kolkata");
        assert_eq!(
            kolkata.next_after(utc("2026-06-01T00:00:00Z")),
            Some(utc("2026-06-01T03:30:00Z"))
        );
        // Adelaide is +10:30 in January (daylight time) and +9:30 in July.
        let adelaide = schedule("0 8 * * *", "Australia/Adelaide");
        assert_eq!(
            adelaide.next_after(utc("2026-01-10T00:00:00Z")),
            Some(utc("2026-01-10T21:30:00Z"))
        );
        assert_eq!(
            adelaide.next_after(utc("2026-07-10T00:00:00Z")),
            Some(utc("2026-07-10T22:30:00Z"))
        );
    }

    #[test]
    fn unknown_timezones_are_named() {
        let err = Timezone::parse("Mars/Olympus").unwrap_err().to_string();
        assert!(err.contains("Mars/Olympus"));
    }
}
