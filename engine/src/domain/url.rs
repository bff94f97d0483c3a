use url::Url;

use super::InvalidValue;

/// Where a source's bytes come from: an `http`/`https` URL without credentials in it, or a
/// `file` URL (accepted here; whether local files are allowed is the extractor's decision).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceUrl(Url);

impl SourceUrl {
    pub const MAX_LEN: usize = 2048;

    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let raw = raw.trim();
        if raw.len() > Self::MAX_LEN {
            return Err(InvalidValue(format!(
                "the URL has {} characters; at most {} are accepted",
                raw.len(),
                Self::MAX_LEN
            )));
        }
        let url =
            Url::parse(raw).map_err(|e| InvalidValue(format!("`{raw}` is not a URL: {e}")))?;
        match url.scheme() {
            "http" | "https" => {
                if url.host_str().is_none_or(str::is_empty) {
                    return Err(InvalidValue(format!("`{raw}` has no host")));
                }
                if !url.username().is_empty() || url.password().is_some() {
                    return Err(InvalidValue(
                        "the URL contains credentials; put them in `auth_header`, which is stored encrypted"
                            .into(),
                    ));
                }
            }
            "file" => {}
            other => {
                return Err(InvalidValue(format!(
                    "the URL scheme `{other}` is not supported; use http, https or file"
                )));
            }
        }
        Ok(Self(url))
    }

    pub fn as_url(&self) -> &Url {
        &self.0
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_https_and_file() {
        for ok in [
            "https://example.com/a.csv",
            "http://127.0.0.1:8000/x",
            "file:///data/a.csv",
        ] {
            assert!(SourceUrl::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_other_schemes_credentials_and_garbage() {
        let cases = [
            ("ftp://example.com/a.csv", "scheme `ftp`"),
            ("https://user:pw@example.com/a.csv", "credentials"),
            ("not a url", "is not a URL"),
            ("gopher://x", "scheme `gopher`"),
        ];
        for (bad, why) in cases {
            let err = SourceUrl::parse(bad).unwrap_err().0;
            assert!(err.contains(why), "{bad}: {err}");
        }
    }
}
