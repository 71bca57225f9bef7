//! MBPP (Austin et al. 2021) in its two releases:
//! - original (JSONL): `task_id`, `text`, `code`, `test_list`, `test_setup_code`,
//!   `challenge_test_list`;
//! - sanitized (a JSON array): `task_id`, `prompt`, `code`, `test_imports`, `test_list`.
//!
//! Tests are assert statements, so tasks use script mode: each assert runs after the
//! candidate's code and passes when it raises nothing.

use super::records::{self, Skip, as_array, as_str};
use super::{Draft, DraftLimits, ScriptTest, Tests, test_name};
use serde_json::Value;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Flavour {
    Original,
    Sanitized,
}

pub fn convert(rec: &Value, flavour: Flavour) -> Result<Draft, Skip> {
    let id = records::id(rec, "task_id")?;
    let (text_field, prefix) = match flavour {
        Flavour::Original => ("text", "mbpp"),
        Flavour::Sanitized => ("prompt", "mbpp-s"),
    };
    let text = records::string(rec, text_field)?;
    let code = records::string(rec, "code")?;
    let asserts = strings(rec, "test_list")?;
    if asserts.is_empty() {
        return Err(Skip::new("test_list", "empty: the problem has no tests"));
    }
    let (setup, challenge) = match flavour {
        Flavour::Original => (
            records::optional_string(rec, "test_setup_code")?.to_string(),
            match rec.get("challenge_test_list") {
                None | Some(Value::Null) => Vec::new(),
                Some(_) => strings(rec, "challenge_test_list")?,
            },
        ),
        Flavour::Sanitized => (
            match rec.get("test_imports") {
                None | Some(Value::Null) => String::new(),
                Some(_) => strings(rec, "test_imports")?.join("\n"),
            },
            Vec::new(),
        ),
    };
    let entry_point = entry_point(&asserts[0], code);
    let tests = asserts
        .iter()
        .enumerate()
        .map(|(i, s)| ScriptTest { name: test_name("test", i), script: s.clone() })
        .chain(
            challenge
                .iter()
                .enumerate()
                .map(|(i, s)| ScriptTest { name: test_name("challenge", i), script: s.clone() }),
        )
        .collect();
    // The usual MBPP prompt: the description and the tests the code must pass, which
    // is also how the function's name and signature reach the model.
    let prompt =
        format!("{}\n\nYour code should pass these tests:\n\n```python\n{}\n```\n", text.trim(), asserts.join("\n"));
    let mut notes =
        vec![format!("MBPP task {id} ({}).", if flavour == Flavour::Sanitized { "sanitized" } else { "original" })];
    if !challenge.is_empty() {
        notes.push("the challenge tests are kept as tests of their own, not shown in the prompt.".into());
    }
    Ok(Draft {
        id: format!("{prefix}-{id}"),
        title: None,
        prompt,
        notes,
        tests: Tests::Script { entry_point, setup: (!setup.trim().is_empty()).then_some(setup), tests },
        limits: DraftLimits::default(),
        references: vec![code.to_string()],
        wrong: Vec::new(),
        cpp_references: Vec::new(),
        cpp_wrong: Vec::new(),
        left_out: Vec::new(),
    })
}

fn strings(rec: &Value, field: &str) -> Result<Vec<String>, Skip> {
    as_array(records::field(rec, field)?, field)?
        .iter()
        .enumerate()
        .map(|(i, s)| as_str(s, &format!("{field}[{i}]")).map(str::to_string))
        .collect()
}

/// The function the first assert calls that the reference defines: the one whose
/// return values script mode watches.
fn entry_point(assert: &str, code: &str) -> Option<String> {
    let bytes = assert.as_bytes();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        let ident = b.is_ascii_alphanumeric() || b == b'_';
        match (start, ident) {
            (None, true) if !b.is_ascii_digit() && (i == 0 || bytes[i - 1] != b'.') => start = Some(i),
            (Some(s), false) => {
                let name = &assert[s..i];
                if b == b'(' && code.contains(&format!("def {name}(")) {
                    return Some(name.to_string());
                }
                start = None;
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_entry_point_is_the_called_function_the_code_defines() {
        let code = "def helper(x):\n    return x\ndef remove_Occ(s, ch):\n    return s";
        assert_eq!(entry_point("assert remove_Occ(\"hello\",\"l\") == \"heo\"", code).as_deref(), Some("remove_Occ"));
        assert_eq!(entry_point("assert set(remove_Occ(a)) == set(b)", code).as_deref(), Some("remove_Occ"));
        assert_eq!(entry_point("assert math.isclose(f(1), 2)", "def f(x): pass").as_deref(), Some("f"));
        assert_eq!(entry_point("assert x == 1", code), None);
    }

    #[test]
    fn original_and_sanitized_records() {
        let original = json!({
            "task_id": 11, "text": "Remove first and last occurrence.", "code": "def f(s):\n    return s",
            "test_list": ["assert f(1) == 1", "assert f(2) == 2"], "test_setup_code": "import math",
            "challenge_test_list": ["assert f(3) == 3"],
        });
        let d = convert(&original, Flavour::Original).unwrap();
        assert_eq!(d.id, "mbpp-11");
        let Tests::Script { entry_point, setup, tests } = &d.tests else { panic!() };
        assert_eq!((entry_point.as_deref(), setup.as_deref()), (Some("f"), Some("import math")));
        assert_eq!(tests.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["test-1", "test-2", "challenge-1"]);
        assert!(d.prompt.contains("assert f(2) == 2") && !d.prompt.contains("f(3)"));
        let sanitized = json!({
            "task_id": 12, "prompt": "P", "code": "def g(): pass", "test_imports": ["import re", "import os"],
            "test_list": ["assert g() is None"], "source_file": "x",
        });
        let d = convert(&sanitized, Flavour::Sanitized).unwrap();
        assert_eq!(d.id, "mbpp-s-12");
        let Tests::Script { setup, .. } = &d.tests else { panic!() };
        assert_eq!(setup.as_deref(), Some("import re\nimport os"));
    }

    #[test]
    fn problems_name_their_field() {
        let r = json!({"task_id": 1, "text": "t", "code": "c", "test_list": ["ok", 3]});
        assert_eq!(
            convert(&r, Flavour::Original).unwrap_err(),
            Skip::new("test_list[1]", "expected a string, found a number")
        );
        let r = json!({"task_id": 1, "text": "t", "code": "c", "test_list": []});
        assert_eq!(convert(&r, Flavour::Original).unwrap_err().field, "test_list");
        let r = json!({"task_id": 1, "prompt": "t", "test_list": ["x"]});
        assert_eq!(convert(&r, Flavour::Sanitized).unwrap_err(), Skip::new("code", "missing"));
    }
}
