//! Where a built-in checker found the first difference, as data beside its sentence,
//! so a program reading results need not parse the feedback.

use serde::{Deserialize, Serialize};

/// What the test expected at the first difference, what the program gave there, and
/// where. Each part is absent when there is nothing to say: `got` when the program's
/// answer ended before that point, `expected` when the answer went on past what was
/// expected. Empty (all absent) for a pass and for a checker that is a program.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mismatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub got: Option<String>,
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    pub at: Option<Place>,
}

/// A place in the program's answer; each checker sets what it can say precisely.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// 1-based line of the output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column, in characters, within `line`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// 0-based byte offset into the output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte: Option<usize>,
    /// 1-based index among the whitespace-separated tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<usize>,
    /// Path into a JSON value: `$` the whole value, `$.key`, `$[index]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl Mismatch {
    pub fn is_empty(&self) -> bool {
        self.expected.is_none() && self.got.is_none() && self.at.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::TestResult;
    use serde_json::{Value, json};

    /// A test result as gradebox wrote it before the fields existed (no `time_ms` either).
    fn old_line() -> Value {
        json!({"name": "a", "verdict": "wrong_answer", "score": 0.0, "points": 1.0, "outcome": "exited",
               "fuel": 10, "wall_ms": 1.0, "peak_memory_bytes": 0, "expected_excerpt": "1\n",
               "actual_excerpt": "2\n", "stderr_excerpt": "", "feedback": "line 1: expected \"1\", got \"2\""})
    }

    #[test]
    fn an_old_line_still_reads_and_is_written_back_without_them() {
        let t: TestResult = serde_json::from_value(old_line()).unwrap();
        assert!(t.mismatch.is_empty(), "{:?}", t.mismatch);
        let written = serde_json::to_value(&t).unwrap();
        for key in ["expected", "got", "where"] {
            assert!(written.get(key).is_none(), "{key} in {written}");
        }
    }

    #[test]
    fn the_fields_sit_beside_the_sentence_and_read_back() {
        let mut line = old_line();
        line["expected"] = json!("1");
        line["where"] = json!({"line": 1, "token": 1});
        let t: TestResult = serde_json::from_value(line).unwrap();
        let at = Place { line: Some(1), token: Some(1), ..Place::default() };
        assert_eq!(t.mismatch, Mismatch { expected: Some("1".into()), got: None, at: Some(at) });
        let written = serde_json::to_value(&t).unwrap();
        assert_eq!((&written["expected"], &written["where"]), (&json!("1"), &json!({"line": 1, "token": 1})));
        assert!(written.get("got").is_none(), "absent, not null: {written}");
    }
}
