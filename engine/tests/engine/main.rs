//! The engine end to end against the real PostgreSQL, sources served by a loopback HTTP
//! server inside the test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod data_tests;
mod deliveries;
mod destinations;
mod env;
mod extract;
mod language;
mod load_modes;
mod malformed;
mod notifications;
mod reference;
mod reseal;
mod retention;
mod runs;
mod schema;
mod schema_changes;
mod sql;
mod ssrf;
mod typing;
