//! `gradebox serve` under load: 2,000 requests at concurrency 64, a fifth of them
//! hostile (spinning, flooding, escaping, memory bombs, rigged equality...). Every one
//! is answered, each verdict and each test's fuel equal what `gradebox run` gives for
//! the same response, and the server's peak memory stays within its bound.

use super::common::{ensure_runtimes, gradebox};
use super::serve_support::client::{Served, request};
use super::serve_support::fixtures;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const REQUESTS: usize = 2000;
const CONCURRENCY: usize = 64;
const JOBS: usize = 2;

/// (task, response) -> (verdict, [(test, outcome, fuel)])
type Expected = HashMap<(String, String), (String, Vec<(String, String, u64)>)>;

fn key(r: &Value) -> (String, String) {
    (r["task"].as_str().unwrap().to_string(), r["response"].as_str().unwrap().to_string())
}

fn signature(result: &Value) -> (String, Vec<(String, String, u64)>) {
    let tests = result["tests"].as_array().map(|t| t.as_slice()).unwrap_or(&[]);
    let tests = tests
        .iter()
        .map(|t| {
            (t["name"].as_str().unwrap().into(), t["outcome"].as_str().unwrap().into(), t["fuel"].as_u64().unwrap())
        })
        .collect();
    (result["verdict"].as_str().unwrap_or("(none)").to_string(), tests)
}

/// What `gradebox run` decides for every response, on the same task folder.
fn batch(tasks: &std::path::Path, responses: &[Value]) -> Expected {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("responses.jsonl");
    fixtures::write_jsonl(&input, responses);
    let out = dir.path().join("results.jsonl");
    let run = gradebox()
        .args(["run", "--jobs", "2", "--tasks"])
        .arg(tasks)
        .arg("--responses")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let text = std::fs::read_to_string(out).unwrap();
    text.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()).map(|r| (key(&r), signature(&r))).collect()
}

/// Peak resident memory of a process, from /proc (VmHWM).
fn peak_rss_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() / 1024
}

#[test]
fn two_thousand_requests_a_fifth_hostile_match_gradebox_run() {
    ensure_runtimes();
    let tasks = fixtures::tasks_dir();
    let responses = fixtures::responses();
    let (hostile, benign): (Vec<Value>, Vec<Value>) = responses.iter().cloned().partition(fixtures::hostile);
    assert!(hostile.len() >= 8 && benign.len() >= 12, "{} hostile, {} benign", hostile.len(), benign.len());
    let expected = batch(tasks.path(), &responses);
    assert_eq!(expected.len(), responses.len(), "gradebox run graded every response");

    // Every fifth request is hostile; each kind of response is sent many times.
    let plan: Vec<Value> = (0..REQUESTS)
        .map(|i| if i % 5 == 0 { hostile[(i / 5) % hostile.len()].clone() } else { benign[i % benign.len()].clone() })
        .collect();
    let server = Served::start(tasks.path(), &["--jobs", &JOBS.to_string(), "--max-queue", &CONCURRENCY.to_string()]);
    let next = Arc::new(AtomicUsize::new(0));
    let mismatches = Arc::new(Mutex::new(Vec::new()));
    let plan = Arc::new(plan);
    let expected = Arc::new(expected);
    let clients: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (next, plan, expected, mismatches, addr) =
                (next.clone(), plan.clone(), expected.clone(), mismatches.clone(), server.addr);
            std::thread::spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(r) = plan.get(i) else { return };
                    let reply = request(addr, "POST", "/v1/grade", &[], r.to_string().as_bytes());
                    let got = if reply.status == 200 { Some(signature(&reply.json())) } else { None };
                    let want = &expected[&key(r)];
                    if got.as_ref() != Some(want) {
                        mismatches.lock().unwrap().push(format!(
                            "{:?}: HTTP {} {:?} != {want:?}",
                            key(r),
                            reply.status,
                            got
                        ));
                    }
                }
            })
        })
        .collect();
    for c in clients {
        c.join().unwrap();
    }
    let mismatches = mismatches.lock().unwrap();
    assert!(
        mismatches.is_empty(),
        "{} of {REQUESTS} differ from gradebox run, e.g. {:?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(5)]
    );
    assert_eq!(server.metric("gradebox_http_requests_total{route=\"/v1/grade\",status=\"200\"}"), REQUESTS as f64);

    // Each run's linear memory is capped, so the server holds at most JOBS guests at
    // their caps (256 MiB, the memory bomb reaches it) beside the warm runtimes and the
    // queued requests.
    let peak = peak_rss_mb(server.child.id());
    eprintln!("gradebox serve: peak resident memory {peak} MiB over {REQUESTS} requests");
    let bound = JOBS as u64 * 256 + 768;
    assert!(peak < bound, "peak memory {peak} MiB, bound {bound} MiB");
}
