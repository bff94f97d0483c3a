//! What an API process keeps between requests: who a user is (tenant, role, e-mail, session
//! version), pages of a tenant's pipeline list as sent (JSON, and gzip when asked for), and what
//! a pipeline's destination table looks like. Nothing here may outlive the truth by more than
//! the time PostgreSQL takes to say it changed:
//!
//! - The control plane's triggers (`migration/src/m20261130_000007_read_path.rs`) announce every
//!   change to a user, a tenant or a pipeline on [`sluice_engine::db::CHANGES_CHANNEL`] when the
//!   writing transaction commits. A load that creates or alters its table writes the
//!   pipeline's state in the same transaction, so its notice covers the table too. Each API
//!   process listens on a connection of its own ([`spawn_listener`]) and drops what a notice
//!   names. A process that served a request changing something (any method but GET, HEAD and
//!   OPTIONS) drops everything it holds of the caller's tenant at once itself
//!   ([`forget_after_writes`]), so the caller reads its own writes whatever the notice's pace.
//! - While that connection is not listening (at start, after it was lost, or when it has not
//!   delivered the process's own ping within [`PING_EVERY`]) the caches are empty and bypassed:
//!   every request reads PostgreSQL, as if there were no cache. Once it listens again, the
//!   caches start empty, since notices sent meanwhile were missed.
//! - A value read from PostgreSQL is kept only if no notice arrived while it was being read
//!   ([`Ticket`]): a read that raced a change never leaves the old value behind.

use std::{
    collections::HashMap,
    hash::Hash,
    sync::{
        Arc, Mutex, MutexGuard, PoisonError,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use actix_web::{
    HttpMessage,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    http::Method,
    middleware::Next,
    web,
};
use futures::StreamExt;
use sea_orm::sqlx::{
    self,
    postgres::{PgListener, PgPool, PgPoolOptions},
};
use sluice_engine::domain::Role;
use uuid::Uuid;

use crate::{
    routes::pipelines::destination::Destination, state::AppState, telemetry::CallerTenant,
};

/// How often the listener sends itself a ping through the request pool; a ping not received
/// by the next one means the listening connection is gone (a silent network loss shows no
/// error), and the caches are switched off until it is back.
pub const PING_EVERY: Duration = Duration::from_secs(5);

/// A destination table's description is read again after this long even without a notice, so
/// that a column an operator adds by hand (no load announced it) appears within it.
pub const TABLE_MAX_AGE: Duration = Duration::from_secs(60);

/// Entries per map at most; a full map is emptied (entries are cheap to read again).
const MAX_ENTRIES: usize = 100_000;

/// A user as authentication needs it (never the password hash).
#[derive(Debug, Clone)]
pub struct Identity {
    pub tenant_id: Uuid,
    pub role: Role,
    pub email: String,
    pub session_version: i32,
}

/// A page of the pipeline list: (tenant, `after`, `enabled`, `limit`).
pub type ListKey = (Uuid, Option<Uuid>, Option<bool>, u64);

/// A page of the pipeline list as sent: its JSON, and its gzip once a client asked for it.
#[derive(Debug)]
pub struct ListedPage {
    pub json: bytes::Bytes,
    pub gzip: Mutex<Option<bytes::Bytes>>,
}

/// A destination table's description, and when it was read.
#[derive(Debug, Clone)]
pub struct CachedTable {
    pub table: Arc<Destination>,
    pub read_at: Instant,
}

/// One map of cached values.
pub struct Shelf<K, V> {
    map: Mutex<HashMap<K, V>>,
}

impl<K: Eq + Hash, V: Clone> Shelf<K, V> {
    fn new() -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, V>> {
        self.map.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Taken before reading a value from PostgreSQL: the value is kept only if nothing was
/// announced (nor the listener lost) since.
#[derive(Debug, Clone, Copy)]
pub struct Ticket(u64);

pub struct Caches {
    /// Whether the listener is listening: when not, nothing is read from or kept in a shelf.
    live: AtomicBool,
    /// Moved by every notice and every change of `live`, before the shelves are touched.
    epoch: AtomicU64,
    /// By user id.
    pub users: Shelf<Uuid, Identity>,
    /// By [`ListKey`].
    pub lists: Shelf<ListKey, Arc<ListedPage>>,
    /// By (tenant id, pipeline id).
    pub tables: Shelf<(Uuid, Uuid), CachedTable>,
}

impl Default for Caches {
    fn default() -> Self {
        Self::new()
    }
}

impl Caches {
    /// Empty and off until a listener turns them on.
    pub fn new() -> Self {
        Self {
            live: AtomicBool::new(false),
            epoch: AtomicU64::new(0),
            users: Shelf::new(),
            lists: Shelf::new(),
            tables: Shelf::new(),
        }
    }

    pub fn is_live(&self) -> bool {
        self.live.load(Ordering::SeqCst)
    }

    pub fn get<K: Eq + Hash, V: Clone>(&self, shelf: &Shelf<K, V>, key: &K) -> Option<V> {
        if !self.is_live() {
            return None;
        }
        shelf.lock().get(key).cloned()
    }

    /// Take before reading what will be kept; `None` while the caches are off.
    pub fn ticket(&self) -> Option<Ticket> {
        let epoch = self.epoch.load(Ordering::SeqCst);
        self.is_live().then_some(Ticket(epoch))
    }

    /// Keeps `value`, unless something was announced since `ticket` was taken; says whether
    /// it was kept.
    pub fn put<K: Eq + Hash, V: Clone>(
        &self,
        ticket: Option<Ticket>,
        shelf: &Shelf<K, V>,
        key: K,
        value: V,
    ) -> bool {
        let Some(Ticket(epoch)) = ticket else {
            return false;
        };
        let mut map = shelf.lock();
        // Checked under the shelf's lock, which a notice takes only after moving the epoch:
        // either this sees the move, or the notice's removal comes after this insert.
        if !self.is_live() || self.epoch.load(Ordering::SeqCst) != epoch {
            return false;
        }
        if map.len() >= MAX_ENTRIES {
            map.clear();
        }
        map.insert(key, value);
        true
    }

    /// Drops what a change notice names. Payloads: `user:<id>`, `tenant:<id>`,
    /// `pipeline:<tenant id>:<id>`; anything else empties every shelf.
    pub fn announce(&self, payload: &str) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        let (kind, what) = payload.split_once(':').unwrap_or((payload, ""));
        let ids: Vec<Uuid> = what.split(':').filter_map(|id| id.parse().ok()).collect();
        match (kind, ids.as_slice()) {
            ("user", [id]) => {
                self.users.lock().remove(id);
            }
            ("tenant", [id]) => self.drop_tenant(*id),
            ("pipeline", [tenant, id]) => {
                self.lists.lock().retain(|key, _| key.0 != *tenant);
                self.tables.lock().remove(&(*tenant, *id));
            }
            _ => self.clear(),
        }
    }

    /// Drops everything held of tenant `id`.
    pub fn forget_tenant(&self, id: Uuid) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        self.drop_tenant(id);
    }

    /// Drops the cached table of pipeline `id` (a read found the description stale).
    pub fn forget_table(&self, tenant: Uuid, id: Uuid) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        self.tables.lock().remove(&(tenant, id));
    }

    fn drop_tenant(&self, id: Uuid) {
        self.users.lock().retain(|_, u| u.tenant_id != id);
        self.lists.lock().retain(|key, _| key.0 != id);
        self.tables.lock().retain(|(tenant, _), _| *tenant != id);
    }

    fn clear(&self) {
        self.users.lock().clear();
        self.lists.lock().clear();
        self.tables.lock().clear();
    }

    /// Turns the caches on (empty) or off (emptied).
    fn set_live(&self, live: bool) {
        if !live {
            self.live.store(false, Ordering::SeqCst);
        }
        self.epoch.fetch_add(1, Ordering::SeqCst);
        self.clear();
        if live {
            self.live.store(true, Ordering::SeqCst);
        }
    }
}

/// Middleware: after a request that may have changed something (any method but GET, HEAD and
/// OPTIONS) by an authenticated caller, drops everything this process holds of the caller's
/// tenant, so the caller's next request reads its own write without waiting for the notice.
pub async fn forget_after_writes(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let reads_only = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let caches = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.caches.clone());
    let response = next.call(req).await;
    if !reads_only
        && let Some(caches) = caches
        && let Ok(r) = &response
        && let Some(CallerTenant(tenant)) = r.request().extensions().get::<CallerTenant>()
    {
        caches.forget_tenant(*tenant);
    }
    response
}

/// Listens for change notices on a connection of its own for as long as the process runs,
/// reconnecting after a loss; the caches are on only while it listens.
pub fn spawn_listener(caches: Arc<Caches>, pool: PgPool) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut retry = Duration::from_millis(100);
        loop {
            match connect(&pool).await {
                Ok(listener) => {
                    retry = Duration::from_millis(100);
                    caches.set_live(true);
                    tracing::debug!("listening for control-plane changes; caches on");
                    let why = serve(&caches, listener, &pool).await;
                    caches.set_live(false);
                    tracing::warn!(
                        reason = %why,
                        "change notices lost: caches off until the listener reconnects"
                    );
                }
                Err(e) => tracing::warn!(
                    error = %e,
                    "cannot listen for control-plane changes; caches stay off"
                ),
            }
            // Delay before reconnecting (a retry pace, not a wait for some condition).
            tokio::time::sleep(retry).await;
            retry = (retry * 2).min(Duration::from_secs(5));
        }
    })
}

/// A listening connection, from a one-connection pool of its own (never one of the
/// requests').
async fn connect(pool: &PgPool) -> Result<PgListener, sqlx::Error> {
    let own = PgPoolOptions::new()
        .max_connections(1)
        .min_connections(0)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with((*pool.connect_options()).clone())
        .await?;
    let mut listener = PgListener::connect_with(&own).await?;
    listener.listen(sluice_engine::db::CHANGES_CHANNEL).await?;
    Ok(listener)
}

/// Applies notices until the connection is lost or stops answering; returns why.
async fn serve(caches: &Caches, listener: PgListener, pool: &PgPool) -> String {
    // `try_recv` says `None` when the connection was lost (`recv` would reconnect silently,
    // hiding the notices missed). The stream keeps a receive in progress across the ticks.
    let mut notices = Box::pin(futures::stream::unfold(listener, |mut l| async move {
        let next = l.try_recv().await;
        Some((next, l))
    }));
    let nonce = Uuid::new_v4();
    let mut sent = 0_u64;
    let mut answered = 0_u64;
    let mut ticks = tokio::time::interval(PING_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            notice = notices.next() => match notice {
                Some(Ok(Some(n))) => {
                    let payload = n.payload();
                    match payload.strip_prefix("ping:") {
                        Some(ping) => {
                            if let Some(n) = ping
                                .strip_prefix(&format!("{nonce}:"))
                                .and_then(|n| n.parse().ok())
                            {
                                answered = answered.max(n);
                            }
                        }
                        None => caches.announce(payload),
                    }
                }
                Some(Ok(None)) | None => return "the connection was lost".to_owned(),
                Some(Err(e)) => return e.to_string(),
            },
            _ = ticks.tick() => {
                if answered < sent {
                    return format!("its own ping was not received within {PING_EVERY:?}");
                }
                sent += 1;
                let ping = sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(sluice_engine::db::CHANGES_CHANNEL)
                    .bind(format!("ping:{nonce}:{sent}"))
                    .execute(pool)
                    .await;
                if let Err(e) = ping {
                    return format!("its ping could not be sent: {e}");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(tenant_id: Uuid) -> Identity {
        Identity {
            tenant_id,
            role: Role::Admin,
            email: "ada@example.com".to_owned(),
            session_version: 0,
        }
    }

    fn table(tenant: Uuid) -> CachedTable {
        CachedTable {
            table: Arc::new(Destination {
                schema: format!("t_{}", tenant.simple()),
                table: "t".to_owned(),
                columns: Vec::new(),
                reltuples: -1,
                live_rows: 0,
                external: None,
            }),
            read_at: Instant::now(),
        }
    }

    #[test]
    fn nothing_is_kept_or_served_while_off() {
        let caches = Caches::new();
        let user = Uuid::new_v4();
        assert!(caches.ticket().is_none());
        caches.put(caches.ticket(), &caches.users, user, identity(user));
        assert!(caches.users.is_empty());
        caches.set_live(true);
        caches.put(caches.ticket(), &caches.users, user, identity(user));
        assert!(caches.get(&caches.users, &user).is_some());
        caches.set_live(false);
        assert!(caches.get(&caches.users, &user).is_none());
        assert!(caches.users.is_empty());
    }

    #[test]
    fn a_value_read_across_a_notice_is_not_kept() {
        let caches = Caches::new();
        caches.set_live(true);
        let user = Uuid::new_v4();
        let ticket = caches.ticket();
        caches.announce(&format!("user:{}", Uuid::new_v4()));
        caches.put(ticket, &caches.users, user, identity(user));
        assert!(caches.get(&caches.users, &user).is_none());
        let ticket = caches.ticket();
        caches.put(ticket, &caches.users, user, identity(user));
        assert!(caches.get(&caches.users, &user).is_some());
    }

    #[test]
    fn notices_drop_what_they_name() {
        let caches = Caches::new();
        caches.set_live(true);
        let (tenant, other_tenant) = (Uuid::new_v4(), Uuid::new_v4());
        let (a, b, c) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        caches.put(caches.ticket(), &caches.users, a, identity(tenant));
        caches.put(caches.ticket(), &caches.users, b, identity(tenant));
        caches.put(caches.ticket(), &caches.users, c, identity(other_tenant));
        caches.announce(&format!("user:{a}"));
        assert!(caches.get(&caches.users, &a).is_none());
        assert!(caches.get(&caches.users, &b).is_some());
        caches.announce(&format!("tenant:{tenant}"));
        assert!(caches.get(&caches.users, &b).is_none());
        assert!(caches.get(&caches.users, &c).is_some());
        let (pipeline, other_pipeline) = (Uuid::new_v4(), Uuid::new_v4());
        for key in [(other_tenant, pipeline), (other_tenant, other_pipeline)] {
            let list = Arc::new(ListedPage {
                json: bytes::Bytes::from_static(b"{}"),
                gzip: Mutex::new(None),
            });
            caches.put(
                caches.ticket(),
                &caches.lists,
                (key.0, None, None, 50),
                list,
            );
            caches.put(caches.ticket(), &caches.tables, key, table(key.0));
        }
        caches.announce(&format!("pipeline:{other_tenant}:{pipeline}"));
        assert!(
            caches.lists.is_empty(),
            "a pipeline's change drops its tenant's lists"
        );
        assert!(
            caches
                .get(&caches.tables, &(other_tenant, pipeline))
                .is_none()
        );
        assert!(
            caches
                .get(&caches.tables, &(other_tenant, other_pipeline))
                .is_some()
        );
        caches.forget_tenant(other_tenant);
        assert!(caches.tables.is_empty());
        assert!(caches.get(&caches.users, &c).is_none());
        caches.put(caches.ticket(), &caches.users, c, identity(other_tenant));
        caches.announce("something new");
        assert!(caches.users.is_empty());
    }
}
