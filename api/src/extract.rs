//! Request extractors that answer with Sluice's error body: a JSON body whose errors name the
//! offending path, and the handlers for malformed path and query parameters.

use actix_web::{
    FromRequest, HttpRequest,
    dev::Payload,
    error::{PathError, QueryPayloadError},
    http::header,
    web,
};
use futures::{StreamExt, future::LocalBoxFuture};
use serde::de::DeserializeOwned;

use crate::error::{ApiError, Code};
use crate::state::AppState;

/// A JSON request body: 415 unless `Content-Type` is JSON, 413 above the configured size, 400 for
/// invalid JSON, 422 (with the path) for JSON of the wrong shape.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json"
                    || (mime.starts_with("application/") && mime.ends_with("+json"))
            })
            .unwrap_or(false);
        let limit = req
            .app_data::<web::Data<AppState>>()
            .map(|s| s.settings.application.max_body_bytes)
            .unwrap_or(256 * 1024);
        let declared = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        let mut payload = payload.take();
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::new(
                    Code::UnsupportedMediaType,
                    "the body must be JSON: send `Content-Type: application/json`",
                ));
            }
            let too_large = || {
                ApiError::new(
                    Code::PayloadTooLarge,
                    format!("the body is larger than the {limit}-byte limit"),
                )
            };
            if declared.is_some_and(|n| n > limit) {
                return Err(too_large());
            }
            let mut body = web::BytesMut::new();
            while let Some(chunk) = payload.next().await {
                let chunk = chunk.map_err(|e| {
                    ApiError::new(Code::BadRequest, format!("the body could not be read: {e}"))
                })?;
                if body.len() + chunk.len() > limit {
                    return Err(too_large());
                }
                body.extend_from_slice(&chunk);
            }
            let value: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
                ApiError::new(Code::BadRequest, format!("the body is not valid JSON: {e}"))
            })?;
            sluice_engine::spec::from_json::<T>(&value)
                .map(ApiJson)
                .map_err(|e| ApiError::validation(vec![e]))
        })
    }
}

pub fn path_error(err: PathError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::new(Code::BadRequest, format!("malformed path parameter: {err}")).into()
}

pub fn query_error(err: QueryPayloadError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::new(Code::BadRequest, format!("malformed query string: {err}")).into()
}

/// An optional JSON body: no body at all (no `Content-Type`, no length) gives `None`; any body
/// is checked exactly like [`ApiJson`].
pub struct OptionalJson<T>(pub Option<T>);

impl<T: DeserializeOwned + 'static> FromRequest for OptionalJson<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let length = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        let chunked = req.headers().contains_key(header::TRANSFER_ENCODING);
        let typed = req.headers().contains_key(header::CONTENT_TYPE);
        if !typed && !chunked && length.unwrap_or(0) == 0 {
            return Box::pin(async { Ok(OptionalJson(None)) });
        }
        let inner = ApiJson::<T>::from_request(req, payload);
        Box::pin(async move { inner.await.map(|ApiJson(v)| OptionalJson(Some(v))) })
    }
}
