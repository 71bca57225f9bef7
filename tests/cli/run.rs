//! `gradebox run`: the batch, bad lines, resume, determinism, SIGKILL at any moment, and a 2,000-run load.

use super::common::*;
use serde_json::Value;

#[test]
fn run_grades_a_batch_records_bad_lines_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let (tasks, responses) = batch_fixture(dir.path());
    let out_path = dir.path().join("results.jsonl");
    let args = |extra: &[&str]| {
        let mut cmd = run_command(&tasks, &responses, &out_path);
        cmd.args(extra);
        cmd
    };
    let first = args(&["--jobs", "2"]).output().unwrap();
    assert_eq!(first.status.code(), Some(1), "three lines could not be graded: {}", text(&first.stderr));
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
    let refused = args(&[]).output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("pass --resume"));

    // A kill mid-write leaves a torn last line: resume trims it and redoes that pair only.
    let mut content = std::fs::read_to_string(&out_path).unwrap();
    let r3 = lines.iter().position(|l| l["response"] == "r3").unwrap();
    let kept: Vec<&str> = content.lines().enumerate().filter(|(i, _)| *i != r3).map(|(_, l)| l).collect();
    let torn = &content.lines().nth(r3).unwrap()[..40];
    content = kept.join("\n") + "\n" + torn;
    std::fs::write(&out_path, &content).unwrap();
    let resumed = args(&["--resume"]).output().unwrap();
    assert_eq!(resumed.status.code(), Some(1), "the file still holds three input errors: {}", text(&resumed.stderr));
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
        let o = run_command(&tasks, &responses, &out).args(["--jobs", "2"]).output().unwrap();
        assert!(matches!(o.status.code(), Some(0 | 1)), "{}", text(&o.stderr));
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
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");

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
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
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

#[test]
fn the_exit_status_says_whether_every_line_was_graded() {
    ensure_runtimes();
    let dir = tempfile::tempdir().unwrap();
    let tasks = dir.path().join("tasks");
    write_task(
        &tasks.join("echo"),
        "id = \"echo\"\nprompt = \"p\"\nlanguages = [\"python\", \"js\"]\n[[tests]]\nname = \"a\"\nstdin = \"1\\n\"\nexpected = \"1\\n\"\n",
        &[],
    );
    let batch = |name: &str, lines: &[serde_json::Value]| -> (Option<i32>, String, Vec<Value>) {
        let responses = dir.path().join(format!("{name}.jsonl"));
        let text_lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        std::fs::write(&responses, text_lines.join("\n") + "\n").unwrap();
        let out = dir.path().join(format!("{name}.out.jsonl"));
        let o = gradebox()
            .args(["run", "--tasks", tasks.to_str().unwrap(), "--responses", responses.to_str().unwrap()])
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        (o.status.code(), text(&o.stderr), if out.exists() { results(&out) } else { Vec::new() })
    };
    // Names from the alias table and a pipeline's extra fields are accepted and carried.
    let good = serde_json::json!({"task": "echo", "response": "a", "language": "Python", "code": "print(input())",
                                  "model": "m-1", "temperature": 0.7});
    let js = serde_json::json!({"task": "echo", "response": "b", "language": "node", "code": "console.log(1)"});
    let (code, stderr, lines) = batch("good", &[good.clone(), js]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(lines[0]["verdict"], "pass", "{:?}", lines[0]);
    let a = lines.iter().find(|l| l["response"] == "a").unwrap();
    assert_eq!((a["metadata"]["model"].as_str(), a["metadata"]["temperature"].as_f64()), (Some("m-1"), Some(0.7)));
    // One line in an unknown language: nothing is lost, but the batch says so.
    let cobol = serde_json::json!({"task": "echo", "response": "c", "language": "cobol", "code": ""});
    let (code, stderr, lines) = batch("bad", &[good, cobol]);
    assert_eq!(code, Some(1), "{stderr}");
    let refused = lines.iter().find(|l| l.get("error").is_some()).unwrap();
    assert_eq!((refused["task"].as_str(), refused["response"].as_str()), (Some("echo"), Some("c")), "{refused}");
    // gradebox's own error: no tasks where it was told to look.
    let o = gradebox().args(["run", "--tasks", "/nonexistent", "--responses", "/dev/null"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
}

/// Verdict, score and, for runs not stopped by the time limit, fuel of every test.
fn fingerprint(path: &std::path::Path) -> std::collections::BTreeMap<String, Vec<(String, String)>> {
    results(path)
        .into_iter()
        .filter(|r| r.get("verdict").is_some())
        .map(|r| {
            let tests = r["tests"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    // A run ended by its time limit stops at a moment that depends on
                    // the CPU; its fuel is a lower bound. Every other run's is exact.
                    let fuel = if t["outcome"] == "timed_out" { "-".to_string() } else { t["fuel"].to_string() };
                    (t["verdict"].to_string(), fuel)
                })
                .collect();
            (format!("{}/{} {} {}", r["task"], r["response"], r["verdict"], r["score"]), tests)
        })
        .collect()
}

#[test]
fn verdicts_and_fuel_do_not_change_with_the_hosts_load() {
    ensure_runtimes();
    ensure_graders();
    let dir = tempfile::tempdir().unwrap();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let grade = |name: &str, jobs: usize| {
        let out = dir.path().join(name);
        let o = gradebox()
            .args(["run", "--tasks"])
            .arg(samples())
            .arg("--responses")
            .arg(samples().join("responses.jsonl"))
            .arg("--out")
            .arg(&out)
            .args(["--jobs", &jobs.to_string()])
            .output()
            .unwrap();
        assert!(matches!(o.status.code(), Some(0 | 1)), "{}", text(&o.stderr));
        fingerprint(&out)
    };
    let quiet = grade("quiet.jsonl", 1);
    // CPU hogs on every core and a memory hog, beside twice as many workers as cores.
    let mut hogs: Vec<std::process::Child> = (0..cores * 2)
        .map(|_| std::process::Command::new("sh").args(["-c", "while :; do :; done"]).spawn().unwrap())
        .collect();
    hogs.push(
        std::process::Command::new("python3")
            .args([
                "-c",
                "import time\nx = bytearray(1 << 30)\nfor i in range(0, len(x), 4096): x[i] = 1\ntime.sleep(600)",
            ])
            .spawn()
            .unwrap(),
    );
    let busy = grade("busy.jsonl", cores * 2);
    for mut h in hogs {
        let _ = h.kill();
        let _ = h.wait();
    }
    assert_eq!(quiet.len(), busy.len());
    for (key, tests) in &quiet {
        assert_eq!(busy.get(key), Some(tests), "{key} changed under load");
    }
}
