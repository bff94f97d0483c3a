use secrecy::{ExposeSecret, SecretString};

use super::InvalidValue;

/// An e-mail address, trimmed and lower-cased; it identifies a user across tenants.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let s = raw.trim().to_lowercase();
        let invalid = |why: &str| {
            Err(InvalidValue(format!(
                "`{raw}` is not an e-mail address: {why}"
            )))
        };
        if s.is_empty() || s.len() > 254 {
            return invalid("it must have 1 to 254 characters");
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return invalid("it contains whitespace");
        }
        let Some((local, domain)) = s.rsplit_once('@') else {
            return invalid("it has no @");
        };
        if local.is_empty() || local.len() > 64 || local.contains('@') {
            return invalid("the part before @ must have 1 to 64 characters");
        }
        if domain.is_empty()
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
        {
            return invalid("the domain after @ is malformed");
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password chosen by a user: 10 to 256 characters (long enough to resist guessing, short
/// enough that hashing it is cheap).
pub struct Password(SecretString);

impl Password {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(raw: SecretString) -> Result<Self, InvalidValue> {
        let n = raw.expose_secret().chars().count();
        if n < Self::MIN_CHARS {
            return Err(InvalidValue(format!(
                "the password has {n} characters; it needs at least {}",
                Self::MIN_CHARS
            )));
        }
        if n > Self::MAX_CHARS {
            return Err(InvalidValue(format!(
                "the password has {n} characters; at most {} are accepted",
                Self::MAX_CHARS
            )));
        }
        Ok(Self(raw))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised() {
        assert_eq!(
            Email::parse(" Ops@Example.COM ").unwrap().as_str(),
            "ops@example.com"
        );
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@",
            "a b@c.d",
            "a@.com",
            "a@b..c",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn passwords_have_bounds() {
        assert!(Password::parse("short".into()).is_err());
        assert!(Password::parse("x".repeat(257).into()).is_err());
        assert!(Password::parse("long enough pass".into()).is_ok());
    }
}
