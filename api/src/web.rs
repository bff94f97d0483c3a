//! The web app: the static files Vite builds (`frontend/dist`), served at `/`.
//!
//! `/assets/…` are content-hashed file names, cached for a year as immutable; any other path a
//! browser navigates to that is not a file gets `index.html` (never cached), so the app's own
//! routes (`/pipelines/{id}/runs/{run}`, the link in e-mails and webhooks) load the app, which
//! routes on the client. The API, the docs, the health probes and `/metrics` are never
//! shadowed: their paths answer as they always do, a JSON 404 included.

use std::path::{Component, Path, PathBuf};

use actix_files::NamedFile;
use actix_web::{
    HttpRequest, HttpResponse,
    http::{
        Method,
        header::{CACHE_CONTROL, CacheControl, CacheDirective, HeaderValue},
    },
};

/// Paths that belong to the server, not to the web app.
const SERVER_PREFIXES: [&str; 5] = ["/api", "/docs", "/healthz", "/readyz", "/metrics"];

const YEAR_SECS: u32 = 365 * 24 * 3600;

#[derive(Debug, Clone)]
pub struct WebApp {
    dir: PathBuf,
}

impl WebApp {
    /// The built app in `dir`, when it holds an `index.html`.
    pub fn open(dir: &Path) -> Option<Self> {
        dir.join("index.html").is_file().then(|| Self {
            dir: dir.to_path_buf(),
        })
    }

    /// Answers a request no route took: a file of the app, its `index.html`, or `None` (the
    /// caller's JSON 404/405) for non-GET requests and the server's own paths.
    pub async fn serve(&self, req: &HttpRequest) -> Option<HttpResponse> {
        if !matches!(*req.method(), Method::GET | Method::HEAD) {
            return None;
        }
        let path = req.path();
        if SERVER_PREFIXES
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")))
        {
            return None;
        }
        let relative = safe_relative(path)?;
        let asset = path.starts_with("/assets/");
        let file = self.dir.join(&relative);
        if relative.as_os_str().is_empty() || !file.is_file() {
            // A missing hashed asset is a 404, not the app: a stale page must not get HTML
            // for its script.
            if asset {
                return None;
            }
            return self.file(&self.dir.join("index.html"), req, false).await;
        }
        self.file(&file, req, asset).await
    }

    async fn file(&self, path: &Path, req: &HttpRequest, immutable: bool) -> Option<HttpResponse> {
        let file = NamedFile::open_async(path).await.ok()?;
        let mut response = file.into_response(req);
        let cache = if immutable {
            CacheControl(vec![
                CacheDirective::Public,
                CacheDirective::MaxAge(YEAR_SECS),
                CacheDirective::Extension("immutable".into(), None),
            ])
        } else {
            CacheControl(vec![CacheDirective::NoCache])
        };
        if let Ok(value) = HeaderValue::from_str(&cache.to_string()) {
            response.headers_mut().insert(CACHE_CONTROL, value);
        }
        Some(response)
    }
}

/// The request path as a path under the app's folder: `None` when it tries to leave it
/// (`..`, a root or a drive), whatever its encoding (actix has decoded it already).
fn safe_relative(path: &str) -> Option<PathBuf> {
    let mut relative = PathBuf::new();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => relative.push(part),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(relative)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_app_folder() {
        assert_eq!(
            safe_relative("/assets/index-abc.js"),
            Some(PathBuf::from("assets/index-abc.js"))
        );
        assert_eq!(safe_relative("/"), Some(PathBuf::new()));
        assert_eq!(safe_relative("/assets/../../etc/passwd"), None);
        assert_eq!(safe_relative("/a/./b"), Some(PathBuf::from("a/b")));
    }
}
