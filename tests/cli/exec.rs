//! `gradebox exec` against the real binary: hostile and ordinary programs in Python,
//! JavaScript and WAT, each with the outcome it must produce. Every case also checks
//! that gradebox itself ended normally (exit 0 or 1, never a signal or an error).

use super::common::*;
use serde_json::Value;
use std::path::Path;

/// What one program must do.
struct Case {
    file: &'static str,
    flags: &'static [&'static str],
    outcome: &'static str,
    exit_code: Option<i64>,
    stdout_has: &'static [&'static str],
    stderr_has: &'static [&'static str],
}

const fn case(file: &'static str, outcome: &'static str, exit_code: Option<i64>) -> Case {
    Case { file, flags: &[], outcome, exit_code, stdout_has: &[], stderr_has: &[] }
}

fn check(c: &Case) -> Value {
    let v = exec_json(&program(c.file), c.flags, None);
    let ctx = format!("{}: {v:#}", c.file);
    assert_eq!(v["outcome"], c.outcome, "{ctx}");
    match c.exit_code {
        Some(code) => assert_eq!(v["exit_code"], code, "{ctx}"),
        None => assert!(v["exit_code"].is_null(), "{ctx}"),
    }
    let stdout = v["stdout"].as_str().unwrap();
    let stderr = v["stderr"].as_str().unwrap();
    for s in c.stdout_has {
        assert!(stdout.contains(s), "stdout lacks {s:?}; {ctx}");
    }
    for s in c.stderr_has {
        assert!(stderr.contains(s), "stderr lacks {s:?}; {ctx}");
    }
    assert!(!stdout.contains("LEAK"), "the program reached the host: {ctx}");
    v
}

fn check_all(cases: &[Case]) {
    for c in cases {
        check(c);
    }
}

const FAST_TIMEOUT: &[&str] = &["--timeout-ms", "1500"];

const SMALL_MEMORY: &[&str] = &["--memory-mb", "64"];

#[test]
fn python_hostile_programs_get_the_right_outcome() {
    check_all(&[
        case("python/loop.py", "fuel_exhausted", None),
        Case { flags: FAST_TIMEOUT, ..case("python/sleep_forever.py", "timed_out", None) },
        Case {
            flags: SMALL_MEMORY,
            stderr_has: &["MemoryError"],
            ..case("python/memory_bomb.py", "memory_limit", Some(1))
        },
        Case { stderr_has: &["RecursionError"], ..case("python/recursion.py", "exited", Some(1)) },
        Case { flags: SMALL_MEMORY, ..case("python/recursion_unbounded.py", "memory_limit", None) },
        Case { stdout_has: &["blocked: FileNotFoundError"], ..case("python/read_passwd.py", "exited", Some(0)) },
        Case { stdout_has: &["blocked: /root", "False"], ..case("python/read_home.py", "exited", Some(0)) },
        Case { stdout_has: &["blocked:"], ..case("python/list_root.py", "exited", Some(0)) },
        Case {
            stdout_has: &["blocked: 22", "blocked: 80", "blocked: 443"],
            ..case("python/open_socket.py", "exited", Some(0))
        },
        Case { stdout_has: &["{}\nNone None\n"], ..case("python/read_env.py", "exited", Some(0)) },
        Case {
            stdout_has: &["blocked: subprocess", "blocked: system", "blocked: fork", "blocked: popen"],
            ..case("python/spawn_process.py", "exited", Some(0))
        },
        Case { stdout_has: &["before exit\n"], ..case("python/exit3.py", "exited", Some(3)) },
        Case {
            stderr_has: &[
                "Traceback (most recent call last)",
                "File \"uncaught.py\", line 2, in parse",
                "ValueError: cannot parse 'abc'",
            ],
            ..case("python/uncaught.py", "exited", Some(1))
        },
    ]);
}

#[test]
fn javascript_hostile_programs_get_the_right_outcome() {
    check_all(&[
        case("javascript/loop.js", "fuel_exhausted", None),
        Case { flags: FAST_TIMEOUT, ..case("javascript/sleep_forever.js", "timed_out", None) },
        Case { flags: SMALL_MEMORY, ..case("javascript/memory_bomb.js", "memory_limit", Some(1)) },
        case("javascript/recursion.js", "stack_overflow", None),
        Case {
            stdout_has: &["blocked: loadFile", "blocked: open"],
            ..case("javascript/read_passwd.js", "exited", Some(0))
        },
        Case { stdout_has: &["blocked: /root", "no HOME"], ..case("javascript/read_home.js", "exited", Some(0)) },
        Case { stdout_has: &["blocked: readdir"], ..case("javascript/list_root.js", "exited", Some(0)) },
        Case {
            stdout_has: &["blocked: urlGet", "blocked: fetch", "blocked: socket"],
            ..case("javascript/open_socket.js", "exited", Some(0))
        },
        Case { stdout_has: &["{}\n"], ..case("javascript/read_env.js", "exited", Some(0)) },
        Case {
            stdout_has: &["blocked: exec", "blocked: fork"],
            ..case("javascript/spawn_process.js", "exited", Some(0))
        },
        Case { stdout_has: &["before exit\n"], ..case("javascript/exit3.js", "exited", Some(3)) },
        Case { stdout_has: &["bye\n"], ..case("javascript/exit255.js", "exited", Some(255)) },
        Case {
            stdout_has: &["done after 4 ticks\n", "hour: 3600", "moved: true true true true\n"],
            ..case("javascript/timers_move_clocks.js", "exited", Some(0))
        },
        Case {
            stderr_has: &["TypeError: cannot parse \"abc\"", "at parse"],
            ..case("javascript/uncaught.js", "exited", Some(1))
        },
    ]);
}

#[test]
fn wat_hostile_modules_get_the_right_outcome() {
    check_all(&[
        case("wat/loop.wat", "fuel_exhausted", None),
        Case { flags: FAST_TIMEOUT, ..case("wat/sleep_forever.wat", "timed_out", None) },
        // It exits 0 by itself after the refusal, and is still reported as memory_limit.
        Case { flags: SMALL_MEMORY, ..case("wat/memory_bomb.wat", "memory_limit", Some(0)) },
        case("wat/recursion.wat", "stack_overflow", None),
        case("wat/exit3.wat", "exited", Some(3)),
        case("wat/exit_wraps.wat", "exited", Some(255)),
        Case { flags: SMALL_MEMORY, ..case("wat/table_grow_loop.wat", "memory_limit", Some(0)) },
        case("wat/trap.wat", "trapped", None),
        // Exit code = number of host files it managed to open.
        case("wat/open_file.wat", "exited", Some(0)),
    ]);
    let v = check(&case("wat/store_near_4gib.wat", "trapped", None));
    assert!(v["trap"].as_str().unwrap().contains("out of bounds"), "{v}");
    let v = check(&case("wat/unknown_import.wat", "trapped", None));
    assert!(v["trap"].as_str().unwrap().contains("launch_missiles"), "{v}");
}

#[test]
fn output_floods_keep_the_head_and_stop() {
    for file in ["python/output_flood.py", "javascript/output_flood.js", "wat/output_flood.wat"] {
        let v = check(&Case { flags: &["--output-kb", "64"], ..case(file, "output_limit", None) });
        assert_eq!(v["stdout"].as_str().unwrap().len(), 64 * 1024, "{file}: the head is kept up to the cap");
        assert_eq!(v["stdout_truncated"], true, "{file}");
        assert_eq!(v["stderr_truncated"], false, "{file}");
    }
}

#[test]
fn sleeping_forever_ends_at_once_on_the_time_limit() {
    // A sleep counts against the time limit, and one that would pass it ends the run
    // then and there: nothing waits for a wall clock, so the host's load cannot matter.
    for file in ["python/sleep_forever.py", "javascript/sleep_forever.js", "wat/sleep_forever.wat"] {
        let v = exec_json(&program(file), &["--timeout-ms", "1000"], None);
        assert_eq!(v["outcome"], "timed_out", "{file}: {v}");
        assert!(v["time_ms"].as_f64().unwrap() >= 1000.0, "{file}: {v}");
        assert!(v["trap"].as_str().unwrap().contains("1000 ms time limit"), "{file}: {v}");
        let wall = v["wall_ms"].as_f64().unwrap();
        assert!(wall < 1000.0, "{file}: it waited {wall} ms for a sleep it could never finish");
    }
}

#[test]
fn writes_never_reach_the_host() {
    for (file, paths) in [
        ("python/write_file.py", &["/tmp/gradebox-escape-python", "gradebox-escape-relative"][..]),
        ("javascript/write_file.js", &["/tmp/gradebox-escape-js", "gradebox-escape-relative-js"][..]),
    ] {
        let v = check(&Case { stdout_has: &["blocked:"], ..case(file, "exited", Some(0)) });
        assert!(!v["stdout"].as_str().unwrap().contains("LEAK"));
        for p in paths {
            assert!(!Path::new(p).exists(), "{file} created {p} on the host");
        }
    }
    assert!(!Path::new("/tmp/gradebox-escape-system").exists());
}

#[test]
fn unicode_passes_through_both_ways() {
    let input = "héllo wörld ✓\n";
    for file in ["python/unicode.py", "javascript/unicode.js"] {
        let v = exec_json(&program(file), &[], Some(input.as_bytes()));
        assert_eq!(v["outcome"], "exited", "{file}: {v}");
        assert_eq!(v["stdout"], "✓ dlröw olléh\nπ ≈ 3.14159 — naïve café ✓ 🦀 汉字\n", "{file}");
    }
}

#[test]
fn ten_megabytes_of_stdin_arrive_whole() {
    let mut input = Vec::new();
    let mut n = 0u64;
    while input.len() < 10 << 20 {
        n += 1;
        input.extend_from_slice(format!("{n}\n").as_bytes());
    }
    let len = input.len();
    let big_fuel = &["--fuel", "20000000000"][..];
    let py = exec_json(&program("python/big_stdin.py"), big_fuel, Some(&input));
    let sha = sha256_hex(&input);
    assert_eq!(py["stdout"], format!("{len} {n} {sha}\n"), "{py}");
    let js = exec_json(&program("javascript/big_stdin.js"), big_fuel, Some(&input));
    assert_eq!(js["stdout"], format!("{len} {n}\n"), "{js}");
    let wat = exec_json(&program("wat/echo_stdin.wat"), &["--output-kb", "16384"], Some(&input));
    assert_eq!(wat["stdout"].as_str().unwrap().len(), len, "echoed byte for byte");
}

fn sha256_hex(bytes: &[u8]) -> String {
    gradebox::sandbox::sha256_hex(bytes)
}

#[test]
fn the_same_program_gives_the_same_output_and_fuel() {
    for file in ["python/determinism.py", "javascript/determinism.js", "wat/determinism.wat"] {
        let a = exec_json(&program(file), &[], None);
        let b = exec_json(&program(file), &[], None);
        assert_eq!(a["outcome"], "exited", "{file}: {a}");
        assert_eq!(a["stdout"], b["stdout"], "{file}");
        assert_eq!(a["fuel_used"], b["fuel_used"], "{file}");
        assert!(a["fuel_used"].as_u64().unwrap() > 0);
    }
}

#[test]
fn the_whole_standard_library_is_importable() {
    let v = exec_json(&program("python/stdlib_tour.py"), &[], None);
    assert_eq!(v["outcome"], "exited", "{v}");
    assert_eq!(
        v["stdout"],
        "Point(x=1, y=2) 7/4 3.3\n[[\"a\", 5], [\"b\", 2]]\n2 120 [3, 5]\n2024-03-01 ['1', '22', '333']\n1 ['a', 'b']\n"
    );
}

#[test]
fn the_python_runner_reads_no_global_after_the_candidate() {
    let v = exec_json(&program("python/runner_reads_no_globals.py"), &[], None);
    assert_eq!(v["outcome"], "exited", "{v}");
    assert_eq!(v["stdout"], "ok\n", "{}", v["stdout"].as_str().unwrap_or_default());
}

#[test]
fn plain_mode_passes_output_through_and_sets_the_exit_status() {
    let out = gradebox().args(["exec"]).arg(program("python/exit3.py")).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "a non-zero exit is status 1");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before exit\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("exited with 3"));

    let ok = gradebox().args(["exec", "--lang", "python"]).arg(program("python/read_env.py")).output().unwrap();
    assert_eq!(ok.status.code(), Some(0));
}

#[test]
fn gradebox_errors_exit_2_with_a_message_that_says_what_to_do() {
    let missing = gradebox().args(["exec", "no/such/file.py"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no/such/file.py"));

    let unknown = gradebox().args(["exec"]).arg(program("../cli/exec.rs")).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("--lang python|javascript|typescript|c|cpp|wasm"));

    let bad_flag = gradebox().args(["exec", "--fuel", "lots", "x.py"]).output().unwrap();
    assert_eq!(bad_flag.status.code(), Some(2));

    let dir = tempfile::tempdir().unwrap();
    let not_wasm = dir.path().join("broken.wasm");
    std::fs::write(&not_wasm, b"\0asm garbage").unwrap();
    let broken = gradebox().arg("exec").arg(&not_wasm).output().unwrap();
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("cannot load broken.wasm"));
}

#[test]
fn runtime_list_shows_versions_and_hashes() {
    ensure_runtimes();
    let out = gradebox().args(["runtime", "list"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("CPython 3.14 (componentize-py 0.25.1)"), "{text}");
    assert!(text.contains("27344601ef27460e82d6a4e1ecb9e7e99f518122095f3c51296da8e9be2b9d83"), "{text}");
}

/// Programs written for Node.js, each run under the real `node` on this machine and
/// under gradebox: the same stdout and the same exit status.
#[test]
fn node_style_javascript_matches_real_node() {
    let dir = program("node");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("js" | "mjs")))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "the comparison needs at least 25 programs");
    let mut mismatches = Vec::new();
    for file in &files {
        let input_path = file.with_extension("in");
        let input = std::fs::read(&input_path).unwrap_or_default();
        let node = std::process::Command::new("node")
            .arg(file)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(&input)?;
                child.wait_with_output()
            })
            .expect("node must be installed: the comparison runs the real Node.js");
        let ours = exec_json(file, &[], (!input.is_empty()).then_some(&input[..]));
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if ours["stdout"].as_str().unwrap().as_bytes() != node.stdout
            || ours["exit_code"] != node.status.code().unwrap()
        {
            mismatches.push(format!(
                "{name}: node exited {:?} with\n{}\ngradebox: {} {} with\n{}\n{}",
                node.status.code(),
                String::from_utf8_lossy(&node.stdout),
                ours["outcome"],
                ours["exit_code"],
                ours["stdout"].as_str().unwrap(),
                ours["stderr"].as_str().unwrap()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{} of {} differ:\n{}", mismatches.len(), files.len(), mismatches.join("\n---\n"));
}

#[test]
fn javascript_recursion_as_deep_as_node_allows() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deep.js");
    std::fs::write(&file, "function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }\nconsole.log(f(9000));\n").unwrap();
    let v = exec_json(&file, &[], None);
    assert_eq!(v["stdout"], "9000\n", "{v}");
}

#[test]
fn unknown_modules_fail_as_in_node() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("req.js");
    std::fs::write(&file, "require('left-pad');\n").unwrap();
    let v = exec_json(&file, &[], None);
    assert_eq!((v["outcome"].as_str(), v["exit_code"].as_i64()), (Some("exited"), Some(1)), "{v}");
    assert!(v["stderr"].as_str().unwrap().contains("Cannot find module 'left-pad'"), "{v}");
}
