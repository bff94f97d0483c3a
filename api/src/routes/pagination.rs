//! Keyset pagination shared by every list: ids are UUIDv7, so ordering by id is ordering by
//! creation, and `after=<last id>` continues a listing even while rows are added.

use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::error::ApiError;

pub const DEFAULT_LIMIT: u64 = 50;
pub const MAX_LIMIT: u64 = 200;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Items per page, 1 to 200 (default 50); other values are refused with 422.
    #[param(minimum = 1, maximum = 200, default = 50)]
    pub limit: Option<u64>,
    /// The `next_cursor` of the previous page.
    pub after: Option<Uuid>,
}

impl PageQuery {
    /// The page size asked for, or a 422 naming `limit` when it is out of bounds.
    pub fn limit(&self) -> Result<u64, ApiError> {
        match self.limit {
            None => Ok(DEFAULT_LIMIT),
            Some(limit) if (1..=MAX_LIMIT).contains(&limit) => Ok(limit),
            Some(limit) => Err(ApiError::invalid(
                "limit",
                format!("must be from 1 to {MAX_LIMIT}, not {limit}"),
            )),
        }
    }
}

/// Splits one extra fetched row off `rows` (fetch `limit + 1`) into the next cursor.
pub fn finish<T>(mut rows: Vec<T>, limit: u64, id: impl Fn(&T) -> Uuid) -> (Vec<T>, Option<Uuid>) {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    if rows.len() > limit {
        rows.truncate(limit);
        let next = rows.last().map(&id);
        (rows, next)
    } else {
        (rows, None)
    }
}

/// Declares `$name { items: Vec<$item>, next_cursor }` for a list response.
macro_rules! page_type {
    ($name:ident, $item:ty) => {
        #[derive(serde::Serialize, utoipa::ToSchema)]
        pub struct $name {
            pub items: Vec<$item>,
            /// Pass as `after` to get the next page; null on the last page.
            pub next_cursor: Option<uuid::Uuid>,
        }
    };
}
pub(crate) use page_type;
