//! The record of a responses line that could not be graded, written to the results
//! file in its place (docs/results.md) so the batch goes on and nothing is silently lost.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct InputError {
    pub schema: String,
    /// The line of the responses file.
    pub line: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    pub error: String,
    /// gradebox itself failed (not the input): `--resume` retries these.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gradebox_fault: bool,
}

impl InputError {
    pub fn new(line: usize, task: Option<&str>, response: Option<&str>, error: String) -> InputError {
        InputError {
            schema: super::SCHEMA.into(),
            line,
            task: task.map(str::to_string),
            response: response.map(str::to_string),
            error,
            gradebox_fault: false,
        }
    }
}
