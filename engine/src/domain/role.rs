use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a user (or an API token) may do inside its tenant. Ordered: viewer < member < admin.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads everything in the tenant, changes nothing.
    Viewer,
    /// Also creates and changes sources, pipelines, runs and its own API tokens.
    Member,
    /// Also manages the tenant's users and every API token.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Member => "member",
            Role::Admin => "admin",
        }
    }

    /// The role stored in the database; an unknown value grants nothing.
    pub fn from_db(s: &str) -> Option<Role> {
        match s {
            "viewer" => Some(Role::Viewer),
            "member" => Some(Role::Member),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered_by_power_and_round_trip() {
        assert!(Role::Viewer < Role::Member && Role::Member < Role::Admin);
        for role in [Role::Viewer, Role::Member, Role::Admin] {
            assert_eq!(Role::from_db(role.as_str()), Some(role));
        }
        assert_eq!(Role::from_db("root"), None);
    }
}
