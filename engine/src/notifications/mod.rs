//! Notifications: start reading here. How a finished run becomes e-mails and webhook calls,
//! and where each part lives.
//!
//! 1. **Settings.** A pipeline stores who to tell and on which outcomes in `pipelines.notify`
//!    ([`settings`]); the API validates and writes them (`api/src/routes/notifications/`, and the
//!    `notify` field of the pipeline routes), sealing each webhook's secret.
//! 2. **The outbox.** The run's final `UPDATE runs` fires the PostgreSQL trigger
//!    `runs_finished_notify` (`migration/src/m20261127_000003_notifications.rs`). When the
//!    pipeline's `notify.on` asks for the outcome, its function `sluice_write_deliveries` writes
//!    one `deliveries` row per e-mail address and per webhook, all carrying the same event id and
//!    the same payload, built by `sluice_run_event` ([`event`]). It is a trigger so that every
//!    path that finishes a run (a load, a failure, a retry given up, a stale run given up) writes
//!    its deliveries in the transaction that finishes it: committed together or not at all.
//!    `POST /pipelines/{id}/notifications/test` writes a `test` event through the same function
//!    ([`deliveries::send_test`]).
//! 3. **Queueing.** After the commit the worker that finished the run pushes the new deliveries'
//!    ids to the `deliveries` queue (`worker/src/handlers/run.rs`, [`deliveries::pending_for_run`]);
//!    the reconciler pushes any that are owed ([`deliveries::owed`]), so a lost push only delays one.
//! 4. **Sending.** The `deliveries` consumer (`worker/src/handlers/delivery.rs`) claims one with a
//!    conditional update ([`deliveries::claim`]; a duplicate job finds nothing to claim), checks
//!    the target is still in the pipeline's settings, and sends it: an e-mail through SES v2
//!    written by [`email`] (with an [`unsubscribe`] link; none at all when `notify.ses` is not
//!    set), a webhook call whose body and Standard Webhooks headers come from [`webhook`] (the
//!    stored event plus the run's link, [`event::event_document`]: every attempt sends the same
//!    bytes), or a Slack message ([`webhook::slack_body`]).
//! 5. **Retries.** Each attempt is recorded ([`deliveries::delivered`],
//!    [`deliveries::attempt_failed`]): a transient failure (a 408, 425, 429 or 5xx answer, judged
//!    by [`webhook::judge_answer`]; a timeout) goes back to `pending` after an exponential backoff
//!    or the answer's `Retry-After`, until `notify.max_attempts`; a permanent one fails at
//!    once. A delivery left `sending` by a dead worker is put back by the reconciler
//!    ([`deliveries::reclaim_stale`]), so a receiver may see an event more than once, always
//!    with the same event id. A user can send one again (`POST /deliveries/{id}/redeliver`,
//!    [`deliveries::redeliver`]); the API lists a run's deliveries (`api/src/routes/deliveries/`).
//!
//! The behaviour users see is in docs/NOTIFICATIONS.md; the operator's settings are `notify.*`
//! (`crate::settings::NotifySettings`).

pub mod deliveries;
pub mod email;
pub mod event;
pub mod settings;
pub mod unsubscribe;
pub mod webhook;
