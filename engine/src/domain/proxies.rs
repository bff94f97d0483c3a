use std::net::{IpAddr, SocketAddr};

use super::InvalidValue;

/// The proxies in front of the API (`application.trusted_proxies`): addresses and networks
/// (`10.0.0.0/8`, `::1`) whose `X-Forwarded-For` hops are believed.
///
/// Each proxy appends the address it received the request from, so the list reads
/// `client-written…, what the first trusted proxy saw, …`. The client is the peer when the
/// peer is not a trusted proxy; otherwise the rightmost hop that is not a trusted proxy. Hops
/// left of that are what the client wrote and are never believed: a client cannot choose its
/// own address by sending `X-Forwarded-For`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    pub fn parse(entries: &[String]) -> Result<Self, InvalidValue> {
        let mut nets = Vec::with_capacity(entries.len());
        for entry in entries {
            let entry = entry.trim();
            let (address, bits) = match entry.split_once('/') {
                Some((a, b)) => (a, Some(b)),
                None => (entry, None),
            };
            let ip: IpAddr = address.parse().map_err(|_| {
                InvalidValue(format!(
                    "`{entry}` is not an IP address or network (like 10.0.0.0/8 or ::1)"
                ))
            })?;
            let max = if ip.is_ipv4() { 32 } else { 128 };
            let bits = match bits {
                None => max,
                Some(b) => b.parse::<u8>().ok().filter(|b| *b <= max).ok_or_else(|| {
                    InvalidValue(format!("`{entry}`: the prefix length must be 0 to {max}"))
                })?,
            };
            nets.push((ip, bits));
        }
        Ok(Self(nets))
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0
            .iter()
            .any(|(net, bits)| match (canonical(*net), ip) {
                (IpAddr::V4(n), IpAddr::V4(a)) => prefix_eq(&n.octets(), &a.octets(), *bits),
                (IpAddr::V6(n), IpAddr::V6(a)) => prefix_eq(&n.octets(), &a.octets(), *bits),
                _ => false,
            })
    }

    /// The client's address (or, for a hop that is not an address, its text), from the peer
    /// and the `X-Forwarded-For` header values in the order they came.
    pub fn client<'a>(
        &self,
        peer: Option<IpAddr>,
        forwarded_for: impl IntoIterator<Item = &'a str>,
    ) -> Option<String> {
        let peer = peer?;
        if !self.contains(peer) {
            return Some(canonical(peer).to_string());
        }
        let hops: Vec<&str> = forwarded_for
            .into_iter()
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .filter(|hop| !hop.is_empty())
            .collect();
        let mut client = canonical(peer).to_string();
        for hop in hops.iter().rev() {
            match hop_address(hop) {
                Some(ip) if self.contains(ip) => client = canonical(ip).to_string(),
                Some(ip) => return Some(canonical(ip).to_string()),
                // A trusted proxy writes addresses; anything else was written by the client.
                None => return Some(hop.to_string()),
            }
        }
        // Every hop is a trusted proxy: the leftmost is the nearest thing to a client.
        Some(client)
    }
}

/// `1.2.3.4`, `1.2.3.4:5678`, `::1`, `[::1]:80`.
fn hop_address(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// `::ffff:10.0.0.1` is `10.0.0.1`.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

fn prefix_eq(net: &[u8], address: &[u8], bits: u8) -> bool {
    let whole = usize::from(bits / 8);
    let rest = bits % 8;
    if net[..whole] != address[..whole] {
        return false;
    }
    rest == 0 || {
        let mask = 0xffu8 << (8 - rest);
        net[whole] & mask == address[whole] & mask
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies(entries: &[&str]) -> TrustedProxies {
        TrustedProxies::parse(&entries.iter().map(|e| e.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn networks_match_by_prefix() {
        let p = proxies(&["10.0.0.0/8", "192.168.1.7", "fd00::/8", "172.16.0.0/12"]);
        for inside in [
            "10.1.2.3",
            "192.168.1.7",
            "fd12::1",
            "::ffff:10.0.0.1",
            "172.31.0.1",
        ] {
            assert!(p.contains(inside.parse().unwrap()), "{inside}");
        }
        for outside in ["11.0.0.1", "192.168.1.8", "fe80::1", "172.32.0.1"] {
            assert!(!p.contains(outside.parse().unwrap()), "{outside}");
        }
        for bad in ["10.0.0.0/33", "nonsense", "10.0.0.0/x", "::1/129"] {
            let err = TrustedProxies::parse(&[bad.to_string()]).unwrap_err();
            assert!(err.0.contains(bad), "{err}");
        }
    }

    #[test]
    fn the_client_is_the_rightmost_hop_no_trusted_proxy_wrote() {
        let p = proxies(&["10.0.0.0/8"]);
        let peer = Some("10.0.0.5".parse().unwrap());
        // The client wrote "6.6.6.6"; the proxy appended the address it saw.
        assert_eq!(
            p.client(peer, ["6.6.6.6, 203.0.113.9"]).as_deref(),
            Some("203.0.113.9")
        );
        // Two trusted hops, two headers.
        assert_eq!(
            p.client(peer, ["1.1.1.1", "203.0.113.9, 10.0.0.7"])
                .as_deref(),
            Some("203.0.113.9")
        );
        assert_eq!(
            p.client(peer, ["[2001:db8::1]:443"]).as_deref(),
            Some("2001:db8::1")
        );
        // No header: the proxy itself.
        assert_eq!(p.client(peer, []).as_deref(), Some("10.0.0.5"));
        // A peer that is not a trusted proxy is the client, whatever it claims.
        let direct = Some("198.51.100.1".parse().unwrap());
        assert_eq!(
            p.client(direct, ["10.0.0.1"]).as_deref(),
            Some("198.51.100.1")
        );
        // None trusted: the header is ignored.
        assert_eq!(
            TrustedProxies::default()
                .client(peer, ["1.2.3.4"])
                .as_deref(),
            Some("10.0.0.5")
        );
    }
}
