//! `gradebox task validate`: sample tasks, references and wrong solutions, and malformed tasks named by file, line and fix.

use super::common::*;

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
            &["task.toml:6: `tests[a].expcted`: unknown key", "docs/tasks.md"],
        ),
        (
            "three-typos",
            "id = \"t\"\npromt = \"p\"\n[limits]\nfuell = 1\n[[tests]]\nname = \"a\"\nexpcted = \"1\"\n",
            &["3 problem(s)", "task.toml:2: `promt`", "task.toml:4: `limits.fuell`", "task.toml:7: `tests[a].expcted`"],
        ),
        (
            "string-for-list",
            "id = \"t\"\nprompt = \"p\"\nreference = \"ref.py\"\n[[tests]]\nname = \"a\"\nexpected = \"1\"\n",
            &["line 3", "write a list, even of one"],
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
        // No runtime or grader is needed to find these: none is installed or built.
        let out = gradebox().args(["task", "validate", task.to_str().unwrap()]).output().unwrap();
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {all}");
        for w in *wanted {
            assert!(all.contains(w), "{name}: wanted {w:?} in:\n{all}");
        }
    }
}

/// `fuel = { factor, floor }`: each test's budget is factor × what the reference of the
/// answer's own runtime used on it. validate prints the budgets; in a batch, a slower
/// answer within the factor passes, one beyond it and an endless loop stop exactly at
/// the budget, and a JavaScript answer is held to the JavaScript reference.
#[test]
fn auto_fuel_derives_each_tests_budget_from_the_reference() {
    let dir = tempfile::tempdir().unwrap();
    let tasks = dir.path().join("tasks");
    let busy_py = |n: u32| format!("n = int(input())\ns = 0\nfor i in range({n} * n):\n    s += i % 7\nprint(n * 2)\n");
    let busy_js = |n: u32| {
        format!(
            "const n = Number(require('fs').readFileSync(0, 'utf8'));\nlet s = 0;\nfor (let i = 0; i < {n} * n; i++) s += i % 7;\nconsole.log(n * 2);\n"
        )
    };
    write_task(
        &tasks.join("double"),
        "id = \"double\"\nprompt = \"print 2n\"\nlanguages = [\"python\", \"javascript\"]\n\
         reference = [\"ref.py\", \"ref.js\"]\n\
         [limits]\nfuel = { factor = 3, floor = 1000 }\n\
         [[tests]]\nname = \"one\"\nstdin = \"1\\n\"\nexpected = \"2\\n\"\n\
         [[tests]]\nname = \"four\"\nstdin = \"4\\n\"\nexpected = \"8\\n\"\n\
         [[tests]]\nname = \"fixed\"\nstdin = \"1\\n\"\nexpected = \"2\\n\"\nlimits = { fuel = 9000000000 }\n",
        &[("ref.py", &busy_py(20_000)), ("ref.js", &busy_js(20_000))],
    );
    let out = run(&["task", "validate", tasks.join("double").to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("fuel budget for python (\"auto\"): one "), "{stdout}");
    assert!(stdout.contains("fuel budget for javascript (\"auto\"): one "), "{stdout}");

    let responses = dir.path().join("responses.jsonl");
    let line = |name: &str, lang: &str, code: &str| {
        serde_json::json!({"task": "double", "response": name, "language": lang, "code": code}).to_string()
    };
    let lines = [
        line("same", "python", &busy_py(20_000)),
        line("slower", "python", &busy_py(40_000)),
        line("too-slow", "python", &busy_py(100_000)),
        line("loop", "python", "while True:\n    pass\n"),
        line("js-same", "javascript", &busy_js(20_000)),
        line("js-loop", "javascript", "for (;;) {}\n"),
    ];
    std::fs::write(&responses, lines.join("\n") + "\n").unwrap();
    let results = results(&grade_batch(dir.path(), &tasks, &responses));
    let by = |name: &str| results.iter().find(|r| r["response"] == name).unwrap().clone();
    let test = |name: &str, i: usize| by(name)["tests"][i].clone();
    for (lang, same) in [("python", "same"), ("javascript", "js-same")] {
        for i in 0..2 {
            let t = test(same, i);
            assert_eq!(t["verdict"], "pass", "{lang}: {t}");
            // The same code as the reference, run as main.py instead of ref.py: a few
            // fuel units apart (the file name is part of the program's data).
            let (budget, fuel) = (t["fuel_budget"].as_u64().unwrap() as f64, t["fuel"].as_u64().unwrap() as f64);
            assert!((budget / (3.0 * fuel) - 1.0).abs() < 1e-3, "{lang}: {t}");
        }
        assert!(test(same, 2).get("fuel_budget").is_none(), "a fixed fuel is not derived");
    }
    assert_eq!(by("slower")["verdict"], "pass");
    assert_eq!(by("too-slow")["verdict"], "time_limit");
    let loop_four = test("loop", 1);
    assert_eq!(loop_four["fuel"], test("same", 1)["fuel_budget"], "stopped at the budget");
    assert_eq!(test("js-loop", 0)["fuel"], test("js-same", 0)["fuel_budget"], "JavaScript is held to its own");
    assert_ne!(test("js-same", 0)["fuel_budget"], test("same", 0)["fuel_budget"]);
}
