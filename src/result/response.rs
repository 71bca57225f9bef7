//! A response to grade: a line of a responses JSONL file, or a file given to `check`.

use crate::runtime::Language;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub task: String,
    pub response: String,
    pub language: Language,
    pub code: String,
}

impl Response {
    /// One line of a responses file.
    pub fn parse(line: &str) -> Result<Response, String> {
        serde_json::from_str(line).map_err(|e| format!("not a response line ({e})"))
    }
}
