//! The API's integration tests: real HTTP against a server on port 0, one fresh PostgreSQL
//! database per test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod auth;
mod caching;
mod contract;
mod crates;
mod dashboards;
mod data;
mod destinations;
mod editor;
mod emails;
mod errors;
mod etl;
mod health;
mod helpers;
mod isolation;
mod language;
mod lifecycle;
mod metrics;
mod notifications;
mod openapi;
mod pipelines;
mod runs;
mod sources;
mod startup;
mod tokens;
mod users;
mod warehouse;
mod web;
mod webhooks;
