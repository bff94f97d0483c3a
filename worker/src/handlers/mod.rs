//! Job handlers, one file per queue.

pub mod delivery;
pub mod run;
