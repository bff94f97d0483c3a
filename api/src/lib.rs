//! Sluice's REST API (actix-web). `main.rs` only reads settings and calls [`startup`].

pub mod auth;
pub mod cache;
pub mod error;
pub mod external;
pub mod openapi;
pub mod request;
pub mod routes;
pub mod settings;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;
