//! Every worker process has a unique name: it is written on the runs it claims, and the queue
//! refuses two live workers with one name.

/// `<host>-<pid>-<random>`: unique across restarts of the same process id.
pub fn worker_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "worker".to_owned());
    let suffix = &uuid::Uuid::new_v4().simple().to_string()[..8];
    format!("{host}-{}-{suffix}", std::process::id())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_unique() {
        assert_ne!(super::worker_name(), super::worker_name());
    }
}
