//! Hostile data, not only hostile code: task folders that name host files, test data
//! that looks like paths, output that would crash or flood the host, terminal escapes,
//! a hostile batch that would fill the compiled-code cache. Each was a finding of a
//! hostile-data review; each must end in a clear refusal or a verdict, never a crash.

use super::common::*;
use serde_json::Value;
use std::path::Path;

fn validate(task: &Path) -> (Option<i32>, String) {
    let out = gradebox().args(["task", "validate"]).arg(task).output().unwrap();
    (out.status.code(), text(&out.stdout) + &text(&out.stderr))
}

#[test]
fn a_task_cannot_read_host_files() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("passwd-link")).unwrap();
    let cases = [
        ("absolute", "stdin_file = \"/etc/passwd\"\nexpected = \"x\"", "outside the task folder"),
        ("climbs", "stdin = \"\"\nexpected_file = \"../../../etc/hostname\"", "outside the task folder"),
        ("link", "stdin_file = \"../passwd-link\"\nexpected = \"x\"", "outside the task folder"),
    ];
    for (name, test, why) in cases {
        let task = dir.path().join(name);
        write_task(&task, &format!("id = \"t\"\nprompt = \"p\"\n[[tests]]\nname = \"a\"\n{test}\n"), &[]);
        let (code, all) = validate(&task);
        assert_eq!(code, Some(1), "{name}: {all}");
        assert!(all.contains(why), "{name}: {all}");
        assert!(!all.contains("root:"), "{name}: host data leaked: {all}");
    }
    // A link inside the folder pointing out of it is refused too, and so is a prompt.
    let task = dir.path().join("inner-link");
    write_task(
        &task,
        "id = \"t\"\nprompt_file = \"p.md\"\n[[tests]]\nname = \"a\"\nstdin = \"\"\nexpected = \"1\"\n",
        &[],
    );
    std::os::unix::fs::symlink("/etc/passwd", task.join("p.md")).unwrap();
    let (code, all) = validate(&task);
    assert_eq!(code, Some(1), "{all}");
    assert!(all.contains("prompt_file") && all.contains("outside the task folder"), "{all}");
}

#[test]
fn values_inside_test_data_are_never_opened() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let task = dir.path().join("args-look-like-paths");
    // This made import and validate read /dev/zero until memory ran out.
    write_task(
        &task,
        "id = \"t\"\nprompt = \"p\"\nmode = \"function\"\nentry_point = \"f\"\nreference = [\"r.py\"]\n\
         [[tests]]\nname = \"a\"\nargs = [{config_file = \"/dev/zero\", other_file = \"/dev/stdin\"}]\nexpected = 1\n",
        &[("r.py", "def f(d):\n    return 1\n")],
    );
    let (code, all) = validate(&task);
    assert_eq!(code, Some(0), "{all}");
}

#[test]
fn outputs_that_used_to_crash_or_flood_the_batch_are_verdicts() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let tasks = dir.path().join("tasks");
    write_task(
        &tasks.join("pi"),
        "id = \"pi\"\nprompt = \"p\"\nlanguages = [\"python\", \"javascript\"]\n[checker]\nkind = \"exact\"\n\
         [[tests]]\nname = \"a\"\nstdin = \"\"\nexpected = \"π\\n\"\n",
        &[],
    );
    let lines = [
        // The exact checker sliced inside a character: π and ϐ share their first byte.
        serde_json::json!({"task": "pi", "response": "phi", "language": "python", "code": "print('ϐ', end='')"}),
        // The ESM rewriter sliced inside `é`.
        serde_json::json!({"task": "pi", "response": "esm", "language": "javascript", "code": "export {é"}),
        // Ten megabytes of exception message.
        serde_json::json!({"task": "pi", "response": "huge", "language": "python", "code": "raise ValueError('A' * 10**7)"}),
        // Terminal escapes in the output.
        serde_json::json!({"task": "pi", "response": "esc", "language": "python", "code": "print('\\x1b]0;owned\\x07\\x1b[2J')"}),
        serde_json::json!({"task": "pi", "response": "ok", "language": "python", "code": "print('π')"}),
    ];
    let responses = dir.path().join("responses.jsonl");
    let text_lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    std::fs::write(&responses, text_lines.join("\n") + "\n").unwrap();
    let out = grade_batch(dir.path(), &tasks, &responses);
    let results = results(&out);
    let by =
        |name: &str| results.iter().find(|r| r["response"] == name).unwrap_or_else(|| panic!("{name}: {results:?}"));
    assert_eq!(by("phi")["verdict"], "wrong_answer");
    assert!(by("phi")["tests"][0]["feedback"].as_str().unwrap().contains("expected \"π\\n\", got \"ϐ\""));
    // A verdict on the candidate, not gradebox's fault (it used to panic the batch).
    assert!(matches!(by("esm")["verdict"].as_str(), Some("compile_error" | "wrong_answer")), "{}", by("esm"));
    assert_eq!(by("ok")["verdict"], "pass");
    let huge = by("huge")["tests"][0]["feedback"].as_str().unwrap().len();
    assert!(huge <= 4200, "feedback is bounded: {huge} bytes");
    assert!(std::fs::metadata(&out).unwrap().len() < 64 << 10, "the results file stays small");
    // The table shows the escape, never obeys it.
    let check = dir.path().join("esc.py");
    std::fs::write(&check, "print('\\x1b]0;owned\\x07\\x1b[2J')").unwrap();
    let o = gradebox().args(["check"]).arg(tasks.join("pi")).arg(&check).output().unwrap();
    let shown = text(&o.stdout);
    assert!(!shown.contains('\u{1b}'), "a raw ESC reached the terminal: {shown:?}");
    assert!(shown.contains("\\u{1b}"), "{shown}");
}

#[test]
fn a_hostile_batch_of_wasm_variants_does_not_grow_the_cache() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let tasks = dir.path().join("tasks");
    write_task(
        &tasks.join("w"),
        "id = \"w\"\nprompt = \"p\"\n[[tests]]\nname = \"a\"\nstdin = \"\"\nexpected = \"\"\n",
        &[],
    );
    // Each module is distinct and carries a dense 16 MB data image.
    let lines: Vec<String> = (0..20)
        .map(|i| {
            let wat = format!(
                "(module (memory (export \"memory\") 300) (data (i32.const 0) \"{i}\") (data (i32.const 16777000) \"x\") (func (export \"_start\")))"
            );
            serde_json::json!({"task": "w", "response": format!("v{i}"), "language": "wasm", "code": wat}).to_string()
        })
        .collect();
    let responses = dir.path().join("responses.jsonl");
    std::fs::write(&responses, lines.join("\n") + "\n").unwrap();
    let size = |p: &Path| -> u64 { walk(p).iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum() };
    // The runtimes live in their own home for this test; only the compiled cache is new.
    let shared = Path::new(&std::env::var("HOME").unwrap()).join(".cache/gradebox");
    let base = std::env::var("GRADEBOX_HOME").map(std::path::PathBuf::from).unwrap_or(shared);
    std::fs::create_dir_all(&home).unwrap();
    std::os::unix::fs::symlink(base.join("runtimes"), home.join("runtimes")).unwrap();
    let out = dir.path().join("out.jsonl");
    let o = gradebox()
        .env("GRADEBOX_HOME", &home)
        .args(["run", "--tasks"])
        .arg(&tasks)
        .arg("--responses")
        .arg(&responses)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let verdicts: Vec<Value> = results(&out).into_iter().map(|r| r["verdict"].clone()).collect();
    assert_eq!(verdicts.len(), 20);
    let grown = size(&home.join("compiled"));
    assert!(grown < 1 << 20, "candidate modules were cached: {grown} bytes");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok())
        .flat_map(|e| if e.path().is_dir() { walk(&e.path()) } else { vec![e.path()] })
        .collect()
}

#[test]
fn source_too_big_to_parse_is_the_candidates_compile_error() {
    // Three megabytes of one expression: parsing alone runs out of its budget.
    let code = format!("print({})", vec!["1"; 1_500_000].join("+"));
    let (_dir, r) =
        grade_one_line(serde_json::json!({"task": "t", "response": "big", "language": "python", "code": code}));
    assert_eq!(r["verdict"], "compile_error", "{r}");
    assert!(r.get("gradebox_fault").is_none(), "{r}");
}

#[test]
fn people_facing_statistics_are_bounded_and_say_so() {
    let (dir, one) =
        grade_one_line(serde_json::json!({"task": "t", "response": "r", "language": "python", "code": "print(1)"}));
    // 4,000 results of one task: all pairs would be 8 million.
    let many: Vec<String> = (0..4000)
        .map(|i| {
            let mut r = one.clone();
            r["response"] = format!("r{i}").into();
            r.to_string()
        })
        .collect();
    let big = dir.path().join("big.jsonl");
    std::fs::write(&big, many.join("\n") + "\n").unwrap();
    let queue = dir.path().join("queue.jsonl");
    let o = gradebox().args(["screen", "--results"]).arg(&big).arg("--out").arg(&queue).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("3936 responses were not paired"), "{}", text(&o.stdout));
    assert!(std::fs::metadata(&queue).unwrap().len() < 4 << 20, "the queue stays small");
    // One ranking of 2,000 responses.
    let ranking: Vec<String> = (0..2000).map(|i| format!("r{i}")).collect();
    let human = dir.path().join("human.jsonl");
    std::fs::write(&human, serde_json::json!({"task": "t", "ranking": ranking, "annotator": "a"}).to_string() + "\n")
        .unwrap();
    let o = gradebox().args(["agree", "--results"]).arg(&big).arg("--human").arg(&human).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("only their first 64 vote on pairs"), "{}", text(&o.stderr));
}

/// Grades one responses line against a one-test task (`print(1)` passes); the folder
/// stays while the caller holds it.
fn grade_one_line(line: Value) -> (tempfile::TempDir, Value) {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let tasks = dir.path().join("tasks");
    write_task(
        &tasks.join("t"),
        "id = \"t\"\nprompt = \"p\"\n[[tests]]\nname = \"a\"\nstdin = \"\"\nexpected = \"1\\n\"\n",
        &[],
    );
    let responses = dir.path().join("r.jsonl");
    std::fs::write(&responses, format!("{line}\n")).unwrap();
    let result = results(&grade_batch(dir.path(), &tasks, &responses)).remove(0);
    (dir, result)
}
