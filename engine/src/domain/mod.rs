//! Domain types that can only hold valid values.

mod email;
mod names;
mod proxies;
mod role;
mod url;

pub use email::{Email, Password};
pub use names::{BOOKKEEPING_PREFIX, ColumnName, FrameName, ResourceName, TableName};
pub use proxies::TrustedProxies;
pub use role::Role;
pub use url::{SourceUrl, redacted};

/// Why a value was refused; the message names the rule it broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidValue(pub String);
