//! SeaORM entities of the control plane (see `migration/`).

pub mod api_token;
pub mod dashboard;
pub mod delivery;
pub mod destination;
pub mod failed_record;
pub mod pipeline;
pub mod pipeline_source;
pub mod run;
pub mod source;
pub mod tenant;
pub mod user;
