//! Which destination hosts may be reached. The rules are the fetcher's
//! (`crate::etl::extract::guard`): only public unicast addresses, every address a name resolves
//! to checked, one bad address refusing the host. The operator opens private ones by host name
//! (`destinations.allow_hosts`) or by network (`destinations.allow_networks`, in CIDR form), since
//! in a private deployment the warehouse usually sits in the same network as Sluice.

use std::{
    collections::HashSet,
    net::{IpAddr, SocketAddr},
};

use ipnet::IpNet;

use crate::{etl::extract::guard::non_public_reason, settings::DestinationSettings};

/// A network in CIDR form, or one address (a /32 or /128).
pub fn parse_network(raw: &str) -> Result<IpNet, String> {
    let raw = raw.trim();
    raw.parse::<IpNet>()
        .or_else(|_| raw.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| {
            format!("`{raw}` is neither a network in CIDR form (10.0.0.0/8) nor an address")
        })
}

/// The operator's allow-lists over the public-address rule.
#[derive(Debug, Clone, Default)]
pub struct HostRules {
    hosts: HashSet<String>,
    networks: Vec<IpNet>,
}

impl HostRules {
    /// The rules of `settings` (validated when the settings were loaded; an entry that does not
    /// parse is ignored here).
    pub fn new(settings: &DestinationSettings) -> Self {
        Self {
            hosts: settings
                .allow_hosts
                .iter()
                .filter_map(|h| super::parse_host(h).ok())
                .collect(),
            networks: settings
                .allow_networks
                .iter()
                .filter_map(|n| parse_network(n).ok())
                .collect(),
        }
    }

    /// Whether `ip`, which `host` resolved to, may be reached; the reason when it may not.
    pub fn permits(&self, host: &str, ip: IpAddr) -> Result<(), String> {
        let Some(reason) = non_public_reason(ip) else {
            return Ok(());
        };
        if self.hosts.contains(host) || self.networks.iter().any(|n| n.contains(&ip)) {
            return Ok(());
        }
        Err(if host == ip.to_string() {
            format!(
                "{ip} is not a public address ({reason}); the operator may allow it in destinations.allow_networks"
            )
        } else {
            format!(
                "`{host}` resolves to {ip}, which is not a public address ({reason}); the operator may allow it in destinations.allow_hosts or destinations.allow_networks"
            )
        })
    }

    /// A host's addresses, each permitted, or why not. A literal address is not looked up.
    pub async fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, Unresolved> {
        let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => tokio::net::lookup_host((host, port))
                .await
                .map_err(|e| Unresolved::NotFound(format!("`{host}` does not resolve: {e}")))?
                .collect(),
        };
        if addrs.is_empty() {
            return Err(Unresolved::NotFound(format!("`{host}` has no address")));
        }
        for addr in &addrs {
            self.permits(host, addr.ip()).map_err(Unresolved::Refused)?;
        }
        Ok(addrs)
    }
}

/// Why a host gave no address to connect to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// An address is not allowed (the whole host is refused).
    Refused(String),
    /// The name does not resolve.
    NotFound(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(hosts: &[&str], networks: &[&str]) -> HostRules {
        HostRules::new(&DestinationSettings {
            allow_hosts: hosts.iter().map(|h| (*h).to_owned()).collect(),
            allow_networks: networks.iter().map(|n| (*n).to_owned()).collect(),
            connect_timeout_secs: 10,
        })
    }

    #[test]
    fn only_public_addresses_unless_allowed() {
        let none = rules(&[], &[]);
        assert!(none.permits("8.8.8.8", "8.8.8.8".parse().unwrap()).is_ok());
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "169.254.169.254",
            "::1",
            "fd00::1",
            "100.64.0.1",
        ] {
            let err = none.permits(ip, ip.parse().unwrap()).unwrap_err();
            assert!(err.contains("not a public address"), "{ip}: {err}");
        }
        let err = none
            .permits("db.internal", "10.0.0.7".parse().unwrap())
            .unwrap_err();
        assert!(err.contains("`db.internal` resolves to 10.0.0.7"), "{err}");
    }

    #[test]
    fn networks_and_host_names_open_private_addresses() {
        let r = rules(&["DB.Internal"], &["10.20.0.0/16", "192.168.1.9"]);
        assert!(r.permits("x", "10.20.255.1".parse().unwrap()).is_ok());
        assert!(r.permits("x", "10.21.0.1".parse().unwrap()).is_err());
        assert!(r.permits("x", "192.168.1.9".parse().unwrap()).is_ok());
        assert!(r.permits("x", "192.168.1.10".parse().unwrap()).is_err());
        assert!(
            r.permits("db.internal", "10.99.0.1".parse().unwrap())
                .is_ok()
        );
        assert!(
            r.permits("other.internal", "10.99.0.1".parse().unwrap())
                .is_err()
        );
    }

    #[test]
    fn networks_are_checked_when_settings_load() {
        assert!(parse_network("10.0.0.0/8").is_ok());
        assert!(parse_network("fd00::/8").is_ok());
        assert!(parse_network("10.0.0.1").is_ok());
        let err = parse_network("10.0.0.0/33").unwrap_err();
        assert!(err.contains("`10.0.0.0/33`"), "{err}");
    }

    #[tokio::test]
    async fn every_address_of_a_name_is_checked() {
        let none = rules(&[], &[]);
        let err = none.resolve("localhost", 5432).await.unwrap_err();
        assert!(
            matches!(&err, Unresolved::Refused(m) if m.contains("`localhost` resolves to")),
            "{err:?}"
        );
        let allowed = rules(&["localhost"], &[]);
        let addrs = allowed.resolve("localhost", 5432).await.unwrap();
        assert!(
            addrs
                .iter()
                .all(|a| a.ip().is_loopback() && a.port() == 5432)
        );
        let err = none.resolve("127.0.0.1", 5432).await.unwrap_err();
        assert!(matches!(err, Unresolved::Refused(_)), "{err:?}");
    }
}
