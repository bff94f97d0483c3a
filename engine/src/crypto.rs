//! Secrets at rest and opaque tokens.
//!
//! Source credentials and webhook secrets are sealed with AES-256-GCM under the operator's key
//! (`encryption.key`): a stored value is `version byte || 12-byte nonce || ciphertext+tag`.
//! API tokens are random and only their SHA-256 is stored. Links that act without a login (an
//! e-mail's unsubscribe link) carry an HMAC-SHA256 under a key derived from the same key.

use aes_gcm::{
    Aes256Gcm, Key, Nonce,
    aead::{Aead, KeyInit},
};
use rand::RngCore;
use sha2::{Digest, Sha256};

const VERSION: u8 = 1;
const NONCE_LEN: usize = 12;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    #[error("stored secret is malformed")]
    Malformed,
    #[error("stored secret cannot be decrypted with the configured encryption key")]
    WrongKey,
}

/// Encrypts and decrypts secrets with the operator's key. While a key is being rotated it also
/// opens what the previous key sealed (`encryption.previous_key`), until `sluice-worker reseal`
/// has re-encrypted everything (docs/OPERATIONS.md, "Rotating the encryption key").
#[derive(Clone)]
pub struct Encryptor {
    cipher: Aes256Gcm,
    previous: Option<Aes256Gcm>,
    /// Keys of [`Encryptor::sign`]: derived from the current and the previous key, so that
    /// the encryption key itself is only ever an AES key.
    mac_key: [u8; 32],
    previous_mac_key: Option<[u8; 32]>,
}

/// HMAC-SHA256 under a 32-byte key.
fn hmac(key: &[u8; 32]) -> hmac::Hmac<Sha256> {
    // HMAC takes keys of any length: this cannot fail.
    <hmac::Hmac<Sha256> as hmac::Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!())
}

/// The signing key derived from an encryption key.
fn mac_key(key: &[u8; 32]) -> [u8; 32] {
    use hmac::Mac as _;
    let mut mac = hmac(key);
    mac.update(b"sluice: signed links");
    mac.finalize().into_bytes().into()
}

impl std::fmt::Debug for Encryptor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Encryptor(..)")
    }
}

impl Encryptor {
    pub fn new(key: &[u8; 32]) -> Self {
        Self {
            cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key)),
            previous: None,
            mac_key: mac_key(key),
            previous_mac_key: None,
        }
    }

    /// Also opens values sealed with `previous` (never seals with it), and accepts what it
    /// signed.
    pub fn with_previous(mut self, previous: Option<&[u8; 32]>) -> Self {
        self.previous = previous.map(|key| Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key)));
        self.previous_mac_key = previous.map(mac_key);
        self
    }

    /// HMAC-SHA256 of `data` bound to `context` (what the signature is for), under the key
    /// derived from the current encryption key.
    pub fn sign(&self, context: &str, data: &[u8]) -> [u8; 32] {
        use hmac::Mac as _;
        Self::signing(&self.mac_key, context, data)
            .finalize()
            .into_bytes()
            .into()
    }

    /// Whether `signature` is [`Encryptor::sign`]'s for `data` under the current or, during a
    /// rotation, the previous key; compared in constant time.
    pub fn verify_signed(&self, context: &str, data: &[u8], signature: &[u8]) -> bool {
        use hmac::Mac as _;
        [Some(&self.mac_key), self.previous_mac_key.as_ref()]
            .into_iter()
            .flatten()
            .any(|key| {
                Self::signing(key, context, data)
                    .verify_slice(signature)
                    .is_ok()
            })
    }

    fn signing(key: &[u8; 32], context: &str, data: &[u8]) -> hmac::Hmac<Sha256> {
        use hmac::Mac as _;
        let mut mac = hmac(key);
        mac.update(context.as_bytes());
        mac.update(&[0]);
        mac.update(data);
        mac
    }

    /// Seals `plaintext`; `context` (e.g. `source:<id>`) is bound to the ciphertext so a sealed
    /// value copied onto another row does not decrypt.
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let payload = aes_gcm::aead::Payload {
            msg: plaintext,
            aad: context.as_bytes(),
        };
        // Encryption with a valid key and a fresh nonce cannot fail for inputs under 64 GiB.
        let ciphertext = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), payload)
            .unwrap_or_default();
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    /// Opens a value sealed with the current key or, during a rotation, the previous one.
    pub fn open(&self, sealed: &[u8], context: &str) -> Result<Vec<u8>, CryptoError> {
        match (self.open_current(sealed, context), &self.previous) {
            (Err(CryptoError::WrongKey), Some(previous)) => {
                Self::open_with(previous, sealed, context)
            }
            (result, _) => result,
        }
    }

    /// Opens a value sealed with the current key only.
    pub fn open_current(&self, sealed: &[u8], context: &str) -> Result<Vec<u8>, CryptoError> {
        Self::open_with(&self.cipher, sealed, context)
    }

    fn open_with(cipher: &Aes256Gcm, sealed: &[u8], context: &str) -> Result<Vec<u8>, CryptoError> {
        if sealed.len() < 1 + NONCE_LEN + 16 || sealed[0] != VERSION {
            return Err(CryptoError::Malformed);
        }
        let (nonce, ciphertext) = sealed[1..].split_at(NONCE_LEN);
        let payload = aes_gcm::aead::Payload {
            msg: ciphertext,
            aad: context.as_bytes(),
        };
        cipher
            .decrypt(Nonce::from_slice(nonce), payload)
            .map_err(|_| CryptoError::WrongKey)
    }

    pub fn open_string(&self, sealed: &[u8], context: &str) -> Result<String, CryptoError> {
        String::from_utf8(self.open(sealed, context)?).map_err(|_| CryptoError::Malformed)
    }
}

/// A random token: `prefix` followed by 43 URL-safe characters (256 bits).
pub fn random_token(prefix: &str) -> String {
    use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Hex SHA-256, used to store API tokens and to fingerprint downloaded content.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_the_same_key_and_context() {
        let a = Encryptor::new(&[1; 32]);
        let b = Encryptor::new(&[2; 32]);
        let sealed = a.seal(b"Bearer abc", "source:1");
        assert_ne!(&sealed[13..], b"Bearer abc");
        assert_eq!(a.open(&sealed, "source:1").unwrap(), b"Bearer abc");
        assert_eq!(b.open(&sealed, "source:1"), Err(CryptoError::WrongKey));
        assert_eq!(a.open(&sealed, "source:2"), Err(CryptoError::WrongKey));
        assert_eq!(
            a.open(&sealed[..10], "source:1"),
            Err(CryptoError::Malformed)
        );
    }

    #[test]
    fn during_a_rotation_values_sealed_with_the_previous_key_still_open() {
        let old = Encryptor::new(&[1; 32]);
        let sealed = old.seal(b"Bearer abc", "source:1");
        let rotating = Encryptor::new(&[2; 32]).with_previous(Some(&[1; 32]));
        assert_eq!(rotating.open(&sealed, "source:1").unwrap(), b"Bearer abc");
        assert_eq!(
            rotating.open_current(&sealed, "source:1"),
            Err(CryptoError::WrongKey)
        );
        assert_eq!(
            rotating.open(&sealed, "source:2"),
            Err(CryptoError::WrongKey)
        );
        // New values are sealed with the current key.
        let fresh = rotating.seal(b"x", "c");
        assert_eq!(Encryptor::new(&[2; 32]).open(&fresh, "c").unwrap(), b"x");
    }

    #[test]
    fn signatures_verify_for_their_context_and_data_under_either_key() {
        let old = Encryptor::new(&[1; 32]);
        let signed = old.sign("unsubscribe", b"a@example.com");
        assert!(old.verify_signed("unsubscribe", b"a@example.com", &signed));
        assert!(!old.verify_signed("unsubscribe", b"b@example.com", &signed));
        assert!(!old.verify_signed("other", b"a@example.com", &signed));
        assert!(!old.verify_signed("unsubscribe", b"a@example.com", &signed[..31]));
        let rotating = Encryptor::new(&[2; 32]).with_previous(Some(&[1; 32]));
        assert!(rotating.verify_signed("unsubscribe", b"a@example.com", &signed));
        assert!(!Encryptor::new(&[2; 32]).verify_signed("unsubscribe", b"a@example.com", &signed));
    }

    #[test]
    fn each_seal_uses_a_fresh_nonce() {
        let a = Encryptor::new(&[1; 32]);
        assert_ne!(a.seal(b"x", "c"), a.seal(b"x", "c"));
    }

    #[test]
    fn tokens_are_long_and_distinct() {
        let t = random_token("slc_");
        assert!(t.starts_with("slc_"));
        assert_eq!(t.len(), 4 + 43);
        assert_ne!(t, random_token("slc_"));
    }
}
