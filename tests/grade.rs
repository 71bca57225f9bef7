//! Grading end to end: tasks, checkers, function mode against gaming, `check`, `run`
//! (with resume) and `task validate`, all through the real binary on real files.

mod common;

use common::{ensure_graders, ensure_runtimes, gradebox};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-tasks")
}

fn run(args: &[&str]) -> Output {
    ensure_runtimes();
    ensure_graders();
    gradebox().args(args).output().expect("running gradebox")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn results(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn write_task(dir: &Path, toml: &str, files: &[(&str, &str)]) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("task.toml"), toml).unwrap();
    for (name, body) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    }
}

#[test]
fn every_sample_task_validates() {
    let mut args = vec!["task".to_string(), "validate".to_string()];
    let mut dirs: Vec<_> =
        std::fs::read_dir(samples()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 10, "at least 10 sample tasks");
    args.extend(dirs.iter().map(|d| d.display().to_string()));
    let out = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert_eq!(stdout.matches('✓').count(), dirs.len(), "{stdout}");
    assert!(!stdout.contains("problem:"), "{stdout}");
}

#[test]
fn validate_reports_a_wrong_solution_that_passes_and_a_failing_reference() {
    let dir = tempfile::tempdir().unwrap();
    let task = dir.path().join("double");
    write_task(
        &task,
        "id = \"double\"\nprompt = \"print 2n\"\nreference = [\"ref.py\", \"bad_ref.py\"]\nwrong = [\"sneaky.py\"]\n\
         [[tests]]\nname = \"t1\"\nstdin = \"2\\n\"\nexpected = \"4\\n\"\n",
        &[
            ("ref.py", "print(2 * int(input()))\n"),
            ("bad_ref.py", "print(int(input()) + 3)\n"),
            ("sneaky.py", "print(int(input()) ** 2)\n"),
        ],
    );
    let out = run(&["task", "validate", task.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("reference bad_ref.py fails t1: wrong_answer"), "{stdout}");
    assert!(stdout.contains("wrong solution sneaky.py passes every test"), "{stdout}");
}

#[test]
fn malformed_tasks_name_the_file_the_line_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "typo",
            "id = \"t\"\nprompt = \"p\"\n[[tests]]\nname = \"a\"\nstdin = \"\"\nexpcted = \"1\"\n",
            &["line 6", "unknown field `expcted`", "docs/tasks.md"],
        ),
        (
            "bad-mode",
            "id = \"t\"\nprompt = \"p\"\nmode = \"batch\"\n[[tests]]\nname = \"a\"\nexpected = \"1\"\n",
            &["task.toml:3: `mode`", "\"stdio\", \"function\" or \"script\""],
        ),
        (
            "no-entry",
            "id = \"t\"\nprompt = \"p\"\nmode = \"function\"\n[[tests]]\nname = \"a\"\nargs = []\nexpected = 1\n",
            &["`entry_point`", "function mode needs"],
        ),
        (
            "missing-file",
            "id = \"t\"\nprompt = \"p\"\n[[tests]]\nname = \"a\"\nstdin_file = \"nope.in\"\nexpected = \"1\"\n",
            &["task.toml:5", "stdin_file", "cannot read nope.in"],
        ),
        (
            "dup-names",
            "id = \"t\"\nprompt = \"p\"\n[[tests]]\nname = \"a\"\nexpected = \"1\"\n[[tests]]\nname = \"a\"\nexpected = \"2\"\n",
            &["task.toml:7", "used by an earlier test"],
        ),
        (
            "bad-id",
            "id = \"no spaces\"\nprompt = \"p\"\n[[tests]]\nname = \"a\"\nexpected = \"1\"\n",
            &["task.toml:1: `id`", "letters, digits"],
        ),
        (
            "checker-key",
            "id = \"t\"\nprompt = \"p\"\n[checker]\nkind = \"tokens\"\nabs = 0.1\n[[tests]]\nname = \"a\"\nexpected = \"1\"\n",
            &["`checker.abs`", "takes no `abs`"],
        ),
        ("not-toml", "id = \"t\nprompt = 3", &["task.toml: line 1"]),
    ];
    for (name, toml, wanted) in cases {
        let task = dir.path().join(name);
        write_task(&task, toml, &[]);
        let out = run(&["task", "validate", task.to_str().unwrap()]);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {all}");
        for w in *wanted {
            assert!(all.contains(w), "{name}: wanted {w:?} in:\n{all}");
        }
    }
}

#[test]
fn check_compares_responses_side_by_side() {
    let task = samples().join("two-sum");
    let out = run(&[
        "check",
        task.to_str().unwrap(),
        task.join("reference.py").to_str().unwrap(),
        task.join("wrong/same_index.py").to_str().unwrap(),
        task.join("wrong/values_not_indices.js").to_str().unwrap(),
    ]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "not every response passes: {stdout}");
    assert!(stdout.contains("double-trap"), "one row per test: {stdout}");
    assert!(!stdout.contains("\u{1b}["), "no colours when piped");
    let sentence = stdout.lines().last().unwrap();
    assert!(
        sentence.starts_with(
            "reference.py passes 5/5; same_index.py fails 1: wrong_answer on double-trap (at $[0]: expected 1, got 0)"
        ),
        "{sentence}"
    );

    let json = run(&["check", "--json", task.to_str().unwrap(), task.join("reference.js").to_str().unwrap()]);
    assert_eq!(json.status.code(), Some(0));
    let line: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(line["verdict"], "pass");
    assert_eq!(line["schema"], "gradebox.result/1");
    assert_eq!(line["passed"], 5);
    assert_eq!(line["provenance"]["runtime"]["name"], "javascript");
    assert_eq!(line["provenance"]["task_sha256"].as_str().unwrap().len(), 64);
}

/// A function-mode task given answers that try to game the check, in both languages.
#[test]
fn function_mode_cannot_be_gamed() {
    let dir = tempfile::tempdir().unwrap();
    let task = dir.path().join("add");
    write_task(
        &task,
        "id = \"add\"\nprompt = \"add(a, b)\"\nmode = \"function\"\nentry_point = \"add\"\n\
         [[tests]]\nname = \"t1\"\nargs = [2, 3]\nexpected = 5\n[[tests]]\nname = \"t2\"\nargs = [10, -4]\nexpected = 6\n",
        &[],
    );
    let answers: &[(&str, &str, &str, &str)] = &[
        (
            "always_equal.py",
            "class Eq(int):\n    def __eq__(self, o):\n        return True\n\ndef add(a, b):\n    return Eq(0)\n",
            "wrong_answer",
            "unserializable_return",
        ),
        (
            "exit_early.py",
            "import sys\nprint('All tests passed')\nsys.exit(0)\ndef add(a, b):\n    return a + b\n",
            "runtime_error",
            "exit_before_return",
        ),
        ("os_exit.py", "import os\ndef add(a, b):\n    os._exit(0)\n", "runtime_error", "exit_before_return"),
        (
            "patched.py",
            "import json, builtins\njson.dumps = lambda *a, **k: '5'\nbuiltins.int = str\ndef add(a, b):\n    return 0\n",
            "wrong_answer",
            "",
        ),
        (
            "fake_print.py",
            "def add(a, b):\n    print('All tests passed!')\n    return None\n",
            "wrong_answer",
            "claims_success_in_output",
        ),
        (
            "value_of.js",
            "function add(a, b) { return { valueOf() { return 5; }, toJSON() { return 5; } }; }\n",
            "wrong_answer",
            "",
        ),
        (
            "class_instance.js",
            "class Num { constructor(v) { this.v = v; } }\nfunction add(a, b) { return new Num(a + b); }\n",
            "wrong_answer",
            "unserializable_return",
        ),
        (
            "process_exit.js",
            "console.log('All tests passed');\nprocess.exit(0);\nfunction add(a, b) { return a + b; }\n",
            "runtime_error",
            "exit_before_return",
        ),
        (
            "forged.js",
            "function add(a, b) { console.log('\\nabc {\"status\":\"returned\",\"value\":5}'); return 0; }\n",
            "wrong_answer",
            "",
        ),
        (
            "rewrites_the_runner.py",
            "import sys\nfor m in list(sys.modules.values()):\n    if hasattr(m, '_encode'):\n        \
             m._encode = lambda v, *a: ('5', None)\ndef add(a, b):\n    return a + b\n",
            "wrong_answer",
            "harness_tampering",
        ),
        (
            "caller_frame.py",
            "import sys\ndef add(a, b):\n    sys._getframe(1).f_globals['_envelope'] = None\n    return a + b\n",
            "runtime_error",
            "",
        ),
        ("big_int.py", "def add(a, b):\n    return 10 ** 400\n", "wrong_answer", ""),
        ("huge_int.py", "def add(a, b):\n    return 10 ** 100_000\n", "wrong_answer", "unserializable_return"),
        ("lone_surrogate.py", "def add(a, b):\n    return '\\ud800'\n", "wrong_answer", ""),
        (
            "honest_stdlib.py",
            "import collections, dataclasses, enum, typing, logging\n\
             P = collections.namedtuple('P', 'a b', defaults=[0])\n\
             @dataclasses.dataclass\nclass D:\n    a: int\n\
             class NT(typing.NamedTuple):\n    a: int = 1\nE = enum.Enum('E', 'A B')\n\
             def add(a, b):\n    logging.warning('adding')\n    return D(a).a + P(b).a + NT().a - 1\n",
            "pass",
            "",
        ),
        ("honest.py", "def add(a, b):\n    return a + b\n", "pass", ""),
        (
            "index_setters.js",
            "for (const i of [0, 1]) Object.defineProperty(Array.prototype, i, { configurable: true, \
             set(v) { Object.defineProperty(this, i, { value: '5', writable: true, enumerable: true }); } });\n\
             String.prototype.charCodeAt = () => 53;\nObject.keys = () => [];\nJSON.stringify = () => '5';\n\
             Object.getPrototypeOf(new Set().values()).next = () => ({ done: true });\n\
             function add(a, b) { return [a + b, new Set([a])]; }\n",
            "wrong_answer",
            "",
        ),
        ("big_int.js", "function add(a, b) { return 10n ** 400n; }\n", "wrong_answer", ""),
        ("lone_surrogate.js", "function add(a, b) { return '\\ud800'; }\n", "wrong_answer", ""),
        ("honest.mjs", "export function add(a, b) {\n  return a + b;\n}\n", "pass", ""),
        ("async.js", "async function add(a, b) { await null; return a + b; }\n", "pass", ""),
    ];
    for (file, code, verdict, flag) in answers {
        let path = dir.path().join(file);
        std::fs::write(&path, code).unwrap();
        let out = run(&["check", "--json", task.to_str().unwrap(), path.to_str().unwrap()]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{file}: {}", text(&out.stderr)));
        assert_eq!(v["verdict"], *verdict, "{file}: {v:#}");
        let kinds: Vec<&str> = v["flags"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
        if *verdict != "pass" {
            assert_eq!(v["passed"], 0, "{file}: {v:#}");
        }
        if *flag != "harness_tampering" {
            assert!(!kinds.contains(&"harness_tampering"), "{file}: an honest failure is not tampering: {v:#}");
        }
        if !flag.is_empty() {
            assert!(
                v["flags"].as_array().unwrap().iter().any(|f| f["kind"] == *flag),
                "{file}: wanted flag {flag}: {v:#}"
            );
        }
    }
}

/// A script-mode task given answers that change what its checks rely on.
#[test]
fn script_mode_checks_cannot_be_patched() {
    let dir = tempfile::tempdir().unwrap();
    let task = dir.path().join("inc");
    write_task(
        &task,
        "id = \"inc\"\nprompt = \"inc(x)\"\nmode = \"script\"\nentry_point = \"inc\"\n\
         [[tests]]\nname = \"close\"\nscript = \"assert abs(inc(2) - 3) < 1e-9\"\n\
         [[tests]]\nname = \"all\"\nscript = \"assert all(inc(x) == x + 1 for x in range(3))\"\n",
        &[],
    );
    let answers: &[(&str, &str, &str, &str)] = &[
        (
            "patched_abs.py",
            "import builtins\nbuiltins.abs = lambda x: 0\nbuiltins.all = lambda xs: True\ndef inc(x):\n    return 0\n",
            "wrong_answer",
            "harness_tampering",
        ),
        (
            "restores_it.py",
            "import builtins\nreal = builtins.all\nbuiltins.all = lambda xs: True\n\
             def inc(x):\n    builtins.all = real\n    return x + 1\n",
            "wrong_answer",
            "harness_tampering",
        ),
        (
            "counter_eq.py",
            "import collections\ncollections.Counter.__eq__ = lambda a, b: True\n\
             collections.Counter.__sub__ = lambda a, b: 0\ndef inc(x):\n    return collections.Counter()\n",
            "wrong_answer",
            "harness_tampering",
        ),
        (
            "honest.py",
            "import dataclasses\n@dataclasses.dataclass\nclass B:\n    v: int\ndef inc(x):\n    return B(x).v + 1\n",
            "pass",
            "",
        ),
    ];
    for (file, code, verdict, flag) in answers {
        let path = dir.path().join(file);
        std::fs::write(&path, code).unwrap();
        let out = run(&["check", "--json", task.to_str().unwrap(), path.to_str().unwrap()]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{file}: {}", text(&out.stderr)));
        assert_eq!(v["verdict"], *verdict, "{file}: {v:#}");
        let kinds: Vec<&str> = v["flags"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
        if flag.is_empty() {
            assert!(kinds.is_empty(), "{file}: {v:#}");
        } else {
            assert!(kinds.contains(flag), "{file}: wanted flag {flag}: {v:#}");
            assert_eq!(v["passed"], 0, "{file}: {v:#}");
        }
    }
}

#[test]
fn compile_errors_are_reported_once_per_response() {
    let task = samples().join("sum-of-squares");
    let dir = tempfile::tempdir().unwrap();
    for (file, code) in [("broken.py", "def f(:\n    pass\n"), ("broken.js", "function (\n")] {
        let path = dir.path().join(file);
        std::fs::write(&path, code).unwrap();
        let out = run(&["check", "--json", task.to_str().unwrap(), path.to_str().unwrap()]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["verdict"], "compile_error", "{file}: {v}");
        assert!(v["compile_error"].as_str().unwrap().contains("SyntaxError"), "{file}: {v}");
        assert_eq!(v["tests"].as_array().unwrap().len(), 0);
    }
}

fn batch_fixture(dir: &Path) -> (PathBuf, PathBuf) {
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
fn grade_batch(dir: &Path, tasks: &Path, responses: &Path) -> PathBuf {
    let out = dir.join("results.jsonl");
    let o = gradebox()
        .args([
            "run",
            "--tasks",
            tasks.to_str().unwrap(),
            "--responses",
            responses.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    out
}

#[test]
fn run_grades_a_batch_records_bad_lines_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    let out_path = dir.path().join("results.jsonl");
    let args = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = [
            "run",
            "--tasks",
            tasks.to_str().unwrap(),
            "--responses",
            responses.to_str().unwrap(),
            "--out",
            out_path.to_str().unwrap(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let first = gradebox().args(args(&["--jobs", "2"])).output().unwrap();
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let stderr = text(&first.stderr);
    assert!(stderr.contains("responses.jsonl:7: not a response line"), "{stderr}");
    assert!(stderr.contains("responses.jsonl:8: unknown task \"missing\""), "{stderr}");
    assert!(stderr.contains("responses.jsonl:9: task \"echo-sum\" does not allow wasm"), "{stderr}");
    assert!(stderr.contains("graded 6 responses"), "{stderr}");
    let lines = results(&out_path);
    assert_eq!(lines.len(), 9, "6 results and 3 recorded input errors");
    let graded: Vec<&Value> = lines.iter().filter(|l| l.get("verdict").is_some()).collect();
    for r in &graded {
        let want = if r["response"] == "r4" { "wrong_answer" } else { "pass" };
        assert_eq!(r["verdict"], want, "{r}");
    }
    let errors: Vec<i64> = lines.iter().filter_map(|l| l.get("error").and(l["line"].as_i64())).collect();
    assert_eq!(errors.len(), 3);

    // Without --resume an existing file is never overwritten.
    let refused = gradebox().args(args(&[])).output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("pass --resume"));

    // A kill mid-write leaves a torn last line: resume trims it and redoes that pair only.
    let mut content = std::fs::read_to_string(&out_path).unwrap();
    let r3 = lines.iter().position(|l| l["response"] == "r3").unwrap();
    let kept: Vec<&str> = content.lines().enumerate().filter(|(i, _)| *i != r3).map(|(_, l)| l).collect();
    let torn = &content.lines().nth(r3).unwrap()[..40];
    content = kept.join("\n") + "\n" + torn;
    std::fs::write(&out_path, &content).unwrap();
    let resumed = gradebox().args(args(&["--resume"])).output().unwrap();
    assert_eq!(resumed.status.code(), Some(0), "{}", text(&resumed.stderr));
    assert!(text(&resumed.stderr).contains("graded 1 responses"), "{}", text(&resumed.stderr));
    let after = results(&out_path);
    assert_eq!(after.len(), 9, "one complete line per pair, none duplicated");
    assert_eq!(after.iter().filter(|l| l["response"] == "r3").count(), 1);
}

#[test]
fn the_same_batch_gives_the_same_verdicts_and_fuel() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    let mut runs = Vec::new();
    for n in 0..2 {
        let out = dir.path().join(format!("r{n}.jsonl"));
        let o = gradebox()
            .args([
                "run",
                "--tasks",
                tasks.to_str().unwrap(),
                "--responses",
                responses.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--jobs",
                "2",
            ])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
        let mut lines: Vec<(String, String, Vec<u64>)> = results(&out)
            .into_iter()
            .filter(|l| l.get("verdict").is_some())
            .map(|l| {
                let fuel = l["tests"].as_array().unwrap().iter().map(|t| t["fuel"].as_u64().unwrap()).collect();
                (l["response"].to_string(), l["verdict"].to_string(), fuel)
            })
            .collect();
        lines.sort();
        runs.push(lines);
    }
    assert_eq!(runs[0], runs[1]);
}

#[test]
fn agree_compares_results_with_human_judgments() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    let out = grade_batch(dir.path(), &tasks, &responses);
    // r4 fails; every other response passes.
    let human = dir.path().join("human.jsonl");
    std::fs::write(
        &human,
        [
            r#"{"task": "echo-sum", "a": "r0", "b": "r4", "choice": "a", "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "a": "r4", "b": "r0", "choice": "b", "annotator": "ann2"}"#,
            r#"{"task": "echo-sum", "a": "r1", "b": "r4", "choice": "b", "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "ranking": ["r0", "r1"], "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "a": "r0", "b": "r1", "choice": "tie", "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "response": "r2", "rating": 5, "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "response": "r3", "rating": 3, "annotator": "ann1"}"#,
            r#"{"task": "echo-sum", "a": "r2", "b": "r3", "choice": "maybe", "annotator": "ann2"}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let disagreements = dir.path().join("d.jsonl");
    let o = gradebox()
        .args([
            "agree",
            "--json",
            "--results",
            out.to_str().unwrap(),
            "--human",
            human.to_str().unwrap(),
            "--disagreements",
        ])
        .arg(&disagreements)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("human.jsonl:8: `choice` is \"maybe\""),
        "bad lines are reported: {}",
        text(&o.stderr)
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    // Pairs: (r0,r4) both say r0; (r1,r4) people say r4, gradebox r1; (r0,r1) tie;
    // (r2,r3) ann1 rated r2 higher, gradebox ties them.
    assert_eq!(v["pairs"], 4, "{v:#}");
    assert_eq!(v["percent_agreement"], 0.5);
    assert_eq!(v["percent_agreement_no_ties"], 0.5);
    assert!((v["cohen_kappa"].as_f64().unwrap() - 0.2).abs() < 1e-9, "{v:#}");
    assert_eq!(v["per_annotator"]["ann2"]["agreement_with_gradebox"], 1.0);
    for key in ["fleiss_kappa", "krippendorff_alpha_humans", "krippendorff_alpha_with_gradebox", "confusion_matrix"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let kinds: Vec<String> = std::fs::read_to_string(&disagreements)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["kind"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["human_preferred_failing", "tests_do_not_separate"]);
}

#[test]
fn screen_triages_with_reasons_and_a_policy() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    // Add a response that does not compile and one that only crashes.
    let mut lines = std::fs::read_to_string(&responses).unwrap();
    lines.push_str(
        &serde_json::json!({"task": "echo-sum", "response": "broken", "language": "python", "code": "def (:"})
            .to_string(),
    );
    lines.push('\n');
    lines.push_str(&serde_json::json!({"task": "echo-sum", "response": "crash", "language": "python", "code": "raise SystemExit(4)"}).to_string());
    lines.push('\n');
    std::fs::write(&responses, lines).unwrap();
    let out = grade_batch(dir.path(), &tasks, &responses);
    let queue = dir.path().join("queue.jsonl");
    let o = gradebox()
        .args(["screen", "--json", "--results", out.to_str().unwrap(), "--out", queue.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let lines: Vec<Value> = text(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let summary = &lines.last().unwrap()["summary"];
    // 8 responses: r0-r5 (r4 wrong), broken, crash. 28 pairs; 2 rejected.
    assert_eq!(summary["responses"], 8, "{summary}");
    assert_eq!(summary["auto_reject"], 2);
    assert_eq!(summary["pairs"], 28);
    let rejects: Vec<&str> =
        lines.iter().filter(|l| l["decision"] == "auto_reject").map(|l| l["reason"].as_str().unwrap()).collect();
    assert!(rejects.contains(&"does not compile"), "{rejects:?}");
    assert!(rejects.iter().any(|r| r.starts_with("every test crashed")), "{rejects:?}");
    // Five passing responses: their 10 pairs need people; r4 scores 0 against 1.
    assert_eq!(summary["needs_review"], 10, "{summary}");
    assert_eq!(std::fs::read_to_string(&queue).unwrap().lines().count(), 10);

    // A policy that wants a gap larger than any can be sends r4's pairs to people too.
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, "min_score_gap = 1.5\n").unwrap();
    let o = gradebox()
        .args([
            "screen",
            "--json",
            "--results",
            out.to_str().unwrap(),
            "--out",
            queue.to_str().unwrap(),
            "--policy",
            policy.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let last: Value = serde_json::from_str(text(&o.stdout).lines().last().unwrap()).unwrap();
    assert_eq!(last["summary"]["needs_review"], 15, "{last}");
    std::fs::write(&policy, "min_scor_gap = 1\n").unwrap();
    let bad = gradebox()
        .args(["screen", "--results", out.to_str().unwrap(), "--policy", policy.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown field `min_scor_gap`"), "{}", text(&bad.stderr));
}

#[test]
fn preference_pairs_carry_the_decided_pairs_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    let out = grade_batch(dir.path(), &tasks, &responses);
    let prefs = |extra: &[&str]| -> Vec<Value> {
        let o = gradebox()
            .args([
                "export",
                "preferences",
                "--results",
                out.to_str().unwrap(),
                "--responses",
                responses.to_str().unwrap(),
                "--tasks",
                tasks.to_str().unwrap(),
            ])
            .args(extra)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o.stderr));
        text(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    // Automatic: r4 (wrong) loses to each of the five passing responses; ties are left out.
    let auto = prefs(&[]);
    assert_eq!(auto.len(), 5);
    for p in &auto {
        assert_eq!(p["rejected_id"], "r4", "{p}");
        assert_eq!(p["prompt"], "sum");
        assert_eq!(p["margin"], 1.0);
        assert_eq!(p["auto"]["rejected"]["failed_tests"].as_array().unwrap().len(), 2);
        assert!(
            p["chosen"].as_str().unwrap().contains("print") || p["chosen"].as_str().unwrap().contains("console.log")
        );
    }
    // Human: only the pair people decided.
    let human = dir.path().join("h.jsonl");
    std::fs::write(&human, r#"{"task": "echo-sum", "a": "r0", "b": "r1", "choice": "b", "annotator": "x"}"#).unwrap();
    let by_people = prefs(&["--human", human.to_str().unwrap(), "--from", "human"]);
    assert_eq!(by_people.len(), 1);
    assert_eq!((by_people[0]["chosen_id"].as_str(), by_people[0]["rejected_id"].as_str()), (Some("r1"), Some("r0")));
    assert_eq!(by_people[0]["human"]["annotators"], 1);
    assert!(prefs(&["--human", human.to_str().unwrap(), "--from", "agreed"]).is_empty(), "gradebox ties r0 and r1");

    // The same decisions as Label Studio predictions (docs/label-studio.md).
    let label_studio = |layout: &str| -> (Vec<Value>, String) {
        let (json, xml) = (dir.path().join(format!("{layout}.json")), dir.path().join(format!("{layout}.xml")));
        let o = gradebox()
            .args(["export", "label-studio", "--layout", layout, "--results", out.to_str().unwrap()])
            .args(["--responses", responses.to_str().unwrap(), "--tasks", tasks.to_str().unwrap()])
            .args(["--out", json.to_str().unwrap(), "--config-out", xml.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o.stderr));
        let tasks: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
        (tasks, std::fs::read_to_string(xml).unwrap())
    };
    let (ranked, config) = label_studio("auto");
    assert!(config.contains(r#"<Ranker name="rank" toName="responses"/>"#), "six responses: ranking layout");
    assert_eq!(ranked.len(), 1);
    assert_eq!(ranked[0]["data"]["prompt"], "sum");
    assert_eq!(ranked[0]["data"]["items"].as_array().unwrap().len(), 6);
    let prediction = &ranked[0]["predictions"][0];
    let order = prediction["result"][0]["value"]["ranker"]["rank"].as_array().unwrap();
    assert_eq!(order.last().unwrap(), "r4", "the failing response ranks last: {order:?}");
    assert!(prediction["model_version"].as_str().unwrap().starts_with("gradebox "), "{prediction}");
    assert_eq!(prediction["score"], 0.5, "tied passing responses make the order a coin flip at the top");

    let (pairs, config) = label_studio("pairwise");
    assert!(config.contains(r#"<Pairwise name="preference" toName="left,right"/>"#));
    assert_eq!(pairs.len(), 15, "every pair of six responses");
    let predicted: Vec<&Value> = pairs.iter().filter(|t| t.get("predictions").is_some()).collect();
    assert_eq!(predicted.len(), 5, "only the pairs gradebox decides (r4 against each passing one)");
    for t in predicted {
        let result = &t["predictions"][0]["result"][0];
        let loser = if result["value"]["selected"] == "left" { "right_id" } else { "left_id" };
        assert_eq!(t["data"][loser], "r4", "{t}");
        assert_eq!((result["to_name"].as_str(), result["type"].as_str()), (Some("left"), Some("pairwise")));
        assert_eq!(t["predictions"][0]["score"], 1.0);
        let evidence =
            t["data"]["left_evidence"].as_str().unwrap().to_string() + t["data"]["right_evidence"].as_str().unwrap();
        assert!(evidence.contains("✗ a: wrong_answer"), "{evidence}");
    }
}

/// `gradebox import`: each fixture holds a few problems in the benchmark's real layout
/// and one malformed record. Every imported task validates (references pass, wrong
/// solutions fail); the bad record is skipped with its file, line and field.
#[test]
fn import_turns_benchmark_fixtures_into_valid_tasks() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let dir = tempfile::tempdir().unwrap();
    let import = |format: &str, file: &str, out: &Path, extra: &[&str]| {
        gradebox().args(["import", format]).arg(fixtures.join(file)).arg("--out").arg(out).args(extra).output().unwrap()
    };
    let cases = [
        ("apps", "apps.jsonl", 4, "apps.jsonl:5: `input_output`: does not hold JSON"),
        (
            "livecodebench",
            "livecodebench.jsonl",
            3,
            "livecodebench.jsonl:4: `private_test_cases`: neither JSON nor base64",
        ),
        ("code-contests", "code_contests.jsonl", 2, "code_contests.jsonl:3: `public_tests`: 2 inputs but 1 outputs"),
        ("mbpp", "mbpp.jsonl", 3, "mbpp.jsonl:4: `test_list`: expected a list, found a string; record skipped"),
        ("mbpp-sanitized", "mbpp_sanitized.json", 2, "mbpp_sanitized.json:27: `code`: missing; record skipped"),
    ];
    let mut tasks = Vec::new();
    for (format, file, imported, skipped) in cases {
        let out = dir.path().join(format);
        let o = import(format, file, &out, &[]);
        let (stdout, stderr) = (text(&o.stdout), text(&o.stderr));
        assert_eq!(o.status.code(), Some(1), "{format}: one record is skipped\n{stdout}{stderr}");
        assert!(stdout.starts_with(&format!("imported {imported}, skipped 1 into ")), "{format}: {stdout}");
        assert!(stderr.contains(skipped) && stderr.lines().count() == 1, "{format}: {stderr}");
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(dirs.len(), imported, "{format}: {dirs:?}");
        dirs.sort();
        tasks.extend(dirs);
    }
    // LiveCodeBench carries no solutions: give its tasks references, as a user would.
    let lcb = dir.path().join("livecodebench");
    for entry in std::fs::read_dir(fixtures.join("livecodebench-references")).unwrap() {
        let path = entry.unwrap().path();
        let task = lcb.join(path.file_stem().unwrap());
        std::fs::copy(&path, task.join("reference.py")).unwrap();
        let toml = std::fs::read_to_string(task.join("task.toml")).unwrap();
        std::fs::write(task.join("task.toml"), format!("reference = [\"reference.py\"]\n{toml}")).unwrap();
    }
    let mut args = vec!["task".to_string(), "validate".to_string()];
    args.extend(tasks.iter().map(|d| d.display().to_string()));
    let o = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let stdout = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}{}", text(&o.stderr));
    assert_eq!(stdout.matches('✓').count(), tasks.len(), "{stdout}");
    for id in
        ["apps-2101", "apps-301", "lcb-2917", "lcb-abc999_b", "cc-9001_B-Largest-Number", "mbpp-902", "mbpp-s-912"]
    {
        assert!(stdout.contains(&format!("✓ {id} (")), "{id}: {stdout}");
    }
    assert_eq!(stdout.matches("wrong wrong/wrong-").count(), 3, "CodeContests' incorrect Python 3 solutions: {stdout}");
    // The compressed private tests arrived; the long generated test went to files.
    assert!(lcb.join("lcb-abc999_b/task.toml").is_file());
    assert!(std::fs::read_to_string(lcb.join("lcb-abc999_b/task.toml")).unwrap().contains("name = \"private-3\""));
    assert!(dir.path().join("code-contests/cc-9001_B-Largest-Number/tests/generated-1.in").is_file());

    // An occupied --out needs --force; --limit stops early; an unreadable source is exit 2.
    let out = dir.path().join("apps");
    let o = import("apps", "apps.jsonl", &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--force"), "{}", text(&o.stderr));
    let o = import("apps", "apps.jsonl", &out, &["--force", "--limit", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).starts_with("imported 2, skipped 0"), "{}", text(&o.stdout));
    let o = import("apps", "missing.jsonl", &dir.path().join("none"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("missing.jsonl"), "{}", text(&o.stderr));
    assert!(!dir.path().join("none").exists(), "nothing is written when a source cannot be read");
}

/// `gradebox humaneval` on a small problem file in HumanEval's format: the official
/// result strings, pass@k, bad lines skipped, and gradebox's flags beside them.
#[test]
fn humaneval_gives_the_official_verdicts_and_pass_at_k() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/humaneval");
    let dir = tempfile::tempdir().unwrap();
    let samples = dir.path().join("samples.jsonl");
    std::fs::copy(fixtures.join("samples.jsonl"), &samples).unwrap();
    let problems = fixtures.join("problems.jsonl");
    let o = run(&[
        "humaneval",
        "--problems",
        problems.to_str().unwrap(),
        "--samples",
        samples.to_str().unwrap(),
        "--k",
        "1,2,5",
        "--fuel",
        "2000000000",
    ]);
    assert_eq!(o.status.code(), Some(1), "bad sample lines make the status 1: {}", text(&o.stderr));
    let stderr = text(&o.stderr);
    assert!(stderr.contains("samples.jsonl:10: unknown task_id \"Mini/9\""), "{stderr}");
    assert!(stderr.contains("samples.jsonl:11: not a JSON object"), "{stderr}");
    // Mini/0: 1 of 5 pass; Mini/1: 2 of 4 (the rigged one passes, as it does officially).
    // pass@2 = mean(1 - C(4,2)/C(5,2), 1 - C(2,2)/C(4,2)); pass@5 is left out (Mini/1 has 4).
    let pass_at: Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
    assert!((pass_at["pass@1"].as_f64().unwrap() - (0.2 + 0.5) / 2.0).abs() < 1e-12, "{pass_at}");
    assert!((pass_at["pass@2"].as_f64().unwrap() - (0.4 + 5.0 / 6.0) / 2.0).abs() < 1e-12, "{pass_at}");
    assert!(pass_at.get("pass@5").is_none(), "{pass_at}");

    let official = results(&dir.path().join("samples.jsonl_results.jsonl"));
    let got: Vec<(&str, &str)> =
        official.iter().map(|l| (l["kind"].as_str().unwrap(), l["result"].as_str().unwrap())).collect();
    assert_eq!(
        got,
        [
            ("right", "passed"),
            ("wrong", "failed: "),
            ("loop", "timed out"),
            ("os_exit", "timed out"),
            ("exit", "failed: 'NoneType' object is not callable"),
            ("right", "passed"),
            ("rigged", "passed"),
            ("exponential", "timed out"),
            ("syntax", "failed: '(' was never closed (<string>, line 3)"),
        ]
    );
    assert!(official.iter().all(|l| l["passed"] == (l["result"] == "passed")));

    let own = results(&dir.path().join("samples.jsonl_gradebox.jsonl"));
    assert_eq!(own.len(), 9);
    let find = |task: &str, response: &str| {
        own.iter()
            .find(|l| l["task"] == task && l["response"] == response)
            .unwrap_or_else(|| panic!("{task} {response}"))
    };
    let flags = |l: &Value| l["flags"].as_array().unwrap().iter().map(|f| f["kind"].clone()).collect::<Vec<_>>();
    // The official harness cannot see these; gradebox flags them without changing its verdict.
    assert_eq!(flags(find("Mini/0", "3")), ["exit_before_return"]);
    assert_eq!(find("Mini/1", "1")["verdict"], "wrong_answer");
    assert_eq!(flags(find("Mini/1", "1")), ["unserializable_return"]);
    assert_eq!(find("Mini/0", "2")["verdict"], "time_limit");
    assert_eq!(find("Mini/1", "3")["verdict"], "compile_error");
    assert_eq!(find("Mini/0", "0")["verdict"], "pass");
}

/// Crash safety: `gradebox run` killed with SIGKILL at pseudo-random moments (up to 25
/// times), then resumed to the end: exactly one complete result per (task,
/// response) and per bad line, no torn or duplicated line.
#[test]
fn run_survives_sigkill_at_any_moment_and_resumes_exactly() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let (tasks, _) = batch_fixture(dir.path());
    let responses = dir.path().join("many.jsonl");
    let mut lines = Vec::new();
    for i in 0..300 {
        let (lang, code) = match i % 3 {
            0 => ("python", "print(sum(map(int, input().split())))"),
            1 => (
                "javascript",
                "const [a, b] = require('fs').readFileSync(0, 'utf8').split(' ').map(Number); console.log(a + b);",
            ),
            _ => ("python", "import sys\na, b = map(int, sys.stdin.read().split())\nprint(a * b)"),
        };
        lines.push(
            serde_json::json!({"task": "echo-sum", "response": format!("r{i}"), "language": lang, "code": code})
                .to_string(),
        );
        if i % 20 == 7 {
            lines.push(format!("{{broken line {i}"));
        }
    }
    std::fs::write(&responses, lines.join("\n") + "\n").unwrap();
    let out = dir.path().join("results.jsonl");
    let command = || {
        let mut c = gradebox();
        c.args(["run", "--resume", "--jobs", "2", "--tasks", tasks.to_str().unwrap(), "--responses"])
            .arg(&responses)
            .arg("--out")
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        c
    };
    // A fixed-seed generator: the same kill moments on every run of this test.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next_delay = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::time::Duration::from_millis(10 + seed % 200)
    };
    let mut kills = 0;
    for _ in 0..25 {
        let mut child = command().spawn().unwrap();
        std::thread::sleep(next_delay());
        if child.try_wait().unwrap().is_some() {
            break;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        kills += 1;
    }
    assert!(kills >= 3, "the batch should be killed several times before it ends ({kills})");
    let status = command().status().unwrap();
    assert!(status.success());

    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.ends_with('\n'), "no torn last line");
    let mut seen = std::collections::HashMap::new();
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("torn line {line:?}: {e}"));
        let key = match v.get("response") {
            Some(r) if v.get("error").is_none() => format!("result {r}"),
            _ => format!("input error on line {}", v["line"]),
        };
        *seen.entry(key).or_insert(0) += 1;
    }
    let duplicated: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(duplicated.is_empty(), "duplicated: {duplicated:?}");
    assert_eq!(seen.len(), 300 + 15, "300 results and 15 bad lines, each once (after {kills} kills)");
    let results = results(&out);
    let passed = results.iter().filter(|r| r["verdict"] == "pass").count();
    assert_eq!(passed, 200, "r0, r1, r3, r4, ... pass; every third multiplies and fails");
    eprintln!("sigkill: {kills} kills, then one complete resume");
}

/// Load: 2,000 runs with --jobs at twice the cores, a fifth of them hostile (spinning,
/// allocating, flooding, recursing, sleeping). Every result is present and right, each
/// honest program used exactly the fuel it uses alone (no run affects another), and
/// gradebox's peak memory stays within what jobs × the memory cap allows.
#[test]
fn a_2000_run_batch_with_hostile_fifth_stays_correct_and_bounded() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let tasks = dir.path().join("tasks");
    write_task(
        &tasks.join("load-sum"),
        "id = \"load-sum\"\nprompt = \"sum\"\nlanguages = [\"python\", \"javascript\"]\n\
         [limits]\nfuel = 100_000_000\ntimeout_ms = 300\nmemory_mb = 64\noutput_kb = 64\n\
         [[tests]]\nname = \"a\"\nstdin = \"1 2\\n\"\nexpected = \"3\\n\"\n",
        &[],
    );
    let honest = [
        ("python", "print(sum(map(int, input().split())))", "pass"),
        (
            "javascript",
            "const [a, b] = require('fs').readFileSync(0, 'utf8').split(' ').map(Number); console.log(a + b);",
            "pass",
        ),
        ("python", "a, b = map(int, input().split())\nprint(a - b)", "wrong_answer"),
        ("javascript", "console.log(42);", "wrong_answer"),
    ];
    let hostile = [
        ("python", "while True:\n    pass", "time_limit"),
        ("python", "x = []\nwhile True:\n    x.append(bytearray(1 << 20))", "memory_limit"),
        ("javascript", "while (true) console.log('flood flood flood flood');", "output_limit"),
        ("python", "import time\ntime.sleep(60)", "time_limit"),
        ("javascript", "const a = []; for (;;) a.push(new Uint8Array(1 << 24));", "memory_limit"),
    ];
    let mut lines = Vec::new();
    let mut expected = std::collections::HashMap::new();
    for i in 0..2000 {
        let (lang, code, verdict) =
            if i % 5 == 4 { hostile[(i / 5) % hostile.len()] } else { honest[i % honest.len()] };
        let id = format!("r{i:04}");
        expected.insert(id.clone(), (verdict, code));
        lines.push(serde_json::json!({"task": "load-sum", "response": id, "language": lang, "code": code}).to_string());
    }
    let responses = dir.path().join("responses.jsonl");
    std::fs::write(&responses, lines.join("\n") + "\n").unwrap();
    let out = dir.path().join("results.jsonl");
    let jobs = 2 * std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let started = std::time::Instant::now();
    let mut child = gradebox()
        .args(["run", "--jobs", &jobs.to_string(), "--tasks", tasks.to_str().unwrap(), "--responses"])
        .arg(&responses)
        .arg("--out")
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Peak resident memory, sampled from /proc while it runs (VmHWM is the high-water mark).
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0u64;
    let status = loop {
        if let Ok(s) = std::fs::read_to_string(&status_file)
            && let Some(kib) =
                s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        {
            peak_kib = peak_kib.max(kib);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.success());
    let seconds = started.elapsed().as_secs_f64();

    let results = results(&out);
    assert_eq!(results.len(), 2000, "every run has exactly one result");
    let mut fuel_by_code: std::collections::HashMap<&str, std::collections::HashSet<i64>> = Default::default();
    for r in &results {
        let (want, code) = expected[r["response"].as_str().unwrap()];
        assert_eq!(r["verdict"], want, "{}", r["response"]);
        if want == "pass" || want == "wrong_answer" {
            fuel_by_code.entry(code).or_default().insert(r["tests"][0]["fuel"].as_i64().unwrap());
        }
    }
    for (code, fuels) in &fuel_by_code {
        assert_eq!(fuels.len(), 1, "the same program used different fuel under load: {code:?} {fuels:?}");
    }
    // jobs × (64 MiB cap + 32 MiB host overhead) + idle warm instance slots (16 × 32 MiB)
    // + the runtimes and compiled code.
    let bound_mib = jobs as u64 * 96 + 512 + 512;
    eprintln!(
        "load: 2000 runs, --jobs {jobs}, {seconds:.1} s, peak RSS {} MiB (bound {bound_mib} MiB)",
        peak_kib / 1024
    );
    assert!(peak_kib / 1024 < bound_mib, "peak RSS {} MiB over {bound_mib} MiB", peak_kib / 1024);
}
