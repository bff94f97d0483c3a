//! Sluice's worker: takes runs from the Redis queue and executes them with the engine; runs
//! the scheduler and the reconciler when it holds their locks.

pub mod app;
pub mod handlers;
pub mod http;
pub mod identity;
pub mod run_once;
pub mod settings;
