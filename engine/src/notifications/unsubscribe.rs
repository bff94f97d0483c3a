//! An e-mail's unsubscribe link: `<base_url>/api/v1/unsubscribe?pipeline=…&email=…&token=…`,
//! signed with the operator's key ([`Encryptor::sign`]) so that it works without a login and
//! only for the address it was sent to. The worker puts it in every e-mail (`List-Unsubscribe`
//! with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, RFC 8058, and a link in both
//! parts); the API's `POST` on it ([`remove_recipient`]) takes the address off that pipeline's
//! recipients (`api/src/routes/unsubscribe.rs`).

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use sea_orm::sqlx::{self, PgPool};
use uuid::Uuid;

use crate::crypto::Encryptor;

/// The path of the link under the web app's address (the API serves both).
pub const PATH: &str = "/api/v1/unsubscribe";

const CONTEXT: &str = "unsubscribe";

fn signed_data(pipeline: Uuid, address: &str) -> Vec<u8> {
    format!("{pipeline}\n{address}").into_bytes()
}

/// The token of `address`'s link for `pipeline`.
pub fn token(encryptor: &Encryptor, pipeline: Uuid, address: &str) -> String {
    URL_SAFE_NO_PAD.encode(encryptor.sign(CONTEXT, &signed_data(pipeline, address)))
}

/// Whether `token` is the one [`token`] gives for this pipeline and address.
pub fn check(encryptor: &Encryptor, pipeline: Uuid, address: &str, token: &str) -> bool {
    URL_SAFE_NO_PAD.decode(token).is_ok_and(|signature| {
        encryptor.verify_signed(CONTEXT, &signed_data(pipeline, address), &signature)
    })
}

/// The whole link, for `address` in the e-mails of `pipeline`.
pub fn link(encryptor: &Encryptor, base_url: &str, pipeline: Uuid, address: &str) -> String {
    let mut url = format!("{}{PATH}", base_url.trim_end_matches('/'));
    url.push('?');
    url.push_str(
        &url::form_urlencoded::Serializer::new(String::new())
            .append_pair("pipeline", &pipeline.to_string())
            .append_pair("email", address)
            .append_pair("token", &token(encryptor, pipeline, address))
            .finish(),
    );
    url
}

/// Takes `address` off the pipeline's e-mail recipients. True when it was one; false when it
/// was not (already removed, or the pipeline is gone): either way it gets no more e-mail.
pub async fn remove_recipient(
    pool: &PgPool,
    pipeline: Uuid,
    address: &str,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "UPDATE pipelines SET updated_at = now(), notify = jsonb_set(notify, '{email}', \
           coalesce((SELECT jsonb_agg(e) FROM jsonb_array_elements(notify -> 'email') e \
                     WHERE e #>> '{}' <> $2), '[]'::jsonb)) \
         WHERE id = $1 AND notify -> 'email' ? $2",
    )
    .bind(pipeline)
    .bind(address)
    .execute(pool)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// The page at the link: on `GET` a form that asks to confirm (mail scanners and previews open
/// links, so a `GET` must not act), after the `POST` the outcome. `pipeline` is the pipeline's
/// name when it still exists.
#[derive(askama::Template)]
#[template(path = "unsubscribe.html")]
struct Page<'a> {
    address: &'a str,
    pipeline: String,
    done: bool,
}

/// The HTML of the link's page (see [`Page`]).
pub fn page(address: &str, pipeline: Option<&str>, done: bool) -> String {
    use askama::Template as _;
    Page {
        address,
        pipeline: pipeline.map_or_else(
            || "a pipeline that no longer exists".to_owned(),
            |name| format!("pipeline {name}"),
        ),
        done,
    }
    .render()
    // Writing to a String fails only if a value's `Display` does; none of these can.
    .unwrap_or_default()
}

/// The name of the pipeline a link is for, when it still exists.
pub async fn pipeline_name(pool: &PgPool, pipeline: Uuid) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT name FROM pipelines WHERE id = $1")
        .bind(pipeline)
        .fetch_optional(pool)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_valid_only_for_its_pipeline_and_address() {
        let encryptor = Encryptor::new(&[7; 32]);
        let pipeline = Uuid::now_v7();
        let url = link(
            &encryptor,
            "https://sluice.example.com/",
            pipeline,
            "a+b@example.com",
        );
        assert!(
            url.starts_with(&format!(
                "https://sluice.example.com/api/v1/unsubscribe?pipeline={pipeline}&email=a%2Bb%40example.com&token="
            )),
            "{url}"
        );
        let token = url.rsplit_once("token=").unwrap().1;
        assert!(check(&encryptor, pipeline, "a+b@example.com", token));
        assert!(!check(&encryptor, pipeline, "c@example.com", token));
        assert!(!check(&encryptor, Uuid::now_v7(), "a+b@example.com", token));
        assert!(!check(
            &Encryptor::new(&[8; 32]),
            pipeline,
            "a+b@example.com",
            token
        ));
        assert!(!check(
            &encryptor,
            pipeline,
            "a+b@example.com",
            "not base64!"
        ));
    }

    #[test]
    fn the_page_asks_before_it_acts_and_escapes_what_it_shows() {
        let ask = page("<b>@example.com", Some("us-covid"), false);
        assert!(ask.contains("<form method=\"post\">"), "{ask}");
        assert!(
            ask.contains("Stop sending &#60;b&#62;@example.com e-mail about pipeline us-covid?"),
            "{ask}"
        );
        let done = page("a@example.com", None, true);
        assert!(!done.contains("<form"), "{done}");
        assert!(
            done.contains(
                "a@example.com gets no more e-mail about a pipeline that no longer exists."
            ),
            "{done}"
        );
    }
}
