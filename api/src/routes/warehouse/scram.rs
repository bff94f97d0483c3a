//! SCRAM-SHA-256 verifiers (RFC 5802, RFC 7677) in PostgreSQL's format. Sending PostgreSQL the
//! verifier instead of the password sets the password without its cleartext ever reaching the
//! server, nor its statement log.

use base64::{Engine as _, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use rand::{Rng, RngCore, distr::Alphanumeric};
use sha2::{Digest, Sha256};

/// PostgreSQL's default (`scram_iterations`).
pub const ITERATIONS: u32 = 4096;

/// Length of a generated password: 32 alphanumeric characters, about 190 bits.
pub const PASSWORD_LEN: usize = 32;

/// A new random password of ASCII letters and digits: safe in URLs, connection strings and
/// shells, and unchanged by SASLprep.
pub fn generate_password() -> String {
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(PASSWORD_LEN)
        .map(char::from)
        .collect()
}

/// The verifier of `password` with a fresh random salt, as PostgreSQL stores it:
/// `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`.
///
/// `password` must be one that SASLprep leaves unchanged (ASCII letters and digits are), as
/// [`generate_password`]'s are.
pub fn verifier(password: &str) -> String {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    verifier_with_salt(password, &salt, ITERATIONS)
}

/// The verifier of `password` with the given salt and iteration count.
pub fn verifier_with_salt(password: &str, salt: &[u8], iterations: u32) -> String {
    let salted = salted_password(password.as_bytes(), salt, iterations);
    let stored_key = Sha256::digest(hmac(&salted, b"Client Key"));
    let server_key = hmac(&salted, b"Server Key");
    format!(
        "SCRAM-SHA-256${iterations}:{}${}:{}",
        STANDARD.encode(salt),
        STANDARD.encode(stored_key),
        STANDARD.encode(server_key)
    )
}

/// `Hi(password, salt, i)` of RFC 5802: PBKDF2-HMAC-SHA-256 with one output block.
fn salted_password(password: &[u8], salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut first = salt.to_vec();
    first.extend_from_slice(&1u32.to_be_bytes());
    let mut u = hmac(password, &first);
    let mut result = u;
    for _ in 1..iterations {
        u = hmac(password, &u);
        result.iter_mut().zip(u).for_each(|(r, b)| *r ^= b);
    }
    result
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC takes keys of any length"),
    };
    mac.update(data);
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// PostgreSQL 15's own verifier for the password `pencil`, from
    /// `CREATE ROLE vec LOGIN PASSWORD 'pencil'; SELECT rolpassword FROM pg_authid ...`
    /// (`password_encryption = scram-sha-256`).
    const POSTGRES_PENCIL: &str = "SCRAM-SHA-256$4096:H3jYurZu2Ygiv7OxB1nEOQ==$kKie8kPSyqej5qnJ8V+X7abHo1s81pDsmmhKwzWnCzM=:0K1/cDl6n5d4c3BGjaccg+TX/luLfwK17cSl6ycao+M=";

    #[test]
    fn the_verifier_is_the_one_postgresql_computes() {
        let salt = STANDARD.decode("H3jYurZu2Ygiv7OxB1nEOQ==").unwrap();
        assert_eq!(verifier_with_salt("pencil", &salt, 4096), POSTGRES_PENCIL);
    }

    /// RFC 7677's example exchange (user `user`, password `pencil`): a server holding the
    /// verifier accepts the client's proof and answers the ServerSignature shown there.
    #[test]
    fn the_verifier_completes_rfc_7677s_example() {
        let salt = STANDARD.decode("W22ZaJ0SNY7soEsUEjb6gQ==").unwrap();
        let verifier = verifier_with_salt("pencil", &salt, 4096);
        let (stored_key, server_key) = verifier
            .rsplit_once('$')
            .unwrap()
            .1
            .split_once(':')
            .unwrap();
        let stored_key = STANDARD.decode(stored_key).unwrap();
        let server_key = STANDARD.decode(server_key).unwrap();
        let auth_message = "n=user,r=rOprNGfwEbeRWgbNEkqO,\
            r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,\
            c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        // The server's check: H(ClientProof XOR HMAC(StoredKey, AuthMessage)) == StoredKey.
        let proof = STANDARD
            .decode("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
            .unwrap();
        let client_signature = hmac(&stored_key, auth_message.as_bytes());
        let client_key: Vec<u8> = proof
            .iter()
            .zip(client_signature)
            .map(|(p, s)| p ^ s)
            .collect();
        assert_eq!(
            Sha256::digest(&client_key).as_slice(),
            stored_key.as_slice()
        );
        let signature = hmac(&server_key, auth_message.as_bytes());
        assert_eq!(
            STANDARD.encode(signature),
            "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="
        );
    }

    #[test]
    fn passwords_are_long_random_and_alphanumeric() {
        let a = generate_password();
        let b = generate_password();
        assert_eq!(a.len(), PASSWORD_LEN);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric()), "{a}");
        assert_ne!(a, b);
        let v = verifier(&a);
        assert!(v.starts_with("SCRAM-SHA-256$4096:"), "{v}");
        assert_ne!(v, verifier(&a), "every verifier has its own salt");
    }
}
