//! Sluice's worker: takes runs from the Redis queue and executes them with the engine.

pub mod identity;
pub mod run_once;
