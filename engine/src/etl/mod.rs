//! The ETL engine: extract (fetch a source), read (parse it), transform (polars), load
//! (PostgreSQL).

pub mod dry_run;
pub mod extract;
pub mod hash;
pub mod infer;
pub mod load;
pub mod read;
pub mod run;
pub mod spill;
pub mod transform;

/// The stack of a thread that plans or runs a transform ([`off_runtime`]'s, a run's transform
/// thread). polars converts a plan recursively, one level per step: in a debug build about
/// 70 KiB a step, so that the default 2 MiB overflowed at 30 steps and aborted the whole
/// process. Address space only: the pages a thread never touches cost nothing. With
/// [`crate::spec::MAX_STEPS`] it leaves a debug build about nine times the stack it needs.
pub const PLAN_STACK: usize = 64 << 20;

/// Runs CPU-heavy work (parsing, polars) on a thread of its own, outside any async runtime:
/// the executor never stalls, and polars, which blocks on its own runtime when it finds one,
/// works the same under the worker's multi-threaded runtime and actix's single-threaded ones.
pub async fn off_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Cancelled> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("sluice-cpu".into())
        .stack_size(PLAN_STACK)
        .spawn(move || {
            let _ = tx.send(work());
        })
        .map_err(|_| Cancelled)?;
    rx.await.map_err(|_| Cancelled)
}

/// The CPU work panicked or could not start.
#[derive(Debug, thiserror::Error)]
#[error("the CPU work of the run stopped unexpectedly")]
pub struct Cancelled;
pub mod inspect;
