//! Helpers shared by the end-to-end tests: they run the real `gradebox` binary.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::process::{Command, Stdio};
use std::sync::Once;

pub fn gradebox() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gradebox"))
}

pub fn program(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs").join(rel)
}

/// Installs the runtimes once per test binary, so parallel tests never race to do it.
pub fn ensure_runtimes() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let status = gradebox().args(["runtime", "install", "all"]).status().expect("running gradebox");
        assert!(status.success(), "gradebox runtime install all failed");
    });
}

/// Runs `gradebox exec --json` and returns the parsed object. gradebox itself must
/// end with 0 or 1: anything else (2, a signal) means the host did not survive.
pub fn exec_json(file: &Path, flags: &[&str], stdin: Option<&[u8]>) -> Value {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = gradebox();
    cmd.arg("exec").arg("--json").args(flags);
    if let Some(bytes) = stdin {
        let path = dir.path().join("stdin");
        std::fs::File::create(&path).unwrap().write_all(bytes).unwrap();
        cmd.arg("--stdin").arg(path);
    }
    let out = cmd.arg(file).stdin(Stdio::null()).output().expect("running gradebox");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "gradebox exec {} ended with {:?}: {}",
        file.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not one JSON object ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// The example graders in graders/, built once per test binary (sample tasks use them).
pub fn ensure_graders() {
    static BUILD: Once = Once::new();
    BUILD.call_once(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("graders");
        for name in GRADERS {
            let out = gradebox().args(["grader", "build"]).arg(root.join(name)).output().expect("running gradebox");
            assert!(out.status.success(), "building grader {name} failed: {}", String::from_utf8_lossy(&out.stderr));
        }
        let c = Command::new("bash").arg(root.join("testlib-c/build.sh")).output().expect("running build.sh");
        assert!(
            c.status.success(),
            "building the C checker failed (scripts/prerequisites installs clang-14 and wasi-libc): {}",
            String::from_utf8_lossy(&c.stderr)
        );
    });
}

pub const GRADERS: [&str; 4] = ["numeric-tolerance", "topological-order", "partial-credit", "hostile"];

pub fn grader_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("graders").join(name)
}

pub fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-tasks")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn results(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

pub fn write_task(dir: &Path, toml: &str, files: &[(&str, &str)]) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("task.toml"), toml).unwrap();
    for (name, body) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    }
}

pub fn batch_fixture(dir: &Path) -> (PathBuf, PathBuf) {
    let tasks = dir.join("tasks");
    write_task(
        &tasks.join("echo-sum"),
        "id = \"echo-sum\"\nprompt = \"sum\"\nlanguages = [\"python\", \"javascript\"]\n[[tests]]\nname = \"a\"\nstdin = \"1 2\\n\"\nexpected = \"3\\n\"\n[[tests]]\nname = \"b\"\nstdin = \"5 5\\n\"\nexpected = \"10\\n\"\n",
        &[],
    );
    let mut lines = Vec::new();
    for i in 0..6 {
        let (lang, code) = if i % 2 == 0 {
            ("python", if i == 4 { "print(0)" } else { "print(sum(map(int, input().split())))" })
        } else {
            (
                "javascript",
                "const [a, b] = require('fs').readFileSync(0, 'utf8').split(' ').map(Number); console.log(a + b);",
            )
        };
        lines.push(
            serde_json::json!({"task": "echo-sum", "response": format!("r{i}"), "language": lang, "code": code})
                .to_string(),
        );
    }
    lines.push("{not json".to_string());
    lines.push(serde_json::json!({"task": "missing", "response": "x", "language": "python", "code": ""}).to_string());
    lines.push(
        serde_json::json!({"task": "echo-sum", "response": "w", "language": "wasm", "code": "(module)"}).to_string(),
    );
    let responses = dir.join("responses.jsonl");
    std::fs::write(&responses, lines.join("\n") + "\n").unwrap();
    (tasks, responses)
}

/// Grades `responses` against `tasks` with `gradebox run`; returns the results file.
/// The batch may hold lines that cannot be graded (exit 1), never a gradebox error (2).
pub fn grade_batch(dir: &Path, tasks: &Path, responses: &Path) -> PathBuf {
    let out = dir.join("results.jsonl");
    let o = run_command(tasks, responses, &out).output().unwrap();
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", text(&o.stderr));
    out
}

/// `gradebox run --tasks TASKS --responses RESPONSES --out OUT`, to add flags to.
pub fn run_command(tasks: &Path, responses: &Path, out: &Path) -> Command {
    let mut cmd = gradebox();
    cmd.arg("run").arg("--tasks").arg(tasks).arg("--responses").arg(responses).arg("--out").arg(out);
    cmd
}

/// Runs gradebox with the runtimes installed and the example graders built.
pub fn run(args: &[&str]) -> Output {
    ensure_runtimes();
    ensure_graders();
    gradebox().args(args).output().expect("running gradebox")
}
