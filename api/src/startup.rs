//! Builds the HTTP server. `main.rs` and the tests both go through [`Application::build`].

use std::{net::TcpListener, sync::Arc};

use actix_web::{App, HttpResponse, HttpServer, dev::Server, middleware, web};
use sea_orm::DatabaseConnection;
use secrecy::ExposeSecret;
use utoipa::OpenApi;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::{
    auth::{jwt::JwtKeys, password::PasswordPolicy, rate_limit::RateLimiter},
    error::{ApiError, Code},
    openapi::ApiDoc,
    request::{path_error, query_error},
    routes,
    settings::Settings,
    state::AppState,
};

/// The API's pool: every statement bounded by `application.read_timeout_ms` (the reads of a
/// tenant's tables are the only long ones; an export lifts the bound for itself), and a
/// connection pinged only after 30 s idle, not before every query.
pub fn pool_tuning(settings: &Settings) -> sluice_engine::db::PoolTuning {
    sluice_engine::db::PoolTuning {
        statement_timeout: Some(std::time::Duration::from_millis(
            settings.application.read_timeout_ms,
        )),
        ping_idle_after: Some(std::time::Duration::from_secs(30)),
    }
}

pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    /// Binds `application.host:application.port` (port 0 picks a free one) and prepares the
    /// server; nothing is served until [`Application::run_until_stopped`].
    pub fn build(settings: Settings, db: DatabaseConnection) -> anyhow::Result<Self> {
        let address = format!(
            "{}:{}",
            settings.application.host, settings.application.port
        );
        let listener = TcpListener::bind(&address)
            .map_err(|e| anyhow::anyhow!("cannot listen on {address}: {e}"))?;
        let port = listener.local_addr()?.port();
        let caches = Arc::new(crate::cache::Caches::new());
        crate::cache::spawn_listener(caches.clone(), db.get_postgres_connection_pool().clone());
        let state = web::Data::new(AppState {
            caches,
            external: crate::external::ExternalReads::default(),
            jwt: JwtKeys::new(&settings.auth),
            passwords: PasswordPolicy::new(&settings.auth)
                .map_err(|e| anyhow::anyhow!("password hashing is misconfigured: {e}"))?,
            encryptor: settings.encryptor()?,
            login_per_ip: RateLimiter::new(settings.auth.login_rate_limit),
            login_per_account: RateLimiter::new(settings.auth.login_account_rate_limit),
            trusted_proxies: sluice_engine::domain::TrustedProxies::parse(
                &settings.application.trusted_proxies,
            )
            .map_err(|e| anyhow::anyhow!("application.trusted_proxies: {e}"))?,
            redis: redis::Client::open(settings.redis.url.expose_secret())
                .map_err(|e| anyhow::anyhow!("redis.url is invalid: {e}"))?,
            producer: tokio::sync::Mutex::new(sluice_queue::Producer::new(settings.redis.clone())),
            delivery_producer: tokio::sync::Mutex::new(sluice_queue::Producer::new(
                settings.redis.clone(),
            )),
            fetcher: sluice_engine::etl::extract::Fetcher::new(&settings.extract)
                .map_err(|e| anyhow::anyhow!("extract settings: {e}"))?,
            web: settings
                .application
                .web_dir
                .as_deref()
                .and_then(|dir| crate::web::WebApp::open(std::path::Path::new(dir))),
            metrics: sluice_engine::metrics::install()
                .map_err(|e| anyhow::anyhow!("cannot install the metrics recorder: {e}"))?,
            db,
            settings: Arc::new(settings),
        });
        match (&state.web, &state.settings.application.web_dir) {
            (Some(_), Some(dir)) => tracing::info!(%dir, "serving the web app"),
            (None, Some(dir)) => tracing::warn!(
                %dir,
                "no web app: the folder has no index.html (npm run build in frontend/); serving the API alone"
            ),
            _ => {}
        }
        let workers = state.settings.application.workers;
        let mut server = HttpServer::new(move || {
            App::new()
                .wrap(middleware::from_fn(crate::cache::forget_after_writes))
                .wrap(middleware::Compress::default())
                .wrap(middleware::from_fn(crate::telemetry::request_span))
                .app_data(state.clone())
                .app_data(web::PathConfig::default().error_handler(path_error))
                .app_data(web::QueryConfig::default().error_handler(query_error))
                .configure(configure)
                .default_service(web::to(route_not_found))
        })
        .listen(listener)?;
        if workers > 0 {
            server = server.workers(workers);
        }
        Ok(Self {
            port,
            server: server.run(),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Every route of the API.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(routes::health::healthz))
        .route("/readyz", web::get().to(routes::health::readyz))
        .route("/metrics", web::get().to(routes::metrics::render))
        .service(web::redirect("/docs", "/docs/"))
        .service(
            SwaggerUi::new("/docs/{_:.*}")
                .url("/api/v1/openapi.json", ApiDoc::openapi())
                // The token entered under "Authorize" survives a reload of the page.
                .config(Config::default().persist_authorization(true)),
        )
        .service(web::scope("/api/v1").configure(routes::configure));
}

/// The web app for a page it routes on the client, else the JSON 404.
async fn route_not_found(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if let Some(app) = &state.web
        && let Some(response) = app.serve(&req).await
    {
        return Ok(response);
    }
    Err(ApiError::new(
        Code::RouteNotFound,
        format!("no route {} {}", req.method(), req.path()),
    ))
}

/// 405 with the JSON error body, for resources that exist under other methods.
pub async fn method_not_allowed(req: actix_web::HttpRequest) -> Result<HttpResponse, ApiError> {
    Err(ApiError::new(
        Code::MethodNotAllowed,
        format!("{} is not allowed on {}", req.method(), req.path()),
    ))
}
