//! Which addresses the fetcher may connect to (docs/LOADING.md, step 1; docs/ARCHITECTURE.md).
//!
//! Tenants choose the URLs, so only public unicast addresses are allowed: no loopback,
//! private, link-local (169.254.169.254 included), CGNAT, unspecified, multicast, reserved or
//! documentation ranges, and IPv6 forms that embed such an IPv4 address. Literal addresses are
//! checked before a request is made, host names when they resolve (every address returned, and
//! one bad address refuses the host), and both again on every redirect hop. An operator
//! allow-list opens named hosts or addresses (tests and the demo use it for loopback).

use std::{
    collections::HashSet,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    sync::Arc,
};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// Why an address is not public, or `None` when it is.
pub fn non_public_reason(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => v4_reason(v4),
        IpAddr::V6(v6) => v6_reason(v6),
    }
}

fn v4_reason(ip: Ipv4Addr) -> Option<&'static str> {
    let o = ip.octets();
    let reason = match o {
        [0, ..] => "unspecified (0.0.0.0/8)",
        [127, ..] => "loopback",
        [10, ..] => "private (10.0.0.0/8)",
        [172, b, ..] if (16..32).contains(&b) => "private (172.16.0.0/12)",
        [192, 168, ..] => "private (192.168.0.0/16)",
        [169, 254, ..] => "link-local (169.254.0.0/16, cloud metadata)",
        [100, b, ..] if (64..128).contains(&b) => "shared address space (CGNAT, 100.64.0.0/10)",
        [192, 0, 0, _] => "IETF protocol assignments (192.0.0.0/24)",
        [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _] => "documentation",
        [198, 18 | 19, ..] => "benchmarking (198.18.0.0/15)",
        [a, ..] if (224..240).contains(&a) => "multicast",
        [a, ..] if a >= 240 => "reserved (240.0.0.0/4)",
        _ => return None,
    };
    Some(reason)
}

fn v6_reason(ip: Ipv6Addr) -> Option<&'static str> {
    if ip.is_unspecified() {
        return Some("unspecified (::)");
    }
    if ip.is_loopback() {
        return Some("loopback");
    }
    if let Some(v4) = ip.to_ipv4_mapped() {
        return v4_reason(v4).map(|_| "IPv4-mapped IPv6 of a non-public address");
    }
    let s = ip.segments();
    // NAT64 (64:ff9b::/96) and the deprecated IPv4-compatible form (::a.b.c.d) embed an IPv4
    // address in the low 32 bits.
    let embedded = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    if (s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0; 4]) || s[0..6] == [0; 6] {
        return Some(match v4_reason(embedded) {
            Some(_) => "IPv6 embedding a non-public IPv4 address",
            None if s[0] == 0x64 => return None,
            None => "IPv4-compatible IPv6 (deprecated)",
        });
    }
    match s[0] {
        0xfc00..=0xfdff => Some("unique local (fc00::/7)"),
        0xfe80..=0xfebf => Some("link-local (fe80::/10)"),
        0xfec0..=0xfeff => Some("site-local (fec0::/10)"),
        0xff00..=0xffff => Some("multicast"),
        0x2001 if s[1] == 0x0db8 => Some("documentation (2001:db8::/32)"),
        0x2001 if s[1] == 0 => Some("Teredo (2001::/32)"),
        0x2002 => {
            // 6to4 embeds an IPv4 address in bits 16..48.
            let v4 = Ipv4Addr::new((s[1] >> 8) as u8, s[1] as u8, (s[2] >> 8) as u8, s[2] as u8);
            v4_reason(v4).map(|_| "6to4 IPv6 embedding a non-public IPv4 address")
        }
        _ => None,
    }
}

/// The operator's allow-list plus the rules above.
#[derive(Debug, Clone, Default)]
pub struct AddressPolicy {
    allowed: HashSet<String>,
}

impl AddressPolicy {
    pub fn new(allow_hosts: &[String]) -> Self {
        Self {
            allowed: allow_hosts
                .iter()
                .map(|h| normalise_host(h.trim()))
                .collect(),
        }
    }

    fn host_allowed(&self, host: &str) -> bool {
        self.allowed.contains(&normalise_host(host))
    }

    /// Checks a URL before any connection: the scheme, and the address when it is a literal.
    pub fn check_url(&self, url: &Url) -> Result<(), String> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!(
                "scheme `{}` is not allowed; use http or https",
                url.scheme()
            ));
        }
        let ip = match url.host() {
            None => return Err("the URL has no host".into()),
            Some(Host::Domain(_)) => return Ok(()),
            Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
            Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
        };
        if self.host_allowed(&ip.to_string()) {
            return Ok(());
        }
        match non_public_reason(ip) {
            Some(reason) => Err(format!("address {ip} is not public ({reason})")),
            None => Ok(()),
        }
    }
}

/// `[::1]` and `::1` are the same host; names are case-insensitive.
fn normalise_host(host: &str) -> String {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    match host.parse::<IpAddr>() {
        Ok(ip) => ip.to_string(),
        Err(_) => host.to_ascii_lowercase(),
    }
}

/// A DNS resolver that refuses a host when any of its addresses is not public.
pub struct GuardedResolver {
    pub policy: Arc<AddressPolicy>,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await
                .map_err(|e| format!("cannot resolve {host}: {e}"))?
                .collect();
            if !policy.host_allowed(&host) {
                for addr in &addrs {
                    if let Some(reason) = non_public_reason(addr.ip()) {
                        let message = format!(
                            "host {host} resolves to {} which is not public ({reason})",
                            addr.ip()
                        );
                        return Err(
                            Box::new(Refused(message)) as Box<dyn std::error::Error + Send + Sync>
                        );
                    }
                }
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// The error a refused host travels as through reqwest, recognised by the fetcher.
#[derive(Debug)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(s: &str) -> Option<&'static str> {
        non_public_reason(s.parse().unwrap())
    }

    #[test]
    fn public_addresses_pass() {
        for ip in [
            "8.8.8.8",
            "1.1.1.1",
            "151.101.1.1",
            "2606:4700::1111",
            "2a00:1450::1",
            "64:ff9b::808:808",
        ] {
            assert_eq!(reason(ip), None, "{ip}");
        }
    }

    #[test]
    fn every_non_public_range_is_refused() {
        let cases = [
            "0.0.0.0",
            "127.0.0.1",
            "127.255.255.254",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "192.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "64:ff9b::7f00:1",
            "fc00::1",
            "fd12::1",
            "fe80::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            "2001:0:4136:e378::1",
            "2002:7f00:1::1",
            "2002:a00:1::",
        ];
        for ip in cases {
            assert!(reason(ip).is_some(), "{ip} passed");
        }
        assert!(reason("172.32.0.1").is_none());
        assert!(reason("100.128.0.1").is_none());
    }

    #[test]
    fn literal_urls_are_checked_in_every_spelling() {
        let policy = AddressPolicy::new(&[]);
        for url in [
            "http://127.0.0.1/",
            "http://2130706433/",
            "http://0177.0.0.1/",
            "http://0x7f.1/",
            "http://[::ffff:127.0.0.1]/",
            "http://[::1]:8080/",
            "http://169.254.169.254/latest/meta-data",
            "http://10.0.0.1/",
            "http://[fe80::1]/",
        ] {
            let parsed = Url::parse(url).unwrap();
            assert!(policy.check_url(&parsed).is_err(), "{url} passed");
        }
        assert!(
            policy
                .check_url(&Url::parse("http://93.184.216.34/").unwrap())
                .is_ok()
        );
        assert!(
            policy
                .check_url(&Url::parse("ftp://93.184.216.34/").unwrap())
                .is_err()
        );
    }

    #[test]
    fn the_allow_list_opens_exact_hosts() {
        let policy = AddressPolicy::new(&["127.0.0.1".into(), "[::1]".into(), "LocalHost".into()]);
        assert!(
            policy
                .check_url(&Url::parse("http://127.0.0.1:9/").unwrap())
                .is_ok()
        );
        assert!(
            policy
                .check_url(&Url::parse("http://2130706433/").unwrap())
                .is_ok()
        );
        assert!(
            policy
                .check_url(&Url::parse("http://[::1]/").unwrap())
                .is_ok()
        );
        assert!(
            policy
                .check_url(&Url::parse("http://127.0.0.2/").unwrap())
                .is_err()
        );
        assert!(policy.host_allowed("localhost"));
    }
}
