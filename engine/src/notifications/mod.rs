//! Notifications (being gathered here; the next commit writes this module's contract).

pub mod deliveries;
pub mod email;
