//! Loopback ports for tests, held for as long as they are needed.
//!
//! A port found free by binding port 0 and closing the socket can be taken by any other
//! process before the program it is meant for binds it. A [`ReservedPort`] stays bound — with
//! `SO_REUSEADDR`, never listening — for as long as it lives, so:
//! - nothing else can take it: a bind without `SO_REUSEADDR` is refused, and the kernel never
//!   hands it out for port 0;
//! - the child process it is meant for can still listen on it: Linux lets a socket with
//!   `SO_REUSEADDR` bind beside bound sockets that also have it, as long as none of them
//!   listens, and redis-server, PostgreSQL, Python's `http.server` and Rust's
//!   `std::net::TcpListener` all set it;
//! - while nothing listens (before the child starts, after it is killed, between restarts),
//!   connections to it are refused, as to a port where nothing runs.

use tokio::net::TcpSocket;

/// A loopback port kept for one test. See the module documentation.
pub struct ReservedPort {
    port: u16,
    _socket: TcpSocket,
}

impl ReservedPort {
    pub fn new() -> Self {
        let socket = TcpSocket::new_v4().expect("a socket");
        socket.set_reuseaddr(true).expect("SO_REUSEADDR");
        socket
            .bind("127.0.0.1:0".parse().expect("an address"))
            .expect("a loopback port");
        let port = socket.local_addr().expect("its address").port();
        Self {
            port,
            _socket: socket,
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }
}

impl Default for ReservedPort {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reserved_port_refuses_connections_and_other_binds_but_its_program_can_listen() {
        let reserved = ReservedPort::new();
        let address = ("127.0.0.1", reserved.port());
        let refused = std::net::TcpStream::connect(address).unwrap_err();
        assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);

        // Another program binding it without SO_REUSEADDR is refused.
        let other = TcpSocket::new_v4().unwrap();
        let taken = other
            .bind(format!("127.0.0.1:{}", reserved.port()).parse().unwrap())
            .unwrap_err();
        assert_eq!(taken.kind(), std::io::ErrorKind::AddrInUse);

        // Rust's listener (SO_REUSEADDR) listens on it, serves, and after it is gone the port
        // refuses connections again, still reserved.
        let listener = std::net::TcpListener::bind(address).unwrap();
        std::net::TcpStream::connect(address).unwrap();
        drop(listener);
        let refused = std::net::TcpStream::connect(address).unwrap_err();
        assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);
        let listener = std::net::TcpListener::bind(address).unwrap();
        std::net::TcpStream::connect(address).unwrap();
        drop(listener);
    }
}
