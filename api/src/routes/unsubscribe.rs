//! The unsubscribe link of notification e-mails: no login, the signature of the link is the
//! authority (`sluice_engine::notifications::unsubscribe`). `GET` asks to confirm; `POST`
//! (the form, or a mail client's one-click `List-Unsubscribe=One-Click`, RFC 8058) takes the
//! address off the pipeline's recipients.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use sluice_engine::notifications::unsubscribe;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::{
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnsubscribeLink {
    /// The pipeline whose e-mails the address gets.
    pub pipeline: Uuid,
    /// The recipient.
    pub email: String,
    /// The link's signature.
    pub token: String,
}

impl UnsubscribeLink {
    fn check(&self, state: &AppState) -> ApiResult<()> {
        if unsubscribe::check(&state.encryptor, self.pipeline, &self.email, &self.token) {
            Ok(())
        } else {
            Err(ApiError::new(
                Code::UnsubscribeLinkInvalid,
                "this unsubscribe link is not valid: use the link of the e-mail as it was sent",
            ))
        }
    }
}

fn html(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body)
}

/// Ask to confirm an unsubscription (the link in notification e-mails)
///
/// A page with a button that sends the `POST`: opening the link changes nothing, since mail
/// scanners open links too.
#[utoipa::path(
    get, path = "/api/v1/unsubscribe", tag = "notifications",
    params(UnsubscribeLink),
    responses(
        (status = 200, description = "The confirmation page", content_type = "text/html", body = String),
        (status = 400, body = ErrorBody), (status = 403, description = "The link was altered", body = ErrorBody),
    )
)]
pub async fn confirm(
    state: web::Data<AppState>,
    link: web::Query<UnsubscribeLink>,
) -> ApiResult<HttpResponse> {
    link.check(&state)?;
    let pool = state.db.get_postgres_connection_pool();
    let name = unsubscribe::pipeline_name(pool, link.pipeline)
        .await
        .map_err(ApiError::internal)?;
    Ok(html(unsubscribe::page(&link.email, name.as_deref(), false)))
}

/// Unsubscribe an address from a pipeline's e-mails (one click, RFC 8058)
///
/// Takes the address off the pipeline's recipients; pending e-mails to it are not sent. Asking
/// again, or for a pipeline that is gone, answers the same. The body, if any (a mail client
/// sends `List-Unsubscribe=One-Click`), is not read.
#[utoipa::path(
    post, path = "/api/v1/unsubscribe", tag = "notifications",
    params(UnsubscribeLink),
    responses(
        (status = 200, description = "Unsubscribed", content_type = "text/html", body = String),
        (status = 400, body = ErrorBody), (status = 403, description = "The link was altered", body = ErrorBody),
    )
)]
pub async fn unsubscribe(
    state: web::Data<AppState>,
    link: web::Query<UnsubscribeLink>,
) -> ApiResult<HttpResponse> {
    link.check(&state)?;
    let pool = state.db.get_postgres_connection_pool();
    let removed = unsubscribe::remove_recipient(pool, link.pipeline, &link.email)
        .await
        .map_err(ApiError::internal)?;
    if removed {
        tracing::info!(pipeline_id = %link.pipeline, "a recipient unsubscribed");
    }
    let name = unsubscribe::pipeline_name(pool, link.pipeline)
        .await
        .map_err(ApiError::internal)?;
    Ok(html(unsubscribe::page(&link.email, name.as_deref(), true)))
}
