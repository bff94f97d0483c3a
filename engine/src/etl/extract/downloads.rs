//! Where downloads are written: a folder this process owns, inside `extract.download_dir`, and
//! a budget for the bytes its downloads hold at once.
//!
//! Each process (API or worker) makes its own folder, `p<pid>-<random>`, and holds an exclusive
//! lock on the folder's `.lock` file for as long as it lives. On start it deletes every folder
//! whose lock nobody holds: what a process killed mid-download left behind. A download's file
//! is deleted when the download is dropped, and the bytes it counted against
//! `extract.download_budget_bytes` are given back; a download that would pass the budget stops
//! with a recoverable error (the run is retried later) instead of filling the disk. Sweeping and
//! making a folder happen under an exclusive lock on `<root>/.sweep.lock`, so no process sweeps
//! a folder another has made and not yet locked.

use std::{
    fs::{self, File},
    path::{Path, PathBuf},
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
};

use tempfile::NamedTempFile;

use super::ExtractError;

/// This process's download folder and byte budget. Shared by every clone of a `Fetcher`.
#[derive(Debug)]
pub struct Downloads {
    dir: PathBuf,
    budget: u64,
    in_use: Arc<AtomicU64>,
    /// Held, never read: the lock that tells other processes this folder is alive.
    _lock: File,
}

impl Downloads {
    /// Makes this process's folder under `root`, after removing the folders of processes that
    /// are gone.
    pub fn open(root: &Path, budget: u64) -> Result<Self, ExtractError> {
        let failed = |what: &str, e: std::io::Error| ExtractError::Io {
            context: format!("{what} (extract.download_dir {})", root.display()),
            cause: e.to_string(),
        };
        fs::create_dir_all(root).map_err(|e| failed("creating the download folder", e))?;
        // Sweeping and making a folder happen under one lock on the root: a folder made but not
        // yet locked looks like debris, and another process sweeping at that moment would
        // delete it from under its owner.
        let root_lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(root.join(".sweep.lock"))
            .map_err(|e| failed("opening the download folder's sweep lock", e))?;
        root_lock
            .lock()
            .map_err(|e| failed("locking the download folder for a sweep", e))?;
        let removed = sweep(root);
        if removed > 0 {
            tracing::info!(
                removed,
                dir = %root.display(),
                "removed the download folders of processes that are gone"
            );
        }
        let dir = tempfile::Builder::new()
            .prefix(&format!("p{}-", std::process::id()))
            .tempdir_in(root)
            .map_err(|e| failed("creating this process's download folder", e))?
            .keep();
        let lock = File::create(dir.join(".lock"))
            .map_err(|e| failed("creating the download folder's lock", e))?;
        lock.try_lock()
            .map_err(|e| failed("locking the download folder", e.into()))?;
        drop(root_lock);
        Ok(Self {
            dir,
            budget,
            in_use: Arc::new(AtomicU64::new(0)),
            _lock: lock,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Bytes the live downloads of this process hold.
    pub fn in_use(&self) -> u64 {
        self.in_use.load(Ordering::Relaxed)
    }

    /// A new, empty download file (blocking: call it off the async threads).
    pub(super) fn create(&self) -> Result<DownloadFile, ExtractError> {
        let file = tempfile::Builder::new()
            .prefix("download-")
            .tempfile_in(&self.dir)
            .map_err(|e| ExtractError::Io {
                context: "creating a download file".into(),
                cause: e.to_string(),
            })?;
        Ok(DownloadFile {
            file,
            held: 0,
            budget: self.budget,
            in_use: self.in_use.clone(),
        })
    }
}

impl Drop for Downloads {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Removes the folders under `root` whose lock no live process holds; returns how many.
fn sweep(root: &Path) -> usize {
    let Ok(entries) = fs::read_dir(root) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let ours = entry.file_type().is_ok_and(|t| t.is_dir())
            && entry.file_name().to_string_lossy().starts_with('p');
        if !ours {
            continue;
        }
        let orphaned = match File::open(path.join(".lock")) {
            // Locked by a live process: leave it. The lock goes with the process, however it
            // ended.
            Ok(lock) => lock.try_lock().is_ok(),
            // Killed between making the folder and locking it.
            Err(_) => true,
        };
        if orphaned && fs::remove_dir_all(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// A file being downloaded into, counted against the budget as it grows.
#[derive(Debug)]
pub struct DownloadFile {
    pub(super) file: NamedTempFile,
    held: u64,
    budget: u64,
    in_use: Arc<AtomicU64>,
}

impl DownloadFile {
    /// Counts `bytes` more against the budget, or refuses when the budget would be passed.
    pub(super) fn reserve(&mut self, bytes: u64) -> Result<(), ExtractError> {
        let budget = self.budget;
        self.in_use
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
                used.checked_add(bytes).filter(|total| *total <= budget)
            })
            .map_err(|used| ExtractError::Io {
                context: "the download folder is full".into(),
                cause: format!(
                    "downloads in progress hold {used} bytes and this one needs {bytes} more; the budget is {budget} bytes (extract.download_budget_bytes)"
                ),
            })?;
        self.held += bytes;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        self.file.path()
    }
}

impl Drop for DownloadFile {
    fn drop(&mut self) {
        self.in_use.fetch_sub(self.held, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_processs_folder_is_removed_and_a_live_ones_kept() {
        let root = tempfile::tempdir().unwrap();
        let live = Downloads::open(root.path(), 1 << 20).unwrap();
        // A process killed mid-download: its folder, a partial file, and a lock file that no one
        // holds any more.
        let dead = root.path().join("p999999-dead");
        fs::create_dir(&dead).unwrap();
        File::create(dead.join(".lock")).unwrap();
        fs::write(dead.join("download-x"), b"partial").unwrap();
        let unlocked = root.path().join("p999998-unlocked");
        fs::create_dir(&unlocked).unwrap();
        let other = root.path().join("not-ours");
        fs::create_dir(&other).unwrap();

        let next = Downloads::open(root.path(), 1 << 20).unwrap();
        assert!(!dead.exists() && !unlocked.exists());
        assert!(live.dir().exists() && next.dir().exists() && other.exists());
        let dir = next.dir().to_owned();
        drop(next);
        assert!(!dir.exists(), "a process's own folder goes with it");
    }

    #[test]
    fn folders_opened_at_the_same_time_are_never_swept_from_under_their_owners() {
        let root = tempfile::tempdir().unwrap();
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let root = root.path().to_owned();
                std::thread::spawn(move || {
                    for _ in 0..40 {
                        let downloads = Downloads::open(&root, 1 << 20).unwrap();
                        // Another thread's sweep ran meanwhile: the folder must still be here.
                        downloads.create().unwrap();
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
    }

    #[test]
    fn the_budget_refuses_what_would_pass_it_and_is_given_back_on_drop() {
        let root = tempfile::tempdir().unwrap();
        let downloads = Downloads::open(root.path(), 100).unwrap();
        let mut a = downloads.create().unwrap();
        let mut b = downloads.create().unwrap();
        a.reserve(60).unwrap();
        let refused = b.reserve(41).unwrap_err();
        assert!(refused.is_recoverable(), "{refused}");
        assert!(
            refused
                .to_string()
                .contains("extract.download_budget_bytes"),
            "{refused}"
        );
        b.reserve(40).unwrap();
        assert_eq!(downloads.in_use(), 100);
        let path = a.path().to_owned();
        drop(a);
        assert!(!path.exists());
        assert_eq!(downloads.in_use(), 40);
        b.reserve(60).unwrap();
    }
}
