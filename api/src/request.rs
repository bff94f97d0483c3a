//! A request's body and parameters, read and checked (actix extractors, not to be confused with
//! `etl::extract`, which fetches sources): a JSON body whose errors name the offending path, and
//! the handlers for malformed path and query parameters. All answer with Sluice's error body.

use actix_web::{
    FromRequest, HttpRequest,
    dev::Payload,
    error::{PathError, QueryPayloadError},
    http::header,
    web,
};
use std::cell::RefCell;

use futures::{StreamExt, future::LocalBoxFuture};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};

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
            let value = strict_json(&body)?;
            if !value.is_object() {
                return Err(ApiError::invalid(
                    "",
                    format!(
                        "the body must be a JSON object, not {}",
                        match value {
                            serde_json::Value::Array(_) => "an array",
                            serde_json::Value::String(_) => "a string",
                            serde_json::Value::Number(_) => "a number",
                            serde_json::Value::Bool(_) => "a boolean",
                            _ => "null",
                        }
                    ),
                ));
            }
            sluice_engine::spec::from_json::<T>(&value)
                .map(ApiJson)
                .map_err(|e| ApiError::validation(vec![e]))
        })
    }
}

/// Parses a body as JSON, refusing what `serde_json::Value` would silently accept: a key given
/// twice in one object (the last would win) and the NUL character (U+0000), which PostgreSQL
/// cannot store in text or JSONB. Either is a 422 naming the path (`spec.destination.table`);
/// broken JSON is a 400.
pub fn strict_json(body: &[u8]) -> Result<serde_json::Value, ApiError> {
    let problem = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let parsed = StrictSeed {
        path: String::new(),
        problem: &problem,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    match (parsed, problem.into_inner()) {
        (Ok(value), _) => Ok(value),
        (Err(_), Some((path, message))) => Err(ApiError::invalid(&path, message)),
        (Err(e), None) => Err(ApiError::new(
            Code::BadRequest,
            format!("the body is not valid JSON: {e}"),
        )),
    }
}

/// Builds a `serde_json::Value`, noting the first problem and where.
struct StrictSeed<'a> {
    path: String,
    problem: &'a RefCell<Option<(String, String)>>,
}

impl StrictSeed<'_> {
    fn child(&self, step: &str) -> Self {
        StrictSeed {
            path: if self.path.is_empty() || step.starts_with('[') {
                format!("{}{step}", self.path)
            } else {
                format!("{}.{step}", self.path)
            },
            problem: self.problem,
        }
    }

    fn refuse<E: de::Error>(&self, path: String, message: String) -> E {
        self.problem
            .borrow_mut()
            .get_or_insert((path, message.clone()));
        E::custom(message)
    }

    fn text<E: de::Error>(&self, text: &str) -> Result<(), E> {
        if text.contains('\0') {
            return Err(self.refuse(
                self.path.clone(),
                "contains a NUL character (U+0000), which cannot be stored".to_owned(),
            ));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for StrictSeed<'_> {
    type Value = serde_json::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictSeed<'_> {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(v.into())
    }

    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.into())
    }

    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.into())
    }

    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, Into::into))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.text(v)?;
        Ok(v.into())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        self.text(&v)?;
        Ok(v.into())
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child(&format!("[{}]", items.len())))? {
            items.push(item);
        }
        Ok(items.into())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let child = self.child(&key);
            if key.contains('\0') {
                return Err(self.refuse(
                    self.path.clone(),
                    "a key contains a NUL character (U+0000)".to_owned(),
                ));
            }
            if object.contains_key(&key) {
                return Err(self.refuse(
                    child.path,
                    format!("`{}` is given twice", key.escape_debug()),
                ));
            }
            let value = map.next_value_seed(child)?;
            object.insert(key, value);
        }
        Ok(object.into())
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
