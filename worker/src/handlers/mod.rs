//! Job handlers, one file per queue.

pub mod run;
