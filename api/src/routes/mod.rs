//! Every `/api/v1` route: one folder per resource, one file per action.

pub mod auth;
pub mod dashboards;
pub mod deliveries;
pub mod destinations;
pub mod failed_records;
pub mod health;
pub mod metrics;
pub mod notifications;
pub mod pagination;
pub mod pipelines;
pub mod runs;
pub mod sources;
pub mod tenants;
pub mod tokens;
pub mod unsubscribe;
pub mod users;
pub mod warehouse;

use actix_web::{Route, web};
use serde::de::DeserializeOwned;

use crate::startup::method_not_allowed;

/// A status or kind stored as text, read as its API enum; `None`, logged, for a value the enum
/// does not know. Statuses, channels and triggers are held to the enums' values by the tables'
/// CHECK constraints; event types and error codes by the code that writes them (the SQL event
/// function, `RunErrorCode::as_str`).
pub(crate) fn stored<T: DeserializeOwned>(column: &str, value: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(value.to_owned()))
        .inspect_err(|e| {
            tracing::error!(column, value, error = %e, "stored value unknown to the API enum");
        })
        .ok()
}

fn resource(path: &str, routes: Vec<Route>) -> actix_web::Resource {
    routes
        .into_iter()
        .fold(web::resource(path), |r, route| r.route(route))
        .default_service(web::to(method_not_allowed))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(resource(
        "/auth/signup",
        vec![web::post().to(auth::signup::signup)],
    ))
    .service(resource(
        "/auth/login",
        vec![web::post().to(auth::login::login)],
    ))
    .service(resource("/me", vec![web::get().to(auth::me::me)]))
    .service(resource(
        "/dashboards",
        vec![
            web::get().to(dashboards::list::list_dashboards),
            web::post().to(dashboards::create::create_dashboard),
        ],
    ))
    .service(resource(
        "/dashboards/{id}",
        vec![
            web::get().to(dashboards::get::get_dashboard),
            web::put().to(dashboards::update::update_dashboard),
            web::delete().to(dashboards::delete::delete_dashboard),
        ],
    ))
    .service(resource(
        "/users",
        vec![
            web::get().to(users::list::list_users),
            web::post().to(users::create::create_user),
        ],
    ))
    .service(resource(
        "/users/{id}",
        vec![
            web::get().to(users::get::get_user),
            web::patch().to(users::update::update_user),
            web::delete().to(users::delete::delete_user),
        ],
    ))
    .service(resource(
        "/tokens",
        vec![
            web::get().to(tokens::list::list_tokens),
            web::post().to(tokens::create::create_token),
        ],
    ))
    .service(resource(
        "/warehouse/credentials",
        vec![
            web::get().to(warehouse::get::get_warehouse_credentials),
            web::post().to(warehouse::create::create_warehouse_credentials),
            web::delete().to(warehouse::delete::delete_warehouse_credentials),
        ],
    ))
    .service(resource(
        "/tokens/{id}",
        vec![web::delete().to(tokens::delete::delete_token)],
    ))
    .service(resource(
        "/destinations",
        vec![
            web::get().to(destinations::list::list_destinations),
            web::post().to(destinations::create::create_destination),
        ],
    ))
    .service(resource(
        "/destinations/by-name/{name}",
        vec![web::put().to(destinations::apply::apply_destination)],
    ))
    .service(resource(
        "/destinations/{id}",
        vec![
            web::get().to(destinations::get::get_destination),
            web::put().to(destinations::update::update_destination),
            web::delete().to(destinations::delete::delete_destination),
        ],
    ))
    .service(resource(
        "/destinations/{id}/check",
        vec![web::post().to(destinations::check::check_destination)],
    ))
    .service(resource(
        "/destinations/{id}/credentials",
        vec![
            web::get().to(destinations::credentials::get_destination_credentials),
            web::post().to(destinations::credentials::create_destination_credentials),
            web::delete().to(destinations::credentials::delete_destination_credentials),
        ],
    ))
    .service(resource(
        "/sources",
        vec![
            web::get().to(sources::list::list_sources),
            web::post().to(sources::create::create_source),
        ],
    ))
    .service(resource(
        "/sources/by-name/{name}",
        vec![web::put().to(sources::apply::apply_source)],
    ))
    .service(resource(
        "/sources/{id}",
        vec![
            web::get().to(sources::get::get_source),
            web::put().to(sources::update::update_source),
            web::delete().to(sources::delete::delete_source),
        ],
    ))
    .service(resource(
        "/pipelines",
        vec![
            web::get().to(pipelines::list::list_pipelines),
            web::post().to(pipelines::create::create_pipeline),
        ],
    ))
    .service(resource(
        "/pipelines/dry-run",
        vec![web::post().to(pipelines::dry_run::dry_run)],
    ))
    // Before every `/pipelines/{id}/...`: a pipeline may be named `runs` or `reset`.
    .service(resource(
        "/pipelines/by-name/{name}",
        vec![web::put().to(pipelines::apply::apply_pipeline)],
    ))
    .service(resource(
        "/sources/{id}/check",
        vec![web::post().to(sources::inspect::check_source)],
    ))
    .service(resource(
        "/sources/{id}/preview",
        vec![web::get().to(sources::inspect::preview_source)],
    ))
    .service(resource(
        "/sources/{id}/suggest",
        vec![web::post().to(sources::inspect::suggest_steps)],
    ))
    .service(resource(
        "/pipelines/{id}/table",
        vec![web::get().to(pipelines::table::get_table)],
    ))
    .service(resource(
        "/pipelines/{id}/data",
        vec![web::get().to(pipelines::data::get_data)],
    ))
    .service(resource(
        "/pipelines/{id}/series",
        vec![web::get().to(pipelines::series::get_series)],
    ))
    .service(resource(
        "/pipelines/{id}/export",
        vec![web::get().to(pipelines::export::export_table)],
    ))
    .service(resource(
        "/pipelines/{id}/failed-records",
        vec![web::get().to(failed_records::list::list_failed_records)],
    ))
    .service(resource(
        "/pipelines/{id}/runs",
        vec![
            web::get().to(runs::list::list_runs),
            web::post().to(runs::create::create_run),
        ],
    ))
    .service(resource(
        "/runs/{id}",
        vec![web::get().to(runs::get::get_run)],
    ))
    .service(resource(
        "/runs/{id}/deliveries",
        vec![web::get().to(deliveries::list::list_deliveries)],
    ))
    .service(resource(
        "/deliveries/{id}/redeliver",
        vec![web::post().to(deliveries::redeliver::redeliver)],
    ))
    .service(resource(
        "/pipelines/{id}/notifications",
        vec![
            web::get().to(notifications::get::get_notifications),
            web::put().to(notifications::put::put_notifications),
        ],
    ))
    .service(resource(
        "/unsubscribe",
        vec![
            web::get().to(unsubscribe::confirm),
            web::post().to(unsubscribe::unsubscribe),
        ],
    ))
    .service(resource(
        "/pipelines/{id}/notifications/test",
        vec![web::post().to(notifications::test::send_test)],
    ))
    .service(resource(
        "/runs/{id}/cancel",
        vec![web::post().to(runs::cancel::cancel_run)],
    ))
    .service(resource(
        "/pipelines/{id}/reset",
        vec![web::post().to(pipelines::reset::reset_pipeline)],
    ))
    .service(resource(
        "/failed-records/{id}/retry",
        vec![web::post().to(failed_records::act::retry_failed_record)],
    ))
    .service(resource(
        "/failed-records/{id}/discard",
        vec![web::post().to(failed_records::act::discard_failed_record)],
    ))
    .service(resource(
        "/pipelines/{id}",
        vec![
            web::get().to(pipelines::get::get_pipeline),
            web::put().to(pipelines::update::update_pipeline),
            web::patch().to(pipelines::patch::patch_pipeline),
            web::delete().to(pipelines::delete::delete_pipeline),
        ],
    ));
}
