//! Helpers shared by the end-to-end tests: they run the real `gradebox` binary.
#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
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
