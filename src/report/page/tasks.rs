//! What the page knows of each task: its prompt and tests when `--tasks` was given,
//! and the sentence `gradebox check` prints to compare the task's responses.

use crate::report::compare;
use crate::result::ResponseResult;
use crate::task::{Expected, Task, TestInput};
use serde::Serialize;

/// Inputs and expected outputs longer than this are cut (the results keep 200 characters).
const SHOWN: usize = 4_000;
/// The sentence names at most this many responses; the grid shows every one.
const SENTENCE_RESPONSES: usize = 8;

#[derive(Serialize, Debug)]
pub struct TaskInfo {
    pub id: String,
    pub title: Option<String>,
    /// "stdio checker · stdio mode" as `check` prints it; None without --tasks.
    pub mode: Option<String>,
    pub prompt: Option<String>,
    /// Tests in task order (from the task when loaded, else from its first result).
    pub tests: Vec<TestInfo>,
    pub sentence: String,
}

#[derive(Serialize, Debug)]
pub struct TestInfo {
    pub name: String,
    pub input: Option<String>,
    pub expected: Option<String>,
}

fn cut(s: &str) -> String {
    match s.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}… (cut at {SHOWN} characters)", &s[..at]),
        None => s.to_string(),
    }
}

fn input_text(input: &TestInput) -> String {
    match input {
        TestInput::Stdin(b) => cut(&String::from_utf8_lossy(b)),
        TestInput::Args(args) => cut(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", ")),
        TestInput::Script(s) => cut(s),
    }
}

/// The task `id`, from its loaded definition if any, with its responses' sentence.
pub fn info(id: &str, loaded: Option<&Task>, results: &[&ResponseResult]) -> TaskInfo {
    let shown: Vec<ResponseResult> = results.iter().take(SENTENCE_RESPONSES).map(|r| (*r).clone()).collect();
    let names: Vec<String> = shown.iter().map(|r| r.response.clone()).collect();
    // Reasons cut as on a 100-column terminal: the grid and response views have them whole.
    let mut sentence = compare::sentence(&names, &shown, compare::Width(Some(100)));
    if results.len() > SENTENCE_RESPONSES {
        sentence.push_str(&format!("; and {} more responses", results.len() - SENTENCE_RESPONSES));
    }
    let tests = match loaded {
        Some(t) => t
            .tests
            .iter()
            .map(|c| TestInfo {
                name: c.name.clone(),
                input: Some(input_text(&c.input)),
                expected: Some(cut(&match &c.expected {
                    Expected::Text(s) => s.clone(),
                    Expected::Json(v) => v.to_string(),
                })),
            })
            .collect(),
        None => results
            .iter()
            .max_by_key(|r| r.tests.len())
            .map(|r| r.tests.iter().map(|t| TestInfo { name: t.name.clone(), input: None, expected: None }).collect())
            .unwrap_or_default(),
    };
    TaskInfo {
        id: id.to_string(),
        title: loaded.and_then(|t| t.title.clone()),
        mode: loaded.map(compare::mode_line),
        prompt: loaded.map(|t| cut(t.prompt.trim())),
        tests,
        sentence,
    }
}
