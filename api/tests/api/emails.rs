//! E-mail recipients: the unsubscribe link every e-mail carries (RFC 8058 one-click), and a
//! recipient removed from the settings is not written to again.

use serde_json::json;

use crate::{
    notifications::{Moto, deliveries, set_notify, settled, succeeded_run},
    runs::{fixture, start_worker_with},
};

/// The unsubscribe link in an e-mail's body, unescaped from the HTML.
fn unsubscribe_link(body: &str) -> String {
    let start = body.find("/api/v1/unsubscribe?").unwrap();
    let from = body[..start].rfind("\"").unwrap() + 1;
    let end = start + body[start..].find('"').unwrap();
    body[from..end].replace("&#38;", "&").replace("&amp;", "&")
}

#[tokio::test]
async fn the_unsubscribe_link_takes_the_address_off_in_one_click() {
    let moto = Moto::start();
    moto.verify_sender("sluice@example.com").await;
    let f = fixture().await;
    let base_url = f.app.address.clone();
    let _worker = start_worker_with(&f, |s| {
        moto.settings(s)
            .set("application.base_url", base_url)
            .set("notify.max_attempts", "3")
    })
    .await;
    set_notify(
        &f,
        json!({"email": ["ops@example.com", "data@example.com"], "on": ["success"]}),
    )
    .await;
    let run = succeeded_run(&f).await;
    let sent = settled(&f, &run, 2).await;
    assert!(sent.iter().all(|d| d["status"] == "delivered"), "{sent:#?}");
    let messages = moto.messages().await;
    let to_ops = messages
        .iter()
        .find(|m| m["destinations"]["ToAddresses"][0] == "ops@example.com")
        .unwrap();
    let link = unsubscribe_link(to_ops["body"].as_str().unwrap());
    assert!(
        link.starts_with(&format!(
            "{}/api/v1/unsubscribe?pipeline={}&email=ops%40example.com&token=",
            f.app.address, f.pipeline
        )),
        "{link}"
    );

    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    // Opening the link (a mail scanner does) only asks.
    let page = client.get(&link).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("<form method=\"post\">")
    );
    // An altered link is refused: another address, the same token.
    let forged = link.replace("ops%40example.com", "data%40example.com");
    let refused = client.post(&forged).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    assert_eq!(
        refused.json::<serde_json::Value>().await.unwrap()["code"],
        "unsubscribe_link_invalid"
    );
    let recipients = || async {
        f.app
            .get(
                &format!("/api/v1/pipelines/{}/notifications", f.pipeline),
                &f.session.token,
            )
            .await
            .expect(200)
            .body["email"]
            .clone()
    };
    assert_eq!(
        recipients().await,
        json!(["ops@example.com", "data@example.com"])
    );

    // What a mail client sends for List-Unsubscribe-Post: one click, no login.
    let done = client
        .post(&link)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    assert!(
        done.text()
            .await
            .unwrap()
            .contains("ops@example.com gets no more e-mail about pipeline us-covid.")
    );
    assert_eq!(recipients().await, json!(["data@example.com"]));
    // Again: the same answer, nothing else changes.
    assert_eq!(client.post(&link).send().await.unwrap().status(), 200);
    assert_eq!(recipients().await, json!(["data@example.com"]));

    // The removed address is not written to again: sending its delivery once more fails at
    // once, where the remaining recipient's goes out.
    let ops = sent
        .iter()
        .find(|d| d["target"] == "ops@example.com")
        .unwrap();
    let data = sent
        .iter()
        .find(|d| d["target"] == "data@example.com")
        .unwrap();
    for d in [ops, data] {
        f.app
            .post(
                &format!("/api/v1/deliveries/{}/redeliver", d["id"].as_str().unwrap()),
                &f.session.token,
                json!({}),
            )
            .await
            .expect(202);
    }
    let again = settled(&f, &run, 2).await;
    let ops = again
        .iter()
        .find(|d| d["target"] == "ops@example.com")
        .unwrap();
    assert_eq!(
        (
            ops["status"].as_str(),
            ops["attempts"].as_i64(),
            ops["last_error"].as_str()
        ),
        (
            Some("failed"),
            Some(1),
            Some("this address is no longer a recipient of the pipeline: not sent")
        ),
        "{ops:#}"
    );
    let data = again
        .iter()
        .find(|d| d["target"] == "data@example.com")
        .unwrap();
    assert_eq!(data["status"], "delivered", "{data:#}");
    assert_eq!(
        moto.messages().await.len(),
        3,
        "only data@ got a second e-mail"
    );
    assert_eq!(deliveries(&f, &run).await.len(), 2);
}
