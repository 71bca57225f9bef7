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
