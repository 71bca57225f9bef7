//! A response to grade: a line of a responses JSONL file, or a file given to `check`.

use crate::runtime::Language;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Response {
    pub task: String,
    pub response: String,
    /// Any name of the alias table (`py`, `js`, `Python`...).
    pub language: Language,
    pub code: String,
    /// Every other field of the line (`model`, `sample`, `temperature`...): kept as
    /// they are and carried into the result line.
    #[serde(flatten)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The file the code came from (`check`, `task validate`): what tracebacks and
    /// syntax errors name. None for a responses line: `main.py`, `main.js`...
    #[serde(skip)]
    pub filename: Option<String>,
}

impl Response {
    /// One line of a responses file.
    pub fn parse(line: &str) -> Result<Response, String> {
        serde_json::from_str(line).map_err(|e| format!("not a response line ({e})"))
    }

    /// A response read from a file, with no metadata.
    pub fn new(task: &str, response: &str, language: Language, code: String) -> Response {
        Response {
            task: task.to_string(),
            response: response.to_string(),
            language,
            code,
            metadata: serde_json::Map::new(),
            filename: None,
        }
    }

    /// What can be read of `task` and `response` from a line that is not a response,
    /// so that its record still says which pair it was.
    pub fn ids_of_bad_line(line: &str) -> (Option<String>, Option<String>) {
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(line) else {
            return (None, None);
        };
        let field = |k: &str| fields.get(k).and_then(|v| v.as_str()).map(str::to_string);
        (field("task"), field("response"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_aliases_and_extra_fields_are_accepted() {
        for name in ["js", "node", "JavaScript", "nodejs"] {
            let line = format!(
                r#"{{"task":"t","response":"r","language":"{name}","code":"","model":"m1","temperature":0.2}}"#
            );
            let r = Response::parse(&line).unwrap();
            assert_eq!(r.language, Language::Javascript, "{name}");
            assert_eq!(r.metadata["model"], "m1");
            assert_eq!(r.metadata["temperature"], 0.2);
        }
        for name in ["py", "python3", "Python"] {
            let line = format!(r#"{{"task":"t","response":"r","language":"{name}","code":""}}"#);
            assert_eq!(Response::parse(&line).unwrap().language, Language::Python, "{name}");
        }
        let err = Response::parse(r#"{"task":"t","response":"r","language":"cobol","code":""}"#).unwrap_err();
        assert!(err.contains("unknown language \"cobol\"") && err.contains("python, py"), "{err}");
        assert_eq!(
            Response::ids_of_bad_line(r#"{"task":"t","response":"r","language":"cobol"}"#),
            (Some("t".into()), Some("r".into()))
        );
    }
}
