//! What the `gradebox serve` tests share: a client for the real server, and its fixtures.

pub mod client;
pub mod fixtures;
