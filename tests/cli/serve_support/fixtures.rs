//! The tasks and responses the server tests use: six sample tasks copied to a temporary
//! folder (sum-of-squares with a smaller fuel budget, so its spinning responses stay
//! cheap) and the sample responses to them, hostile ones included.

use serde_json::Value;
use std::path::{Path, PathBuf};

pub const TASKS: [&str; 6] =
    ["sum-of-squares", "two-sum", "fizzbuzz", "matrix-multiply", "reverse-words", "is-palindrome"];

pub fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-tasks")
}

/// A folder holding copies of `TASKS`.
pub fn tasks_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for t in TASKS {
        copy_dir(&samples().join(t), &dir.path().join(t));
    }
    let toml = dir.path().join("sum-of-squares/task.toml");
    let text = std::fs::read_to_string(&toml).unwrap().replace("fuel = 200_000_000", "fuel = 20_000_000");
    std::fs::write(toml, text).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The sample responses to `TASKS` (the file's deliberately malformed line skipped).
pub fn responses() -> Vec<Value> {
    std::fs::read_to_string(samples().join("responses.jsonl"))
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|r| TASKS.contains(&r["task"].as_str().unwrap_or("")))
        .collect()
}

/// Whether a sample response was written to attack the grader rather than answer.
pub fn hostile(r: &Value) -> bool {
    let id = r["response"].as_str().unwrap();
    id.starts_with("hostile") || id == "broken-syntax"
}

pub fn write_jsonl(path: &Path, lines: &[Value]) {
    let text: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    std::fs::write(path, text).unwrap();
}
