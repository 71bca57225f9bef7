//! The adversarial corpus (tests/adversarial/): hostile programs, responses and graders, each with its exact expected outcome.

use super::common::*;
use serde_json::Value;
use std::path::Path;
use std::time::Instant;

/// The adversarial corpus (tests/adversarial/cases.toml, README.md there): every hostile
/// program and response yields exactly its expected outcome or verdict, and the host is
/// unharmed (gradebox ends normally; nothing appears in, or changes in, its working folder).
#[test]
fn adversarial_corpus_gives_every_expected_result() {
    ensure_runtimes();
    ensure_graders();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let adv = root.join("tests/adversarial");
    let manifest: toml::Table = toml::from_str(&std::fs::read_to_string(adv.join("cases.toml")).unwrap()).unwrap();
    let cases = manifest["case"].as_array().unwrap();
    let responses = manifest["response"].as_array().unwrap();
    assert!(cases.len() + responses.len() >= 60, "at least 60 adversarial cases");

    // The host side: gradebox runs in a folder holding one canary file.
    let cwd = tempfile::tempdir().unwrap();
    std::fs::write(cwd.path().join("canary.txt"), "untouched").unwrap();
    let str_of = |t: &toml::Value, k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let started = Instant::now();
    let failures = std::sync::Mutex::new(Vec::<String>::new());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(c) = cases.get(i) else { return };
                    let name = str_of(c, "name").unwrap();
                    let mut cmd = gradebox();
                    cmd.current_dir(cwd.path()).args(["exec", "--json"]);
                    for (key, flag) in [
                        ("fuel", "--fuel"),
                        ("timeout_ms", "--timeout-ms"),
                        ("memory_mb", "--memory-mb"),
                        ("output_kb", "--output-kb"),
                        ("stack_kb", "--stack-kb"),
                    ] {
                        if let Some(v) = c.get(key).and_then(|v| v.as_integer()) {
                            cmd.arg(flag).arg(v.to_string());
                        }
                    }
                    let stdin_dir = tempfile::tempdir().unwrap();
                    if let Some(text) = str_of(c, "stdin") {
                        let p = stdin_dir.path().join("stdin");
                        std::fs::write(&p, text).unwrap();
                        cmd.arg("--stdin").arg(p);
                    }
                    let out = cmd.arg(adv.join(str_of(c, "file").unwrap())).output().unwrap();
                    let mut problems = Vec::new();
                    if !matches!(out.status.code(), Some(0 | 1)) {
                        problems.push(format!("gradebox ended with {:?}: {}", out.status, text(&out.stderr)));
                    }
                    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
                    if v.is_null() {
                        problems.push(format!("not one JSON object: {}", text(&out.stdout)));
                    } else {
                        if v["outcome"].as_str() != str_of(c, "outcome").as_deref() {
                            problems.push(format!("outcome {} (expected {})", v["outcome"], c["outcome"]));
                        }
                        if let Some(code) = c.get("exit_code").and_then(|v| v.as_integer())
                            && v["exit_code"].as_i64() != Some(code)
                        {
                            problems.push(format!("exit_code {} (expected {code})", v["exit_code"]));
                        }
                        for (key, field, present) in [
                            ("stdout_contains", "stdout", true),
                            ("stdout_not_contains", "stdout", false),
                            ("stderr_contains", "stderr", true),
                            ("trap_contains", "trap", true),
                        ] {
                            if let Some(needle) = str_of(c, key)
                                && v[field].as_str().unwrap_or("").contains(&needle) != present
                            {
                                problems.push(format!("{key} {needle:?} fails on {field} {:.300}", v[field]));
                            }
                        }
                        if let Some(t) = c.get("stdout_truncated").and_then(|v| v.as_bool())
                            && v["stdout_truncated"].as_bool() != Some(t)
                        {
                            problems.push(format!("stdout_truncated is not {t}"));
                        }
                        if v["stdout"].as_str().unwrap_or("").contains("LEAK") {
                            problems.push("a probe reached the host (LEAK)".into());
                        }
                    }
                    if !problems.is_empty() {
                        failures.lock().unwrap().push(report("case", &name, c, problems));
                    }
                }
            });
        }
    });

    // Responses: one `gradebox run` per tasks folder.
    let mut groups: std::collections::BTreeMap<String, Vec<&toml::Value>> = Default::default();
    for r in responses {
        groups.entry(str_of(r, "tasks").unwrap()).or_default().push(r);
    }
    for (tasks, group) in groups {
        let work = tempfile::tempdir().unwrap();
        let lines: Vec<String> = group
            .iter()
            .map(|r| {
                let code = std::fs::read_to_string(adv.join(str_of(r, "file").unwrap())).unwrap();
                serde_json::json!({"task": str_of(r, "task"), "response": str_of(r, "name"), "language": str_of(r, "language"), "code": code})
                    .to_string()
            })
            .collect();
        let (input, output) = (work.path().join("responses.jsonl"), work.path().join("results.jsonl"));
        std::fs::write(&input, lines.join("\n") + "\n").unwrap();
        let out = gradebox()
            .current_dir(cwd.path())
            .args(["run", "--tasks"])
            .arg(root.join(&tasks))
            .arg("--responses")
            .arg(&input)
            .arg("--out")
            .arg(&output)
            .output()
            .unwrap();
        assert!(matches!(out.status.code(), Some(0 | 1)), "gradebox run on {tasks}: {}", text(&out.stderr));
        let results: std::collections::HashMap<String, Value> = std::fs::read_to_string(&output)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .filter_map(|v| Some((v["response"].as_str()?.to_string(), v)))
            .collect();
        for r in group {
            let name = str_of(r, "name").unwrap();
            let Some(v) = results.get(&name) else {
                failures.lock().unwrap().push(format!("response {name}: no result line"));
                continue;
            };
            let mut problems = Vec::new();
            if v["verdict"].as_str() != str_of(r, "verdict").as_deref() {
                problems.push(format!("verdict {} (expected {})", v["verdict"], r["verdict"]));
            }
            let mut want: Vec<String> = r
                .get("flags")
                .and_then(|f| f.as_array())
                .map(|a| a.iter().filter_map(|f| f.as_str().map(String::from)).collect())
                .unwrap_or_default();
            let Some(flags) = v["flags"].as_array() else {
                failures.lock().unwrap().push(format!("response {name}: not a result line: {v}"));
                continue;
            };
            let mut got: Vec<String> = flags.iter().filter_map(|f| f["kind"].as_str().map(String::from)).collect();
            for list in [&mut want, &mut got] {
                list.sort();
                list.dedup();
            }
            if want != got {
                problems.push(format!("flags {got:?} (expected {want:?})"));
            }
            if let Some(p) = r.get("passed").and_then(|p| p.as_integer())
                && v["passed"].as_i64() != Some(p)
            {
                problems.push(format!("passed {} (expected {p})", v["passed"]));
            }
            if !problems.is_empty() {
                failures.lock().unwrap().push(report("response", &name, r, problems));
            }
        }
    }

    let mut left: Vec<String> =
        std::fs::read_dir(cwd.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, ["canary.txt"], "the corpus left files in gradebox's working folder");
    assert_eq!(std::fs::read_to_string(cwd.path().join("canary.txt")).unwrap(), "untouched");
    // Cases that keep the right expectation for a documented known issue (docs/SECURITY.md)
    // are listed, not failed; any other mismatch fails the test.
    let (known, failures): (Vec<String>, Vec<String>) =
        failures.into_inner().unwrap().into_iter().partition(|f| f.starts_with("known issue"));
    for k in &known {
        eprintln!("{k}");
    }
    eprintln!(
        "adversarial corpus: {} cases, {} responses in {:.1} s",
        cases.len(),
        responses.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{} of the corpus failed:\n{}", failures.len(), failures.join("\n"));
}

/// One mismatch, marked when the manifest records it as a known issue (`known_issue`).
fn report(kind: &str, name: &str, case: &toml::Value, problems: Vec<String>) -> String {
    match case.get("known_issue").and_then(|k| k.as_str()) {
        Some(why) => format!("known issue {kind} {name} ({why}): {}", problems.join("; ")),
        None => format!("{kind} {name}: {}", problems.join("; ")),
    }
}
