//! The OpenAPI 3.1 document, served at `/api/v1/openapi.json` and committed as
//! `openapi/openapi.json` (a test fails when the two differ).

use utoipa::{
    Modify, OpenApi,
    openapi::{
        RefOr,
        security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme},
    },
};

use crate::{error, routes};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sluice API",
        description = "Multi-tenant ETL: register sources and pipelines, run them on a schedule, \
                       load PostgreSQL incrementally. Every error has the body `ErrorBody`.",
        license(name = "Apache-2.0", identifier = "Apache-2.0")
    ),
    servers((url = "/", description = "The server this document is served by")),
    security(("bearer" = [])),
    paths(
        routes::health::healthz,
        routes::health::readyz,
        routes::auth::signup::signup,
        routes::auth::login::login,
        routes::auth::me::me,
        routes::users::list::list_users,
        routes::users::create::create_user,
        routes::users::get::get_user,
        routes::users::update::update_user,
        routes::users::delete::delete_user,
        routes::tokens::list::list_tokens,
        routes::tokens::create::create_token,
        routes::tokens::delete::delete_token,
        routes::sources::list::list_sources,
        routes::sources::create::create_source,
        routes::sources::get::get_source,
        routes::sources::update::update_source,
        routes::sources::apply::apply_source,
        routes::sources::delete::delete_source,
        routes::sources::inspect::check_source,
        routes::sources::inspect::preview_source,
        routes::sources::inspect::suggest_steps,
        routes::destinations::list::list_destinations,
        routes::destinations::create::create_destination,
        routes::destinations::get::get_destination,
        routes::destinations::update::update_destination,
        routes::destinations::apply::apply_destination,
        routes::destinations::delete::delete_destination,
        routes::destinations::check::check_destination,
        routes::destinations::credentials::get_destination_credentials,
        routes::destinations::credentials::create_destination_credentials,
        routes::destinations::credentials::delete_destination_credentials,
        routes::pipelines::list::list_pipelines,
        routes::pipelines::create::create_pipeline,
        routes::pipelines::get::get_pipeline,
        routes::pipelines::update::update_pipeline,
        routes::pipelines::patch::patch_pipeline,
        routes::pipelines::delete::delete_pipeline,
        routes::pipelines::apply::apply_pipeline,
        routes::pipelines::dry_run::dry_run,
        routes::pipelines::reset::reset_pipeline,
        routes::pipelines::table::get_table,
        routes::pipelines::data::get_data,
        routes::pipelines::series::get_series,
        routes::pipelines::export::export_table,
        routes::dashboards::list::list_dashboards,
        routes::dashboards::create::create_dashboard,
        routes::dashboards::get::get_dashboard,
        routes::dashboards::update::update_dashboard,
        routes::dashboards::delete::delete_dashboard,
        routes::runs::create::create_run,
        routes::runs::list::list_runs,
        routes::runs::get::get_run,
        routes::runs::cancel::cancel_run,
        routes::notifications::get::get_notifications,
        routes::notifications::put::put_notifications,
        routes::notifications::test::send_test,
        routes::deliveries::list::list_deliveries,
        routes::unsubscribe::confirm,
        routes::unsubscribe::unsubscribe,
        routes::deliveries::redeliver::redeliver,
        routes::failed_records::list::list_failed_records,
        routes::failed_records::act::retry_failed_record,
        routes::failed_records::act::discard_failed_record,
        routes::warehouse::get::get_warehouse_credentials,
        routes::warehouse::create::create_warehouse_credentials,
        routes::warehouse::delete::delete_warehouse_credentials,
    ),
    components(schemas(
        error::ErrorBody,
        error::Code,
        routes::runs::RunStatus,
        routes::failed_records::FailedStatus,
    )),
    modifiers(&BearerAuth, &PublicRoutes, &ResponseDescriptions),
    tags(
        (name = "health", description = "Liveness and readiness"),
        (name = "auth", description = "Sign-up, login, the caller"),
        (name = "users", description = "The tenant's users (admins manage them)"),
        (name = "tokens", description = "API tokens for machines"),
        (name = "sources", description = "Registered sources"),
        (name = "destinations", description = "PostgreSQL databases of the tenant's own that pipelines may load into"),
        (name = "pipelines", description = "Pipelines and their specs"),
        (name = "runs", description = "Triggering and following runs"),
        (name = "notifications", description = "E-mails and signed webhooks about finished runs"),
        (name = "failed-records", description = "Rows a run could not load"),
        (name = "data", description = "Reading what pipelines loaded: rows, chart series, exports"),
        (name = "dashboards", description = "Saved charts over the tenant's tables"),
        (name = "warehouse", description = "Read-only SQL access to the tenant's tables for BI tools"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .description(Some(
                            "An access token from /api/v1/auth/login (JWT) or an API token (slc_…)",
                        ))
                        .build(),
                ),
            );
        }
    }
}

/// Operations that declare no security are public: they say so with `security: []`, which
/// overrides the document's default (a bearer token).
struct PublicRoutes;

impl Modify for PublicRoutes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            for operation in operations(item) {
                if operation.security.is_none() {
                    operation.security = Some(Vec::<SecurityRequirement>::new());
                }
            }
        }
    }
}

/// OpenAPI requires a description on every response. Those the route does not word itself get
/// the meaning of their status in this API.
struct ResponseDescriptions;

impl Modify for ResponseDescriptions {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            for operation in operations(item) {
                for (status, response) in operation.responses.responses.iter_mut() {
                    if let RefOr::T(response) = response
                        && response.description.is_empty()
                    {
                        response.description = status_meaning(status).to_owned();
                    }
                }
            }
        }
    }
}

fn operations(
    item: &mut utoipa::openapi::PathItem,
) -> impl Iterator<Item = &mut utoipa::openapi::path::Operation> {
    [
        item.get.as_mut(),
        item.put.as_mut(),
        item.post.as_mut(),
        item.delete.as_mut(),
        item.patch.as_mut(),
        item.head.as_mut(),
        item.options.as_mut(),
        item.trace.as_mut(),
    ]
    .into_iter()
    .flatten()
}

fn status_meaning(status: &str) -> &'static str {
    match status {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        "204" => "Done; no content",
        "400" => "Malformed JSON, path or query parameter (`bad_request`)",
        "401" => "No credentials, or invalid, expired or revoked ones (`unauthorized`)",
        "403" => "The caller's role does not allow this (`forbidden`)",
        "404" => "No such object in the caller's tenant",
        "409" => "Conflicts with the current state; `code` says how",
        "413" => "The body is larger than the server accepts (`payload_too_large`)",
        "415" => "The body is not `application/json` (`unsupported_media_type`)",
        "422" => {
            "The request breaks a rule; `details` lists each problem with its path (`validation_failed`)"
        }
        "429" => {
            "Too many attempts; retry after the `Retry-After` header's seconds (`rate_limited`)"
        }
        "500" => "Failed inside Sluice; the server log has the cause (`internal`)",
        "502" => "An upstream (a source) could not be reached (`source_unavailable`)",
        "503" => "A dependency (database, queue) is unavailable (`unavailable`)",
        _ => "See the error body's `code`",
    }
}

/// The document as committed: pretty JSON with a trailing newline.
pub fn document() -> String {
    let mut json = ApiDoc::openapi().to_pretty_json().unwrap_or_default();
    json.push('\n');
    json
}
