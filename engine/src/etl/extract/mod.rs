//! Extract: fetch a source's bytes into a download file, safely and only when they changed.
//!
//! HTTP(S) through reqwest with the address guard, no system proxy, no `Referer`, a size cap,
//! connect and total timeouts, gzip, conditional GET (ETag / Last-Modified) and a SHA-256 of
//! the content; or a regular file under the operator's `extract.local_dir` for a `file://` URL.
//! Either way the first bytes are sniffed for an HTML page, the file lands in this process's
//! download folder ([`downloads`]), and no file I/O runs on the async threads. Error texts
//! name the URL without its query string or credentials ([`crate::domain::redacted`]):
//! they reach `runs.error`, e-mails and webhooks.

pub mod downloads;
pub mod guard;

use std::{
    io::{Read, Write},
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use futures::StreamExt;
use reqwest::{StatusCode, header};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use url::Url;

use self::{
    downloads::{DownloadFile, Downloads},
    guard::{AddressPolicy, GuardedResolver, Refused},
};
use crate::{domain::redacted, settings::ExtractSettings};

/// What made the last download of a source recognisable: sent back as conditional-GET headers,
/// and the content hash for servers that ignore them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// A downloaded source, in a file of the download folder deleted on drop.
#[derive(Debug)]
pub struct Download {
    file: DownloadFile,
    pub bytes: u64,
    pub validators: Validators,
    pub content_type: Option<String>,
}

impl Download {
    pub fn path(&self) -> &Path {
        self.file.path()
    }
}

#[derive(Debug)]
pub enum Fetched {
    /// The server answered 304 to the conditional GET.
    NotModified,
    /// New bytes (which may still hash the same as last time: compare `validators.sha256`).
    Downloaded(Download),
}

#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("refused to fetch {url}: {reason}")]
    Refused { url: String, reason: String },
    #[error("{url} answered HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{url} is larger than the {limit}-byte limit (extract.max_bytes)")]
    TooLarge { url: String, limit: u64 },
    #[error("{url} timed out")]
    Timeout { url: String },
    #[error("cannot connect to {url}: {cause}")]
    Connect { url: String, cause: String },
    #[error("the download of {url} was cut short: {cause}")]
    Truncated { url: String, cause: String },
    #[error("{url} returned an HTML page ({detail}), not data; is the URL right?")]
    Html { url: String, detail: String },
    #[error("{0}")]
    LocalFile(String),
    #[error("{url} is not a regular file (a {kind}); only regular files are read")]
    NotRegular { url: String, kind: &'static str },
    #[error("{context}: {cause}")]
    Io { context: String, cause: String },
}

impl ExtractError {
    /// Whether trying again later may succeed: timeouts, connection trouble, 5xx, 408, 429
    /// and cut-short downloads. A refused address, 4xx, an oversized file or an HTML page
    /// will fail the same way again.
    pub fn is_recoverable(&self) -> bool {
        match self {
            ExtractError::Status { status, .. } => {
                *status >= 500 || *status == 408 || *status == 429
            }
            ExtractError::Timeout { .. }
            | ExtractError::Connect { .. }
            | ExtractError::Truncated { .. }
            | ExtractError::Io { .. } => true,
            ExtractError::Refused { .. }
            | ExtractError::TooLarge { .. }
            | ExtractError::Html { .. }
            | ExtractError::LocalFile(_)
            | ExtractError::NotRegular { .. } => false,
        }
    }
}

/// Fetches sources under the operator's rules. Cheap to clone.
#[derive(Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    /// For webhook calls: the same address rules, and no redirects (a redirected POST would
    /// turn into a GET, and a 3xx is not an acknowledgement).
    webhook_client: reqwest::Client,
    policy: Arc<AddressPolicy>,
    max_bytes: u64,
    local_dir: Option<PathBuf>,
    downloads: Arc<Downloads>,
}

impl Fetcher {
    pub fn new(settings: &ExtractSettings) -> Result<Self, ExtractError> {
        let policy = Arc::new(AddressPolicy::new(&settings.allow_hosts));
        let redirect_policy = policy.clone();
        let max_redirects = settings.max_redirects;
        let builder = || {
            reqwest::Client::builder()
                .no_proxy()
                .dns_resolver(Arc::new(GuardedResolver {
                    policy: policy.clone(),
                }))
                .connect_timeout(Duration::from_secs(settings.connect_timeout_secs))
                // A redirect would otherwise carry the original URL, query string and all.
                .referer(false)
                .user_agent(concat!("sluice/", env!("CARGO_PKG_VERSION")))
        };
        let building = |e: reqwest::Error| ExtractError::Io {
            context: "building the HTTP client".into(),
            cause: e.to_string(),
        };
        let webhook_client = builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(building)?;
        let client = builder()
            .redirect(reqwest::redirect::Policy::custom(move |attempt| {
                if attempt.previous().len() > max_redirects {
                    return attempt.error(Refused(format!("more than {max_redirects} redirects")));
                }
                match redirect_policy.check_url(attempt.url()) {
                    Ok(()) => attempt.follow(),
                    Err(reason) => {
                        let message =
                            format!("redirect to {}: {reason}", redacted(attempt.url().as_str()));
                        attempt.error(Refused(message))
                    }
                }
            }))
            .read_timeout(Duration::from_secs(settings.connect_timeout_secs.max(30)))
            .timeout(Duration::from_secs(settings.timeout_secs))
            .build()
            .map_err(building)?;
        let download_dir = settings
            .download_dir
            .clone()
            .unwrap_or_else(|| std::env::temp_dir().join("sluice-downloads"));
        Ok(Self {
            client,
            webhook_client,
            policy,
            max_bytes: settings.max_bytes,
            local_dir: settings.local_dir.clone(),
            downloads: Arc::new(Downloads::open(
                &download_dir,
                settings.download_budget_bytes,
            )?),
        })
    }

    /// This process's download folder and what its downloads hold.
    pub fn downloads(&self) -> &Downloads {
        &self.downloads
    }

    /// A new download file, made off the async threads.
    async fn new_file(&self) -> Result<DownloadFile, ExtractError> {
        let downloads = self.downloads.clone();
        blocking(move || downloads.create()).await
    }

    /// Fetches `url`, conditionally on `previous` when given. At most `limit` bytes (the
    /// configured cap when `None`); with `truncate`, a longer body is cut at the limit instead
    /// of failing (previews).
    pub async fn fetch(
        &self,
        url: &str,
        auth_header: Option<&SecretString>,
        previous: Option<&Validators>,
    ) -> Result<Fetched, ExtractError> {
        self.fetch_limited(url, auth_header, previous, self.max_bytes, false)
            .await
    }

    /// The first `limit` bytes of a source, unconditionally (for checks and previews).
    pub async fn fetch_prefix(
        &self,
        url: &str,
        auth_header: Option<&SecretString>,
        limit: u64,
    ) -> Result<Download, ExtractError> {
        match self
            .fetch_limited(url, auth_header, None, limit.min(self.max_bytes), true)
            .await?
        {
            Fetched::Downloaded(d) => Ok(d),
            Fetched::NotModified => Err(ExtractError::Status {
                url: redacted(url),
                status: 304,
            }),
        }
    }

    async fn fetch_limited(
        &self,
        raw_url: &str,
        auth_header: Option<&SecretString>,
        previous: Option<&Validators>,
        limit: u64,
        truncate: bool,
    ) -> Result<Fetched, ExtractError> {
        let shown = redacted(raw_url);
        let url = Url::parse(raw_url).map_err(|e| ExtractError::Refused {
            url: shown.clone(),
            reason: format!("not a URL: {e}"),
        })?;
        if url.scheme() == "file" {
            return self.read_local(url, shown, previous, limit, truncate).await;
        }
        self.policy
            .check_url(&url)
            .map_err(|reason| ExtractError::Refused {
                url: shown.clone(),
                reason,
            })?;
        let mut request = self.client.get(url.clone());
        if let Some(h) = auth_header {
            request = request.header(header::AUTHORIZATION, h.expose_secret());
        }
        if let Some(v) = previous {
            if let Some(etag) = &v.etag {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = &v.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, lm);
            }
        }
        let response = request.send().await.map_err(|e| classify(&shown, e))?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED && previous.is_some() {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(ExtractError::Status {
                url: shown,
                status: status.as_u16(),
            });
        }
        let headers = response.headers();
        let text = |name| {
            headers
                .get(name)
                .and_then(|v: &header::HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = text(header::CONTENT_TYPE);
        let etag = text(header::ETAG);
        let last_modified = text(header::LAST_MODIFIED);
        if content_type
            .as_deref()
            .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("text/html"))
        {
            return Err(ExtractError::Html {
                url: shown,
                detail: "Content-Type text/html".into(),
            });
        }
        // With gzip the header gives the compressed length; reqwest then reports no length.
        if !truncate && response.content_length().is_some_and(|n| n > limit) {
            return Err(ExtractError::TooLarge { url: shown, limit });
        }
        let io = |context: &str, e: std::io::Error| ExtractError::Io {
            context: context.to_owned(),
            cause: e.to_string(),
        };
        let mut file = self.new_file().await?;
        let mut out = tokio::fs::File::from_std(
            file.file
                .as_file()
                .try_clone()
                .map_err(|e| io("opening the download file", e))?,
        );
        let mut head = Head::default();
        let mut hasher = Sha256::new();
        let mut written: u64 = 0;
        let mut stream = response.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| match classify(&shown, e) {
                ExtractError::Connect { url, cause } => ExtractError::Truncated { url, cause },
                other => other,
            })?;
            let room = limit - written;
            let take = if chunk.len() as u64 > room {
                if !truncate {
                    return Err(ExtractError::TooLarge { url: shown, limit });
                }
                room as usize
            } else {
                chunk.len()
            };
            let bytes = &chunk[..take];
            file.reserve(take as u64)?;
            head.push(bytes);
            hasher.update(bytes);
            out.write_all(bytes)
                .await
                .map_err(|e| io("writing the download file", e))?;
            written += take as u64;
            if truncate && written >= limit {
                break;
            }
        }
        out.flush()
            .await
            .map_err(|e| io("writing the download file", e))?;
        head.sniff_html(&shown)?;
        Ok(Fetched::Downloaded(Download {
            file,
            bytes: written,
            validators: Validators {
                etag,
                last_modified,
                sha256: Some(hex::encode(hasher.finalize())),
            },
            content_type,
        }))
    }

    /// POSTs `body` as JSON to `url` under the same address rules as fetches (webhooks), with
    /// a timeout; returns the answer's status, its `Retry-After` and the first
    /// [`POSTED_BODY_KEPT`] bytes of its body. Redirects are not followed: a 3xx is returned as
    /// it is.
    pub async fn post_json(
        &self,
        raw_url: &str,
        headers: &[(&str, String)],
        body: String,
        timeout: Duration,
    ) -> Result<Posted, ExtractError> {
        let shown = redacted(raw_url);
        let url = Url::parse(raw_url).map_err(|e| ExtractError::Refused {
            url: shown.clone(),
            reason: format!("not a URL: {e}"),
        })?;
        self.policy
            .check_url(&url)
            .map_err(|reason| ExtractError::Refused {
                url: shown.clone(),
                reason,
            })?;
        let mut request = self
            .webhook_client
            .post(url)
            .timeout(timeout)
            .header(header::CONTENT_TYPE, "application/json");
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let response = request
            .body(body)
            .send()
            .await
            .map_err(|e| classify(&shown, e))?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        // The start of the answer is enough to say why it failed; the rest is not read.
        let mut kept = Vec::new();
        let mut stream = response.bytes_stream();
        while kept.len() < POSTED_BODY_KEPT
            && let Some(Ok(chunk)) = stream.next().await
        {
            kept.extend_from_slice(&chunk[..chunk.len().min(POSTED_BODY_KEPT - kept.len())]);
        }
        Ok(Posted {
            status,
            retry_after,
            body_start: String::from_utf8_lossy(&kept).into_owned(),
        })
    }

    /// A `file://` source: a regular file under `extract.local_dir`, after resolving symlinks,
    /// read on a blocking thread.
    ///
    /// A path that does not exist, cannot be read or resolves outside the folder gets one
    /// answer, naming neither the server's folder nor where a symlink led, so that a tenant
    /// cannot map the server's files.
    async fn read_local(
        &self,
        url: Url,
        shown: String,
        previous: Option<&Validators>,
        limit: u64,
        truncate: bool,
    ) -> Result<Fetched, ExtractError> {
        let Some(root) = self.local_dir.clone() else {
            return Err(ExtractError::LocalFile(
                "local files are switched off on this server (extract.local_dir is not set)".into(),
            ));
        };
        let file = self.new_file().await?;
        let previous = previous.and_then(|p| p.sha256.clone());
        blocking(move || read_local(&root, &url, shown, file, previous, limit, truncate)).await
    }
}

/// How much of a webhook receiver's answer is kept.
pub const POSTED_BODY_KEPT: usize = 1024;

/// A webhook receiver's answer.
#[derive(Debug, Clone)]
pub struct Posted {
    pub status: StatusCode,
    /// The `Retry-After` header as sent (seconds or an HTTP date).
    pub retry_after: Option<String>,
    /// The first [`POSTED_BODY_KEPT`] bytes of the body, invalid UTF-8 replaced.
    pub body_start: String,
}

/// The first bytes of a download, kept while it streams, for the HTML sniff.
#[derive(Default)]
struct Head(Vec<u8>);

impl Head {
    const LEN: usize = 512;

    fn push(&mut self, bytes: &[u8]) {
        let room = Self::LEN.saturating_sub(self.0.len());
        self.0.extend_from_slice(&bytes[..room.min(bytes.len())]);
    }

    /// An error page served as 200 with a data content type, or a `.csv` file that is really
    /// a saved web page, still starts like HTML.
    fn sniff_html(&self, url: &str) -> Result<(), ExtractError> {
        let text = String::from_utf8_lossy(&self.0)
            .trim_start_matches('\u{feff}')
            .trim_start()
            .to_ascii_lowercase();
        if text.starts_with("<!doctype html")
            || text.starts_with("<html")
            || text.starts_with("<head")
        {
            return Err(ExtractError::Html {
                url: url.to_owned(),
                detail: "the body starts with an HTML tag".into(),
            });
        }
        Ok(())
    }
}

/// Runs blocking file work on tokio's blocking threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ExtractError> + Send + 'static,
) -> Result<T, ExtractError> {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|e| {
        Err(ExtractError::Io {
            context: "reading a file".into(),
            cause: e.to_string(),
        })
    })
}

/// What kind of file this is, for the refusal of anything but a regular file.
fn file_kind(file_type: std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_file() {
        None
    } else if file_type.is_dir() {
        Some("directory")
    } else if file_type.is_fifo() {
        Some("named pipe")
    } else if file_type.is_socket() {
        Some("socket")
    } else if file_type.is_char_device() || file_type.is_block_device() {
        Some("device")
    } else {
        Some("special file")
    }
}

/// The blocking half of [`Fetcher::read_local`].
fn read_local(
    root: &Path,
    url: &Url,
    shown: String,
    mut file: DownloadFile,
    previous_sha256: Option<String>,
    limit: u64,
    truncate: bool,
) -> Result<Fetched, ExtractError> {
    use std::os::unix::fs::OpenOptionsExt;
    let unreadable = || {
        ExtractError::LocalFile(format!(
            "{shown} is not a readable file in this server's folder for local files (extract.local_dir)"
        ))
    };
    let root = root.canonicalize().map_err(|e| {
        // The operator's mistake, not the tenant's: the folder is named in the log only.
        tracing::error!(local_dir = %root.display(), error = %e, "extract.local_dir cannot be read");
        ExtractError::LocalFile(
            "this server's folder for local files (extract.local_dir) cannot be read".into(),
        )
    })?;
    let path = url.to_file_path().map_err(|_| unreadable())?;
    let resolved = path.canonicalize().map_err(|_| unreadable())?;
    if !resolved.starts_with(&root) {
        return Err(unreadable());
    }
    let kind = |meta: &std::fs::Metadata| {
        file_kind(meta.file_type()).map_or(Ok(()), |kind| {
            Err(ExtractError::NotRegular {
                url: shown.clone(),
                kind,
            })
        })
    };
    kind(&std::fs::metadata(&resolved).map_err(|_| unreadable())?)?;
    // Non-blocking open: should the path turn into a named pipe after the check, opening it
    // still returns at once, and the check below refuses it.
    let mut source = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(&resolved)
        .map_err(|_| unreadable())?;
    let meta = source.metadata().map_err(|_| unreadable())?;
    kind(&meta)?;
    if meta.len() > limit && !truncate {
        return Err(ExtractError::TooLarge { url: shown, limit });
    }
    let io = |context: &str, e: std::io::Error| ExtractError::Io {
        context: format!("{context} {shown}"),
        cause: e.to_string(),
    };
    let mut head = Head::default();
    let mut hasher = Sha256::new();
    let mut copied: u64 = 0;
    let mut buffer = vec![0u8; 256 * 1024];
    while copied < limit {
        let want = buffer.len().min((limit - copied) as usize);
        let n = match source.read(&mut buffer[..want]) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io("reading", e)),
        };
        file.reserve(n as u64)?;
        head.push(&buffer[..n]);
        hasher.update(&buffer[..n]);
        file.file
            .write_all(&buffer[..n])
            .map_err(|e| io("copying", e))?;
        copied += n as u64;
    }
    file.file.flush().map_err(|e| io("copying", e))?;
    head.sniff_html(&shown)?;
    let sha256 = hex::encode(hasher.finalize());
    if previous_sha256.as_ref() == Some(&sha256) {
        return Ok(Fetched::NotModified);
    }
    Ok(Fetched::Downloaded(Download {
        file,
        bytes: copied,
        validators: Validators {
            etag: None,
            last_modified: None,
            sha256: Some(sha256),
        },
        content_type: None,
    }))
}

/// Maps a reqwest error to what happened, finding a guard refusal in its cause chain. `url` is
/// the redacted URL; reqwest's own text, which quotes the full URL, is left out.
fn classify(url: &str, e: reqwest::Error) -> ExtractError {
    let e = e.without_url();
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(c) = cause {
        if let Some(refused) = c.downcast_ref::<Refused>() {
            return ExtractError::Refused {
                url: url.to_owned(),
                reason: refused.0.clone(),
            };
        }
        cause = c.source();
    }
    if e.is_timeout() {
        return ExtractError::Timeout {
            url: url.to_owned(),
        };
    }
    let mut chain = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        chain.push_str(": ");
        chain.push_str(&s.to_string());
        source = s.source();
    }
    ExtractError::Connect {
        url: url.to_owned(),
        cause: chain,
    }
}
