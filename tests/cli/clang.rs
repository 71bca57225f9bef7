//! C, C++ and TypeScript answers end to end: every program in tests/programs/c and
//! tests/programs/cpp is run by gradebox (compiled inside the sandbox) and by the
//! host's own gcc/g++ build of the same file, on the same input, and must print the
//! same and end the same way; hostile ones end exactly as expected; TypeScript
//! programs print what their JavaScript twins print under the real `node`.
//!
//! Needs g++, gcc and node on the host (scripts/prerequisites installs them).

use super::common::{ensure_runtimes, exec_json, gradebox, program};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(program(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    found.sort();
    found
}

/// How a native run ended, in gradebox's words: "exited N" or "crashed".
fn native(source: &Path, input: &Path) -> (Vec<u8>, String) {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("a.out");
    let cpp = source.extension().is_some_and(|x| x == "cpp");
    let (cc, std) = if cpp { ("g++", "-std=c++17") } else { ("gcc", "-std=c17") };
    let built = Command::new(cc).args(["-O2", std, "-o"]).arg(&exe).arg(source).arg("-lm").output().unwrap();
    assert!(built.status.success(), "{cc} {}: {}", source.display(), String::from_utf8_lossy(&built.stderr));
    // A judge's stack: as large as the program needs (Codeforces gives 256 MB).
    let run = Command::new("sh")
        .arg("-c")
        .arg("ulimit -s unlimited 2>/dev/null || ulimit -s 1048576; exec \"$0\"")
        .arg(&exe)
        .stdin(std::fs::File::open(input).unwrap())
        .stderr(Stdio::null())
        .output()
        .unwrap();
    let end = match run.status.code() {
        Some(code) => format!("exited {code}"),
        None => "crashed".to_string(),
    };
    (run.stdout, end)
}

fn gradebox_end(v: &Value) -> String {
    match v["outcome"].as_str().unwrap() {
        "exited" => format!("exited {}", v["exit_code"]),
        "trapped" | "stack_overflow" => "crashed".to_string(),
        other => other.to_string(),
    }
}

#[test]
fn c_and_cpp_programs_match_native_gcc() {
    ensure_runtimes();
    let mut sources = files("cpp", "cpp");
    sources.extend(files("c", "c"));
    assert!(sources.len() >= 30, "only {} programs", sources.len());
    let mut mismatches = Vec::new();
    for source in &sources {
        let input = source.with_extension("in");
        let (want_out, want_end) = native(source, &input);
        let got = exec_json(source, &["--stdin", input.to_str().unwrap()], None);
        let got_out = got["stdout"].as_str().unwrap_or_default();
        let got_end = gradebox_end(&got);
        if got_out.as_bytes() != want_out || got_end != want_end {
            mismatches.push(format!(
                "{}: gradebox {got_end} {got_out:?} (stderr {:?}, trap {:?}); native {want_end} {:?}",
                source.display(),
                got["stderr"],
                got["trap"],
                String::from_utf8_lossy(&want_out)
            ));
        }
    }
    assert!(mismatches.is_empty(), "{} of {} differ:\n{}", mismatches.len(), sources.len(), mismatches.join("\n"));
}

#[test]
fn failures_say_what_went_wrong() {
    let at = exec_json(
        &program("cpp/vector_at_oob.cpp"),
        &["--stdin", program("cpp/vector_at_oob.in").to_str().unwrap()],
        None,
    );
    assert_eq!(at["outcome"], "trapped", "{at}");
    assert!(at["stderr"].as_str().unwrap().contains("out_of_range"), "{at}");
    let assert =
        exec_json(&program("cpp/assert_fail.cpp"), &["--stdin", program("cpp/assert_fail.in").to_str().unwrap()], None);
    assert!(assert["stderr"].as_str().unwrap().contains("n must be even"), "{assert}");
    let typo = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-tasks/sum-of-squares/wrong/no_semicolon.cpp");
    let diag = exec_json(&typo, &[], None);
    assert_eq!(diag["outcome"], "compile_error", "{diag}");
    let text = diag["diagnostics"].as_str().unwrap();
    assert!(text.contains("no_semicolon.cpp:6:13: error: expected ';'"), "the candidate's file name and line: {text}");
    assert!(!text.contains("/tmp") && !text.contains("gradebox-cc"), "no host paths: {text}");
}

fn hostile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/adversarial/cpp").join(name)
}

/// Grades one hostile file against the `cpp-hostile` task (small compile limits), with
/// `tmp` as the host's temporary folder.
fn graded(name: &str, tmp: &Path) -> Value {
    ensure_runtimes();
    let task = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/adversarial/tasks/cpp-hostile");
    let out = gradebox().env("TMPDIR", tmp).arg("check").arg("--json").arg(&task).arg(hostile(name)).output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{name}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn hostile_c_and_cpp_end_exactly_as_expected() {
    let cases: &[(&str, &str, &str)] = &[
        ("include_passwd.cpp", "compile_error", "file not found"),
        ("include_escape.cpp", "compile_error", "cannot open file"),
        ("huge_static.cpp", "compile_error", "the compile reached its memory limit of 768 MiB"),
        ("big_static.cpp", "compile_error", "the compile wrote more than its disk limit of 64 MiB"),
        ("template_recursion.cpp", "compile_error", "maximum depth"),
        ("preprocessor_bomb.cpp", "compile_error", "the compile "),
        ("system_call.cpp", "compile_error", "undefined symbol: system"),
        ("fork_call.c", "compile_error", "fork"),
        ("endless_loop.cpp", "time_limit", ""),
        ("stack_overflow.cpp", "runtime_error", ""),
        ("memory_bomb.cpp", "memory_limit", ""),
        ("file_probe.c", "wrong_answer", ""),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (name, verdict, says) in cases {
        let r = graded(name, tmp.path());
        assert_eq!(r["verdict"], *verdict, "{name}: {r}");
        let evidence = format!("{} {}", r["compile_error"], r["tests"]);
        assert!(evidence.contains(says), "{name} should say {says:?}: {evidence}");
        assert!(!evidence.contains("LEAK"), "{name} reached the host: {evidence}");
    }
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "builds left files behind: {left:?}");
}

/// By default a compile is held to CPU time; a task that sets `[compile] fuel` has it
/// counted in fuel as well (the toolchain compiled for a counting engine on first use):
/// a compile bomb then ends at exactly that fuel, and an honest answer still builds.
#[test]
fn a_task_can_count_its_compile_in_fuel() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let hostile_task = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/adversarial/tasks/cpp-hostile");
    let toml = std::fs::read_to_string(hostile_task.join("task.toml")).unwrap();
    let counted = toml.replace("[compile]\n", "[compile]\nfuel = 3_000_000_000\n");
    assert_ne!(counted, toml, "the hostile task has a [compile] table");
    std::fs::write(dir.path().join("task.toml"), counted).unwrap();
    std::fs::copy(hostile_task.join("reference.cpp"), dir.path().join("reference.cpp")).unwrap();
    let out = gradebox()
        .arg("check")
        .arg("--json")
        .arg(dir.path())
        .arg(hostile("preprocessor_bomb.cpp"))
        .arg(dir.path().join("reference.cpp"))
        .output()
        .unwrap();
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(lines[0]["verdict"], "compile_error", "{}", lines[0]);
    let why = lines[0]["compile_error"].as_str().unwrap();
    assert!(why.starts_with("the compile used up its fuel (3000000000 units)"), "{why}");
    assert_eq!(lines[1]["verdict"], "pass", "{}", lines[1]);
}

#[test]
fn typescript_prints_what_its_javascript_prints_under_node() {
    let programs = files("typescript", "ts");
    assert!(programs.len() >= 10, "only {} TypeScript programs", programs.len());
    for ts in programs {
        let module = ts.with_extension("mjs");
        let js = if module.exists() { module } else { ts.with_extension("js") };
        let input = ts.with_extension("in");
        let stdin = std::fs::read(&input).unwrap_or_default();
        let node = Command::new("node")
            .arg(&js)
            .stdin(std::fs::File::open(&input).unwrap_or_else(|_| std::fs::File::open("/dev/null").unwrap()))
            .output()
            .unwrap();
        let got = exec_json(&ts, &[], Some(&stdin));
        assert_eq!(got["outcome"], "exited", "{}: {got}", ts.display());
        assert_eq!(got["exit_code"].as_i64(), node.status.code().map(i64::from), "{}", ts.display());
        assert_eq!(got["stdout"].as_str().unwrap(), String::from_utf8_lossy(&node.stdout), "{}", ts.display());
    }
}

#[test]
fn a_typescript_syntax_error_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.ts");
    std::fs::write(&file, "const a: number = 1;\nfunction f(x: number {\n  return x;\n}\n").unwrap();
    let got = exec_json(&file, &[], None);
    assert_eq!(got["outcome"], "compile_error", "{got}");
    assert!(got["diagnostics"].as_str().unwrap().starts_with("broken.ts:2:"), "{got}");
}

#[test]
fn check_compares_cpp_c_python_and_typescript_answers_to_one_task() {
    ensure_runtimes();
    let task = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-tasks/sum-of-squares");
    let answers = ["reference.cpp", "reference.c", "reference.py", "reference.ts"];
    let out =
        gradebox().arg("check").arg("--json").arg(&task).args(answers.iter().map(|a| task.join(a))).output().unwrap();
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "{}", String::from_utf8_lossy(&out.stderr));
    let languages: Vec<&str> = lines.iter().map(|l| l["language"].as_str().unwrap()).collect();
    assert_eq!(languages, ["cpp", "c", "python", "typescript"]);
    for line in &lines {
        assert_eq!(line["verdict"], "pass", "{line}");
    }
    let runtime = &lines[0]["provenance"]["runtime"];
    assert_eq!(runtime["name"], "cpp");
    assert!(runtime["version"].as_str().unwrap().contains("-std=c++17"), "{runtime}");
    assert_eq!(runtime["sha256"].as_str().unwrap().len(), 64);
}
