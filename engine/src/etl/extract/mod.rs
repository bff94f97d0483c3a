//! Extract: fetch a source's bytes into a temporary file, safely and only when they changed.
//!
//! HTTP(S) through reqwest with the address guard, no system proxy, a size cap, connect and
//! total timeouts, gzip, conditional GET (ETag / Last-Modified) and a SHA-256 of the content;
//! or a `file://` URL under the operator's `extract.local_dir`.

pub mod guard;

use std::{
    io::Write,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use futures::StreamExt;
use reqwest::{StatusCode, header};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tempfile::NamedTempFile;
use url::Url;

use self::guard::{AddressPolicy, GuardedResolver, Refused};
use crate::settings::ExtractSettings;

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

/// A downloaded source, in a temporary file deleted on drop.
#[derive(Debug)]
pub struct Download {
    pub file: NamedTempFile,
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
            | ExtractError::LocalFile(_) => false,
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
                        let message = format!("redirect to {}: {reason}", attempt.url());
                        attempt.error(Refused(message))
                    }
                }
            }))
            .read_timeout(Duration::from_secs(settings.connect_timeout_secs.max(30)))
            .timeout(Duration::from_secs(settings.timeout_secs))
            .build()
            .map_err(building)?;
        Ok(Self {
            client,
            webhook_client,
            policy,
            max_bytes: settings.max_bytes,
            local_dir: settings.local_dir.clone(),
        })
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
                url: url.to_owned(),
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
        let url = Url::parse(raw_url).map_err(|e| ExtractError::Refused {
            url: raw_url.to_owned(),
            reason: format!("not a URL: {e}"),
        })?;
        if url.scheme() == "file" {
            return self.read_local(&url, previous, limit, truncate);
        }
        self.policy
            .check_url(&url)
            .map_err(|reason| ExtractError::Refused {
                url: raw_url.to_owned(),
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
        let response = request.send().await.map_err(|e| classify(raw_url, e))?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED && previous.is_some() {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(ExtractError::Status {
                url: raw_url.to_owned(),
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
                url: raw_url.to_owned(),
                detail: "Content-Type text/html".into(),
            });
        }
        // With gzip the header gives the compressed length; reqwest then reports no length.
        if !truncate && response.content_length().is_some_and(|n| n > limit) {
            return Err(ExtractError::TooLarge {
                url: raw_url.to_owned(),
                limit,
            });
        }
        let io = |context: &str, e: std::io::Error| ExtractError::Io {
            context: context.to_owned(),
            cause: e.to_string(),
        };
        let mut file = NamedTempFile::new().map_err(|e| io("creating a temporary file", e))?;
        let mut hasher = Sha256::new();
        let mut written: u64 = 0;
        let mut stream = response.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| match classify(raw_url, e) {
                ExtractError::Connect { url, cause } => ExtractError::Truncated { url, cause },
                other => other,
            })?;
            let room = limit - written;
            let take = if chunk.len() as u64 > room {
                if !truncate {
                    return Err(ExtractError::TooLarge {
                        url: raw_url.to_owned(),
                        limit,
                    });
                }
                room as usize
            } else {
                chunk.len()
            };
            hasher.update(&chunk[..take]);
            file.write_all(&chunk[..take])
                .map_err(|e| io("writing the download to a temporary file", e))?;
            written += take as u64;
            if truncate && written >= limit {
                break;
            }
        }
        file.flush().map_err(|e| io("writing the download", e))?;
        sniff_html(raw_url, file.path())?;
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
    /// a timeout; returns the answer's status. Redirects are not followed: a 3xx is returned
    /// as it is.
    pub async fn post_json(
        &self,
        raw_url: &str,
        headers: &[(&str, String)],
        body: String,
        timeout: Duration,
    ) -> Result<StatusCode, ExtractError> {
        let url = Url::parse(raw_url).map_err(|e| ExtractError::Refused {
            url: raw_url.to_owned(),
            reason: format!("not a URL: {e}"),
        })?;
        self.policy
            .check_url(&url)
            .map_err(|reason| ExtractError::Refused {
                url: raw_url.to_owned(),
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
            .map_err(|e| classify(raw_url, e))?;
        Ok(response.status())
    }

    /// A `file://` source: only under `extract.local_dir`, after resolving symlinks.
    fn read_local(
        &self,
        url: &Url,
        previous: Option<&Validators>,
        limit: u64,
        truncate: bool,
    ) -> Result<Fetched, ExtractError> {
        let Some(root) = &self.local_dir else {
            return Err(ExtractError::LocalFile(
                "local files are switched off on this server (extract.local_dir is not set)".into(),
            ));
        };
        let path = url
            .to_file_path()
            .map_err(|_| ExtractError::LocalFile(format!("{url} is not a local file path")))?;
        let root = root.canonicalize().map_err(|e| {
            ExtractError::LocalFile(format!("extract.local_dir {}: {e}", root.display()))
        })?;
        let resolved = path
            .canonicalize()
            .map_err(|e| ExtractError::LocalFile(format!("{}: {e}", path.display())))?;
        if !resolved.starts_with(&root) {
            return Err(ExtractError::LocalFile(format!(
                "{} is outside extract.local_dir ({})",
                path.display(),
                root.display()
            )));
        }
        let io = |context: String, e: std::io::Error| ExtractError::Io {
            context,
            cause: e.to_string(),
        };
        let mut source = std::fs::File::open(&resolved)
            .map_err(|e| io(format!("opening {}", resolved.display()), e))?;
        let len = source
            .metadata()
            .map_err(|e| io(format!("reading {}", resolved.display()), e))?
            .len();
        if len > limit && !truncate {
            return Err(ExtractError::TooLarge {
                url: url.to_string(),
                limit,
            });
        }
        let mut file =
            NamedTempFile::new().map_err(|e| io("creating a temporary file".into(), e))?;
        let mut hasher = HashingWriter {
            inner: &mut file,
            hasher: Sha256::new(),
        };
        let copied = std::io::copy(&mut std::io::Read::take(&mut source, limit), &mut hasher)
            .map_err(|e| io(format!("copying {}", resolved.display()), e))?;
        let sha256 = hex::encode(hasher.hasher.finalize());
        if previous.and_then(|p| p.sha256.as_ref()) == Some(&sha256) {
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
}

struct HashingWriter<'a> {
    inner: &'a mut NamedTempFile,
    hasher: Sha256,
}

impl Write for HashingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// An error page served as 200 with a data content type still starts like HTML.
fn sniff_html(url: &str, path: &Path) -> Result<(), ExtractError> {
    use std::io::Read;
    let mut head = [0u8; 512];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let text = String::from_utf8_lossy(&head[..n])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if text.starts_with("<!doctype html") || text.starts_with("<html") || text.starts_with("<head")
    {
        return Err(ExtractError::Html {
            url: url.to_owned(),
            detail: "the body starts with an HTML tag".into(),
        });
    }
    Ok(())
}

/// Maps a reqwest error to what happened, finding a guard refusal in its cause chain.
fn classify(url: &str, e: reqwest::Error) -> ExtractError {
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
