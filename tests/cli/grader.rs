//! WebAssembly graders end to end: the example graders on their fixture cases, hostile
//! graders that must always yield grader_error, the scaffold, and provenance.

use super::common::*;
use serde_json::Value;
use std::path::Path;

#[test]
fn example_graders_decide_their_fixture_cases_as_wanted() {
    ensure_runtimes();
    ensure_graders();
    for name in ["numeric-tolerance", "topological-order", "partial-credit"] {
        let dir = grader_dir(name);
        let out =
            gradebox().args(["grader", "test"]).arg(&dir).arg("--cases").arg(dir.join("cases.toml")).output().unwrap();
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{name}:\n{stdout}{}", text(&out.stderr));
        assert!(!stdout.contains("MISMATCH"), "{name}:\n{stdout}");
        assert!(stdout.contains("cases as wanted"), "{stdout}");
    }
}

fn task_with_grader(dir: &Path, mode: &str, limits: &str) -> std::path::PathBuf {
    let task = dir.join(format!("task-{mode}"));
    std::fs::create_dir_all(&task).unwrap();
    let module = grader_dir("hostile").join("hostile_grader.wasm");
    std::fs::write(
        task.join("task.toml"),
        format!(
            "id = \"hostile-{mode}\"\nprompt = \"p\"\n[checker]\nkind = \"wasm\"\nmodule = {:?}\nargs = {{ mode = \"{mode}\" }}\n{limits}\n\
             [[tests]]\nname = \"t\"\nstdin = \"\"\nexpected = \"1\\n\"\n",
            module.display().to_string()
        ),
    )
    .unwrap();
    task
}

/// Every way a grader can fail is the grader's fault, reported with the reason.
#[test]
fn hostile_graders_yield_grader_error_never_a_candidate_verdict() {
    ensure_runtimes();
    ensure_graders();
    let dir = tempfile::tempdir().unwrap();
    let candidate = dir.path().join("answer.py");
    std::fs::write(&candidate, "print(1)\n").unwrap();
    let small = "[checker.limits]\nfuel = 50_000_000\nmemory_mb = 32\ntimeout_ms = 2_000";
    let cases = [
        ("loop", "fuel"),
        ("trap", "trap"),
        ("allocate", "memory"),
        ("nan", "outside [0, 1]"),
        ("score-above-one", "outside [0, 1]"),
        ("negative-score", "outside [0, 1]"),
        ("inconsistent", "inconsistent"),
        ("bad-utf8", "the grader failed"),
        // LLVM may turn the endless recursion into a loop: either way the grader failed.
        ("recurse", "the grader failed"),
        ("flood", "output"),
    ];
    for (mode, reason) in cases {
        let task = task_with_grader(dir.path(), mode, small);
        let out = gradebox().args(["check", "--json"]).arg(&task).arg(&candidate).output().unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{mode}: {}", text(&out.stderr)));
        let t = &v["tests"][0];
        assert_eq!(t["verdict"], "grader_error", "{mode}: {v:#}");
        assert_eq!(v["verdict"], "grader_error", "{mode}");
        assert!(
            t["feedback"].as_str().unwrap().contains(reason),
            "{mode}: feedback should say {reason:?}: {}",
            t["feedback"]
        );
    }
    // The same grader behaving well passes the same answer.
    let task = task_with_grader(dir.path(), "behave", "");
    let out = gradebox().args(["check", "--json"]).arg(&task).arg(&candidate).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "pass", "{v:#}");
    let sha = v["provenance"]["grader_sha256"].as_str().unwrap();
    let bytes = std::fs::read(grader_dir("hostile").join("hostile_grader.wasm")).unwrap();
    assert_eq!(sha, gradebox::sandbox::sha256_hex(&bytes), "provenance names the grader's SHA-256");
}

#[test]
fn a_scaffolded_grader_builds_and_passes_its_own_cases() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let out = gradebox().args(["grader", "new", "my-grader", "--dir"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let project = dir.path().join("my-grader");
    let test = gradebox()
        .args(["grader", "test"])
        .arg(&project)
        .arg("--cases")
        .arg(project.join("cases.toml"))
        .output()
        .unwrap();
    assert_eq!(test.status.code(), Some(0), "{}{}", text(&test.stdout), text(&test.stderr));
    assert!(project.join("my_grader.wasm").exists());
    let again = gradebox().args(["grader", "new", "my-grader", "--dir"]).arg(dir.path()).output().unwrap();
    assert_eq!(again.status.code(), Some(2), "refuses to overwrite");
}

fn testlib_task(dir: &Path, name: &str, module: &Path, expected: &str) -> std::path::PathBuf {
    let task = dir.join(name);
    std::fs::create_dir_all(&task).unwrap();
    std::fs::write(
        task.join("task.toml"),
        format!(
            "id = {name:?}\nprompt = \"p\"\n[checker]\nkind = \"testlib\"\nmodule = {:?}\nlimits = {{ fuel = 50_000_000 }}\n\
             [[tests]]\nname = \"t\"\nstdin = \"in\\n\"\nexpected = {expected:?}\n",
            module.display().to_string()
        ),
    )
    .unwrap();
    task
}

/// A real C checker compiled to wasm32-wasi, its exit statuses mapped as testlib's.
#[test]
fn testlib_checker_exit_codes_map_as_testlib_does() {
    ensure_runtimes();
    ensure_graders();
    let dir = tempfile::tempdir().unwrap();
    let checker = grader_dir("testlib-c").join("lines_checker.wasm");
    let task = testlib_task(dir.path(), "two-lines", &checker, "1\n2\n");
    let cases = [
        ("print('1\\n2')", "pass", "ok, 2 lines"),
        ("print('9\\n9')", "wrong_answer", "wrong answer: line 1: expected '1', found '9'"),
        ("print(' 1\\n2 ')", "wrong_answer", "presentation error"),
        ("print('1\\n9')", "partial", "0.5 points"),
        ("print('1\\n2\\n3')", "wrong_answer", "extra output"),
    ];
    for (i, (code, verdict, feedback)) in cases.iter().enumerate() {
        let answer = dir.path().join(format!("answer{i}.py"));
        std::fs::write(&answer, code).unwrap();
        let out = gradebox().args(["check", "--json"]).arg(&task).arg(&answer).output().unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{code}: {}", text(&out.stderr)));
        let t = &v["tests"][0];
        assert_eq!(t["verdict"], *verdict, "{code}: {v:#}");
        assert!(t["feedback"].as_str().unwrap().contains(feedback), "{code}: {}", t["feedback"]);
        assert_eq!(v["provenance"]["grader_sha256"], gradebox::sandbox::sha256_hex(&std::fs::read(&checker).unwrap()));
    }
    let partial: Value = {
        let answer = dir.path().join("answer3.py");
        serde_json::from_slice(&gradebox().args(["check", "--json"]).arg(&task).arg(&answer).output().unwrap().stdout)
            .unwrap()
    };
    assert_eq!(partial["score"], 0.5);

    // FAIL (an answer file the checker rejects) and a checker that loops are the
    // checker's fault.
    let answer = dir.path().join("fine.py");
    std::fs::write(&answer, "print(1)").unwrap();
    let empty = testlib_task(dir.path(), "empty-answer", &checker, "");
    let v: Value =
        serde_json::from_slice(&gradebox().args(["check", "--json"]).arg(&empty).arg(&answer).output().unwrap().stdout)
            .unwrap();
    assert_eq!(v["verdict"], "grader_error", "{v:#}");
    assert!(v["tests"][0]["feedback"].as_str().unwrap().contains("FAIL"), "{v:#}");

    let looping = dir.path().join("loop.c");
    std::fs::write(&looping, "int main(void) { volatile int x = 0; for (;;) x++; }\n").unwrap();
    let looping_wasm = dir.path().join("loop.wasm");
    let cc = std::process::Command::new("clang-14")
        .args(["--target=wasm32-wasi", "--sysroot=/usr", "-O1", "-fuse-ld=lld", "-o"])
        .arg(&looping_wasm)
        .arg(&looping)
        .output()
        .expect("clang-14 (installed by scripts/prerequisites)");
    assert!(cc.status.success(), "{}", text(&cc.stderr));
    let task = testlib_task(dir.path(), "looping-checker", &looping_wasm, "1\n");
    let v: Value =
        serde_json::from_slice(&gradebox().args(["check", "--json"]).arg(&task).arg(&answer).output().unwrap().stdout)
            .unwrap();
    assert_eq!(v["verdict"], "grader_error", "{v:#}");
    assert!(v["tests"][0]["feedback"].as_str().unwrap().contains("fuel"), "{v:#}");
}
