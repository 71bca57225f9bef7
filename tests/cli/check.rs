//! `gradebox check`: responses side by side, gaming attempts in function and script mode, compile errors.

use super::common::*;
use serde_json::Value;

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
    assert!(line["tests"].as_array().unwrap().iter().all(|t| t.get("where").is_none()), "a pass has no mismatch");

    // The checker's first difference as data beside the sentence (docs/results.md).
    let json = run(&["check", "--json", task.to_str().unwrap(), task.join("wrong/same_index.py").to_str().unwrap()]);
    let line: Value = serde_json::from_slice(&json.stdout).unwrap();
    let failed: Vec<&Value> = line["tests"].as_array().unwrap().iter().filter(|t| t["verdict"] != "pass").collect();
    assert_eq!(failed.len(), 1, "{line}");
    assert_eq!(failed[0]["feedback"], "at $[0]: expected 1, got 0");
    assert_eq!((&failed[0]["expected"], &failed[0]["got"]), (&Value::from("1"), &Value::from("0")));
    assert_eq!(failed[0]["where"], serde_json::json!({"path": "$[0]"}));
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

#[test]
fn errors_name_the_users_file_with_line_and_column() {
    let task = samples().join("sum-of-squares");
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("mine.js", "const a = 1;\nconst b = (2 +;\n", "mine.js:2:11: SyntaxError"),
        ("crash.js", "const n = Number(require('fs').readFileSync(0, 'utf8'));\nundefinedThing.go(n);\n", "crash.js:2"),
        ("crash.py", "n = int(input())\nprint(undefined_thing)\n", "File \"crash.py\", line 2"),
    ];
    for (file, code, wanted) in cases {
        let path = dir.path().join(file);
        std::fs::write(&path, code).unwrap();
        let out = run(&["check", "--json", task.to_str().unwrap(), path.to_str().unwrap()]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let text_of = |x: &Value| x.as_str().unwrap_or("").to_string();
        let shown = format!("{} {}", text_of(&v["compile_error"]), text_of(&v["tests"][0]["stderr_excerpt"]));
        assert!(shown.contains(wanted), "{file}: wanted {wanted:?} in {shown}");
        assert!(!shown.contains("<evalScript>") && !shown.contains("main."), "{file}: {shown}");
    }
}
