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
            "file" => {
                if url.path().contains("%00") {
                    return Err(InvalidValue(
                        "the file path contains a NUL character (%00), which no file name can hold"
                            .into(),
                    ));
                }
            }
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

/// A URL as messages and logs show it: without credentials (`user:password@`), query string
/// or fragment, where keys and tokens travel. `https://u:p@host/a.csv?key=k` shows as
/// `https://***@host/a.csv?***`. Text that is not a URL is cut at the first `?` or `#`.
pub fn redacted(raw: &str) -> String {
    let Ok(url) = Url::parse(raw.trim()) else {
        let cut = raw.find(['?', '#']).unwrap_or(raw.len());
        let text = &raw[..cut];
        // "scheme://user:password@host" that did not parse: drop what precedes the '@'.
        return match (text.find("://"), text.rfind('@')) {
            (Some(s), Some(at)) if at > s => format!("{}***{}", &text[..s + 3], &text[at..]),
            _ => text.to_owned(),
        };
    };
    let mut shown = format!("{}:", url.scheme());
    if url.has_authority() {
        shown.push_str("//");
        if !url.username().is_empty() || url.password().is_some() {
            shown.push_str("***@");
        }
        if let Some(host) = url.host_str() {
            shown.push_str(host);
        }
        if let Some(port) = url.port() {
            shown.push_str(&format!(":{port}"));
        }
    }
    shown.push_str(url.path());
    if url.query().is_some() {
        shown.push_str("?***");
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacted_urls_keep_neither_credentials_nor_queries() {
        for (raw, shown) in [
            (
                "https://user:secret@example.com:8443/a.csv?key=k123&x=1#frag",
                "https://***@example.com:8443/a.csv?***",
            ),
            ("https://example.com/a.csv", "https://example.com/a.csv"),
            ("http://[::1]:9/x?token=t", "http://[::1]:9/x?***"),
            ("file:///data/a.csv", "file:///data/a.csv"),
            ("https://:pw@example.com/", "https://***@example.com/"),
            ("not a url?key=k", "not a url"),
            ("http://u:p@exa mple.com/x?k=v", "http://***@exa mple.com/x"),
        ] {
            assert_eq!(redacted(raw), shown, "{raw}");
        }
    }

    #[test]
    fn a_file_path_with_a_nul_is_refused() {
        let err = SourceUrl::parse("file:///data/a%00.csv").unwrap_err().0;
        assert!(err.contains("NUL"), "{err}");
        assert!(SourceUrl::parse("https://example.com/a%00b").is_ok());
    }

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
