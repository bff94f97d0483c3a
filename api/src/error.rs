//! One error body for every failure: `{"code": "...", "message": "...", "details": ...}`.
//!
//! Codes are stable (clients switch on them); messages are for people. A 5xx logs the whole
//! cause chain and answers a generic message.

use actix_web::{
    HttpResponse, ResponseError,
    http::{StatusCode, header},
};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;
use sluice_engine::spec::SpecError;
use utoipa::ToSchema;

/// Every error code the API answers with, and its HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// 400: the body is not valid JSON, or a query or path parameter is malformed.
    BadRequest,
    /// 401: no credentials, or credentials that are invalid, expired or revoked.
    Unauthorized,
    /// 401: wrong e-mail or password.
    InvalidCredentials,
    /// 403: the caller's role does not allow this.
    Forbidden,
    /// 403: self-service sign-up is switched off.
    SignupDisabled,
    /// 403: `current_password` is not the caller's password.
    WrongPassword,
    /// 403: an e-mail's unsubscribe link was altered (its token does not sign its pipeline and
    /// address).
    UnsubscribeLinkInvalid,
    /// 404: no such route.
    RouteNotFound,
    UserNotFound,
    TokenNotFound,
    SourceNotFound,
    PipelineNotFound,
    /// 404: no such destination database in the tenant.
    DestinationNotFound,
    /// 405: the route exists but not with this method.
    MethodNotAllowed,
    /// 409: the e-mail address already has an account.
    EmailTaken,
    SourceNameTaken,
    PipelineNameTaken,
    DashboardNameTaken,
    /// 409: the tenant already has a destination database of that name.
    DestinationNameTaken,
    /// 409: another pipeline of the tenant already loads this destination table.
    DestinationTaken,
    /// 409: the destination table exists (left by a deleted pipeline); send `adopt: true` to
    /// load into it, or choose another table.
    DestinationExists,
    /// 409: the destination table is in use (a run is loading it); retry the deletion later.
    TableBusy,
    /// 409: the source feeds pipelines; change them first.
    SourceInUse,
    /// 409: pipelines load into the destination database; change them first (`details`
    /// names them).
    DestinationInUse,
    /// 409: the pipeline's table is in a database of the tenant's own
    /// (`spec.destination.database`), where Sluice does not drop tables.
    ExternalDestination,
    /// 409: the tenant would be left without an admin.
    LastAdmin,
    FailedRecordNotFound,
    DashboardNotFound,
    /// 404: the pipeline has not created its destination table yet (no run has loaded it).
    TableNotFound,
    /// 422: a read of a tenant's table ran past `application.read_timeout_ms`; narrow it.
    ReadTimeout,
    RunNotFound,
    DeliveryNotFound,
    /// 409: the delivery is being sent right now.
    DeliverySending,
    /// 409: the pipeline already has a run queued or executing (`details.run_id`).
    RunInProgress,
    /// 409: the run has already finished.
    RunFinished,
    /// 409: a test notification needs a finished run to report.
    NoFinishedRun,
    /// 409: the pipeline has no e-mail recipient and no webhook to notify.
    NoNotificationTargets,
    /// 404: the tenant has no read-only SQL credentials (no warehouse role).
    WarehouseCredentialsNotFound,
    /// 409: read-only SQL access cannot be managed on this server: the service's database user
    /// may not create roles (`message` gives the statement that grants it), or a role with the
    /// tenant's role name belongs to something else.
    WarehouseUnavailable,
    /// 422: the source's content is malformed (`message` says what and where).
    MalformedSource,
    /// 422: the source's URL is refused (not public, not allowed) or answered 4xx.
    SourceRefused,
    /// 502: the source could not be fetched (timeout, 5xx, connection); retry later.
    SourceUnavailable,
    /// 502: the tenant's destination database, where the pipeline's table is, could not be
    /// reached or refused Sluice (`message` says which).
    DestinationUnavailable,
    /// 413: the body is larger than `application.max_body_bytes`.
    PayloadTooLarge,
    /// 415: the body is not `application/json`.
    UnsupportedMediaType,
    /// 422: the body is well-formed JSON but breaks a rule; `details` lists `{path, message}`.
    ValidationFailed,
    /// 429: too many attempts; retry after the `Retry-After` header's seconds.
    RateLimited,
    /// 500: something failed inside Sluice; the logs have the cause.
    Internal,
    /// 503: a dependency (database, queue) is unavailable.
    Unavailable,
}

impl Code {
    pub fn status(self) -> StatusCode {
        use Code::*;
        match self {
            BadRequest => StatusCode::BAD_REQUEST,
            Unauthorized | InvalidCredentials => StatusCode::UNAUTHORIZED,
            Forbidden | SignupDisabled | WrongPassword | UnsubscribeLinkInvalid => {
                StatusCode::FORBIDDEN
            }
            RouteNotFound | UserNotFound | TokenNotFound | SourceNotFound | PipelineNotFound
            | FailedRecordNotFound | DashboardNotFound | TableNotFound | RunNotFound
            | DeliveryNotFound | DestinationNotFound => StatusCode::NOT_FOUND,
            WarehouseCredentialsNotFound => StatusCode::NOT_FOUND,
            MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            EmailTaken
            | SourceNameTaken
            | PipelineNameTaken
            | DashboardNameTaken
            | DestinationNameTaken
            | DestinationTaken
            | DestinationExists
            | TableBusy
            | SourceInUse
            | DestinationInUse
            | ExternalDestination
            | LastAdmin
            | RunInProgress
            | RunFinished
            | DeliverySending
            | NoFinishedRun
            | NoNotificationTargets => StatusCode::CONFLICT,
            WarehouseUnavailable => StatusCode::CONFLICT,
            PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ValidationFailed | MalformedSource | SourceRefused | ReadTimeout => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            SourceUnavailable | DestinationUnavailable => StatusCode::BAD_GATEWAY,
            RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub code: Code,
    pub message: String,
    /// What a client can act on, for the codes that have more to say; null otherwise.
    pub details: Option<ErrorDetails>,
}

/// An error's machine-readable context, by code.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ErrorDetails {
    /// `validation_failed`: every problem found, each at its path.
    Fields(Vec<SpecError>),
    /// `run_in_progress`: the run to follow or cancel.
    RunInProgress(RunInProgressDetails),
    /// `source_in_use`, `destination_in_use`: the pipelines that use the source or the
    /// destination.
    SourceInUse(SourceInUseDetails),
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RunInProgressDetails {
    pub run_id: uuid::Uuid,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SourceInUseDetails {
    /// Names of the pipelines that use the source or the destination.
    pub pipelines: Vec<String>,
}

/// An error answered to the client.
#[derive(Debug)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
    pub details: Option<ErrorDetails>,
    retry_after: Option<u64>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            details: None,
            retry_after: None,
        }
    }

    pub fn with_details(mut self, details: ErrorDetails) -> Self {
        self.details = Some(details);
        self
    }

    /// 422 listing each problem with its path.
    pub fn validation(errors: Vec<SpecError>) -> Self {
        let message = match errors.as_slice() {
            [one] => one.to_string(),
            many => format!("{} problems, the first: {}", many.len(), many[0]),
        };
        Self::new(Code::ValidationFailed, message).with_details(ErrorDetails::Fields(errors))
    }

    /// 422 for one field.
    pub fn invalid(path: &str, message: impl Into<String>) -> Self {
        Self::validation(vec![SpecError::new(path, message)])
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(Code::Unauthorized, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(Code::Forbidden, message)
    }

    pub fn rate_limited(retry_after_secs: u64) -> Self {
        let mut e = Self::new(
            Code::RateLimited,
            format!("too many attempts; retry in {retry_after_secs} s"),
        );
        e.retry_after = Some(retry_after_secs);
        e
    }

    /// Logs the cause and hides it from the client.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        Self::new(
            Code::Internal,
            "internal error; the server log has the cause",
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.code, self.message)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.code.status()
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        if let Some(secs) = self.retry_after {
            response.insert_header((header::RETRY_AFTER, secs.to_string()));
        }
        if matches!(self.code, Code::Unauthorized | Code::InvalidCredentials) {
            response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        response.json(ErrorBody {
            code: self.code,
            message: self.message.clone(),
            details: self.details.clone(),
        })
    }
}

impl From<DbErr> for ApiError {
    fn from(e: DbErr) -> Self {
        match e.sql_err() {
            // Callers that expect a conflict map it to their own code first; reaching here means
            // an unexpected one, still not a 500.
            Some(SqlErr::UniqueConstraintViolation(_)) => ApiError::new(
                Code::ValidationFailed,
                "the change conflicts with an existing object",
            ),
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => ApiError::new(
                Code::ValidationFailed,
                "the change refers to an object that does not exist or is still in use",
            ),
            _ => match e {
                DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => {
                    tracing::error!(error = %e, "database unavailable");
                    ApiError::new(
                        Code::Unavailable,
                        "the database is unavailable; retry shortly",
                    )
                }
                other => ApiError::internal(other),
            },
        }
    }
}

/// Whether a database error is a unique violation (to answer 409 with a specific code).
pub fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// The name of the violated constraint, when the error is a unique violation.
pub fn unique_violation_message(e: &DbErr) -> Option<String> {
    match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message)) => Some(message),
        _ => None,
    }
}

pub fn is_foreign_key_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::ForeignKeyConstraintViolation(_)))
}
