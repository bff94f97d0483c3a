//! In-process login throttling (GCRA): `burst` attempts at once, refilled evenly over
//! `period_secs`. Each API replica keeps its own counts, so behind N replicas the effective
//! limit is up to N times the setting.
//!
//! Not `governor`: the per-account limit counts failed attempts only, yet refuses every attempt
//! (a right password too) once they are used up, so it needs [`RateLimiter::check`], a test that
//! takes nothing; governor's keyed limiter (0.10) can only test by taking a cell.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use crate::settings::RateLimitSettings;

pub struct RateLimiter {
    interval: Duration,
    period: Duration,
    /// Theoretical arrival time of the next attempt, per key.
    next: Mutex<HashMap<String, Instant>>,
}

const SWEEP_ABOVE: usize = 10_000;

impl RateLimiter {
    pub fn new(settings: RateLimitSettings) -> Self {
        let period = Duration::from_secs(settings.period_secs.max(1));
        Self {
            interval: period / settings.burst.max(1),
            period,
            next: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one attempt for `key`, or says how long until one is available.
    pub fn acquire(&self, key: &str) -> Result<(), Duration> {
        self.attempt(key, true)
    }

    /// Whether `acquire` would succeed now, without taking anything.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        self.attempt(key, false)
    }

    fn attempt(&self, key: &str, take: bool) -> Result<(), Duration> {
        let now = Instant::now();
        let mut next = self
            .next
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let tat = next.get(key).copied().unwrap_or(now).max(now);
        let after = tat + self.interval;
        if after - now > self.period {
            return Err(after - self.period - now);
        }
        if take {
            if next.len() > SWEEP_ABOVE {
                next.retain(|_, t| *t > now);
            }
            next.insert(key.to_owned(), after);
        }
        Ok(())
    }
}

/// Seconds for a `Retry-After` header (at least 1).
pub fn retry_after_secs(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_the_burst_then_refuses_with_a_wait() {
        let limiter = RateLimiter::new(RateLimitSettings {
            burst: 3,
            period_secs: 60,
        });
        for _ in 0..3 {
            assert!(limiter.acquire("ip").is_ok());
        }
        let wait = limiter.acquire("ip").unwrap_err();
        assert!(
            wait > Duration::from_secs(19) && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
        assert!(limiter.acquire("other").is_ok(), "keys are independent");
    }

    #[test]
    fn check_takes_nothing() {
        let limiter = RateLimiter::new(RateLimitSettings {
            burst: 1,
            period_secs: 60,
        });
        assert!(limiter.check("k").is_ok());
        assert!(limiter.check("k").is_ok());
        assert!(limiter.acquire("k").is_ok());
        assert!(limiter.check("k").is_err());
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::from_secs(20)), 20);
    }
}
