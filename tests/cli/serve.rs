//! `gradebox serve` end to end: the real binary on 127.0.0.1, every route, the error
//! codes, auth on and off, cancellation of a run whose client left, shutdown with a
//! request in flight, and verl's SandboxFusion client against `/run_code`.

use super::common::ensure_runtimes;
use super::serve_support::client::{Served, request};
use super::serve_support::fixtures;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

fn start(args: &[&str]) -> (Served, tempfile::TempDir) {
    ensure_runtimes();
    let dir = fixtures::tasks_dir();
    (Served::start(dir.path(), args), dir)
}

fn response(task: &str, id: &str) -> Value {
    fixtures::responses().into_iter().find(|r| r["task"] == task && r["response"] == id).unwrap()
}

#[test]
fn the_gradebox_api_answers_every_route() {
    let (s, _dir) = start(&["--jobs", "2"]);
    let health = s.get("/health").json();
    assert_eq!((health["status"].as_str(), health["tasks"].as_u64()), (Some("UP"), Some(6)));

    let tasks = s.get("/v1/tasks").json();
    let ids: Vec<&str> = tasks["tasks"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 6, "{tasks}");
    let task = s.get("/v1/tasks/sum-of-squares");
    assert_eq!(task.status, 200);
    let t = task.json();
    assert_eq!(t["mode"], "stdio");
    assert_eq!(
        t["tests"].as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect::<Vec<_>>(),
        ["zero", "five", "thousand", "big"]
    );
    // No test's expected output (nor its input) is served.
    assert!(!task.text().contains("332833500") && !task.text().contains("1000000000000"), "{}", task.text());

    let one = s.post("/v1/grade", &response("sum-of-squares", "model-b"));
    assert_eq!(one.status, 200, "{}", one.text());
    let r = one.json();
    assert_eq!(
        (r["schema"].as_str(), r["verdict"].as_str(), r["passed"].as_u64()),
        (Some("gradebox.result/1"), Some("pass"), Some(4))
    );

    let list = json!([response("two-sum", "model-a"), {"task": "nope", "response": "x", "language": "python", "code": ""}, response("two-sum", "hostile-always-equal")]);
    let many = s.post("/v1/grade", &list).json();
    let many = many.as_array().unwrap();
    assert_eq!(many[0]["verdict"], "pass");
    assert_eq!((many[1]["line"].as_u64(), many[1]["task"].as_str()), (Some(2), Some("nope")), "{}", many[1]);
    assert!(many[1]["error"].as_str().unwrap().contains("unknown task"));
    assert_ne!(many[2]["verdict"], "pass", "{}", many[2]);

    let exec = s.post("/v1/exec", &json!({"language": "python", "code": "print(input()[::-1])", "stdin": "abc\n", "limits": {"fuel": 50_000_000}}));
    let e = exec.json();
    assert_eq!(
        (e["outcome"].as_str(), e["exit_code"].as_i64(), e["stdout"].as_str()),
        (Some("exited"), Some(0), Some("cba\n")),
        "{e}"
    );
    let spin = s
        .post("/v1/exec", &json!({"language": "javascript", "code": "for(;;){}", "limits": {"fuel": 1_000_000}}))
        .json();
    assert_eq!(spin["outcome"], "fuel_exhausted", "{spin}");

    let metrics = s.get("/metrics");
    assert!(metrics.header("content-type").unwrap().starts_with("text/plain"));
    assert_eq!(s.metric("gradebox_verdicts_total{verdict=\"pass\"}"), 2.0, "{}", metrics.text());
    assert_eq!(s.metric("gradebox_exec_outcomes_total{outcome=\"fuel_exhausted\"}"), 1.0);
    assert_eq!(s.metric("gradebox_http_requests_total{route=\"/v1/grade\",status=\"200\"}"), 2.0);
    assert_eq!(s.metric("gradebox_runs_in_flight"), 0.0);
    assert!(metrics.text().contains("gradebox_http_request_duration_seconds_bucket{route=\"/v1/exec\""));
    assert!(metrics.text().contains("gradebox_queue_depth 0"));
}

#[test]
fn bad_requests_get_the_right_code_and_name_the_field() {
    let (s, _dir) = start(&["--jobs", "1", "--max-body-kb", "4", "--timeout-ms", "3000"]);
    let code = |path: &str, body: &[u8]| {
        let r = request(s.addr, "POST", path, &[], body);
        let v = r.json();
        (r.status, v["field"].as_str().map(String::from), v["error"].as_str().unwrap().to_string())
    };
    let (status, field, error) = code("/v1/grade", b"{\"task\": ");
    assert_eq!((status, field), (400, None), "{error}");
    assert!(error.contains("not JSON"));
    let (status, field, _) = code("/v1/grade", br#"{"task": "two-sum", "response": "a", "language": "python"}"#);
    assert_eq!((status, field.as_deref()), (400, Some("code")));
    let (status, field, _) =
        code("/v1/grade", br#"[{"task": "two-sum", "response": "a", "language": "cobol", "code": ""}]"#);
    assert_eq!((status, field.as_deref()), (400, Some("[0].language")));
    let (status, field, error) =
        code("/v1/grade", br#"{"task": "no-such", "response": "a", "language": "python", "code": ""}"#);
    assert_eq!((status, field.as_deref()), (404, Some("task")), "{error}");
    let (status, field, _) = code("/v1/exec", br#"{"language": "python", "code": "", "limits": {"timeout_ms": 3001}}"#);
    assert_eq!((status, field.as_deref()), (400, Some("limits.timeout_ms")));
    let (status, field, _) = code("/v1/exec", br#"{"language": "python", "code": "", "limits": {"gas": 1}}"#);
    assert_eq!((status, field.as_deref()), (400, Some("limits.gas")));
    let big = format!("{{\"language\": \"python\", \"code\": \"{}\"}}", "x".repeat(5000));
    assert_eq!(code("/v1/exec", big.as_bytes()).0, 413);
    assert_eq!(s.get("/v1/tasks/no-such").status, 404);
    assert_eq!(s.get("/nowhere").status, 404);
    // The server is still fine.
    assert_eq!(s.get("/health").status, 200);
}

#[test]
fn a_token_guards_every_route_as_bearer_or_basic_password() {
    let (s, _dir) = start(&["--token", "s3cret"]);
    for path in ["/health", "/v1/tasks", "/metrics"] {
        let r = s.get(path);
        assert_eq!(r.status, 401, "{path}");
        assert!(r.header("www-authenticate").is_some());
    }
    let wrong = request(s.addr, "GET", "/v1/tasks", &[("Authorization", "Bearer nope")], b"");
    assert_eq!(wrong.status, 401);
    assert_eq!(request(s.addr, "POST", "/run_code", &[], br#"{"code": "", "language": "python"}"#).status, 401);
    let bearer = request(s.addr, "GET", "/v1/tasks", &[("Authorization", "Bearer s3cret")], b"");
    assert_eq!(bearer.status, 200);
    // label-studio:s3cret, as Label Studio sends Basic auth to an ML backend.
    let basic = request(s.addr, "GET", "/health", &[("Authorization", "Basic bGFiZWwtc3R1ZGlvOnMzY3JldA==")], b"");
    assert_eq!(basic.status, 200);
}

#[test]
fn a_full_queue_answers_429_with_retry_after() {
    let (s, _dir) = start(&["--jobs", "1", "--max-queue", "1", "--fuel", "1000000000000"]);
    // Spins until its 1.5 s time limit (CPU time): each job holds the worker that long.
    let slow =
        json!({"language": "python", "code": "while True:\n    pass\n", "limits": {"timeout_ms": 1500}}).to_string();
    let addr = s.addr;
    let busy: Vec<_> = (0..2)
        .map(|_| {
            let body = slow.clone();
            let t = std::thread::spawn(move || request(addr, "POST", "/v1/exec", &[], body.as_bytes()).status);
            std::thread::sleep(Duration::from_millis(300));
            t
        })
        .collect();
    let refused = request(addr, "POST", "/v1/exec", &[], slow.as_bytes());
    assert_eq!(refused.status, 429, "{}", refused.text());
    assert_eq!(refused.header("retry-after"), Some("1"));
    assert_eq!(busy.into_iter().map(|t| t.join().unwrap()).collect::<Vec<_>>(), [200, 200]);
}

#[test]
fn a_client_that_leaves_does_not_leave_its_guest_running() {
    let (s, _dir) = start(&["--jobs", "1", "--fuel", "1000000000000", "--timeout-ms", "60000"]);
    let body =
        json!({"language": "python", "code": "while True:\n    pass\n", "limits": {"timeout_ms": 60000}}).to_string();
    let mut conn = std::net::TcpStream::connect(s.addr).unwrap();
    use std::io::Write;
    let head = format!(
        "POST /v1/exec HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    conn.write_all((head + &body).as_bytes()).unwrap();
    let started = Instant::now();
    while s.metric("gradebox_runs_in_flight") < 1.0 {
        assert!(started.elapsed() < Duration::from_secs(10), "the run never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(conn);
    let left = Instant::now();
    while s.metric("gradebox_runs_in_flight") > 0.0 {
        assert!(left.elapsed() < Duration::from_secs(5), "the guest kept running after its client left");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(s.metric("gradebox_jobs_cancelled_total"), 1.0);
    // The worker is free again.
    let r = s.post("/v1/exec", &json!({"language": "python", "code": "print(1)"}));
    assert_eq!(r.json()["stdout"], "1\n");
}

#[test]
fn sigterm_finishes_the_requests_in_flight_then_exits() {
    let (mut s, _dir) = start(&["--jobs", "1", "--fuel", "1000000000000"]);
    let addr = s.addr;
    let in_flight = std::thread::spawn(move || {
        // Runs until its 1 s time limit: still running when SIGTERM arrives.
        let code = "print('started', flush=True)\nwhile True:\n    pass\n";
        let body = json!({"language": "python", "code": code, "limits": {"timeout_ms": 1000}}).to_string();
        request(addr, "POST", "/v1/exec", &[], body.as_bytes())
    });
    let started = Instant::now();
    while s.metric("gradebox_runs_in_flight") < 1.0 {
        assert!(started.elapsed() < Duration::from_secs(10), "the run never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    s.terminate();
    let reply = in_flight.join().unwrap();
    let ran = reply.json();
    assert_eq!(
        (reply.status, ran["outcome"].as_str(), ran["stdout"].as_str()),
        (200, Some("timed_out"), Some("started\n"))
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the server did not stop after SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}: {}", s.log.lock().unwrap());
    assert!(std::net::TcpStream::connect(addr).is_err(), "still accepting after it stopped");
}

#[test]
fn verls_sandbox_fusion_client_scores_run_code_answers_correctly() {
    let (s, _dir) = start(&["--jobs", "2"]);
    let url = format!("http://{}/run_code", s.addr);
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/serve_support/verl_client.py");
    let out = std::process::Command::new("python3").arg(script).arg(url).output().expect("running python3");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains(" passed, 0 failed"), "{text}");

    let r = s.post("/run_code", &json!({"code": "print(input())", "language": "python", "stdin": "hi"})).json();
    assert_eq!(r["status"], "Success");
    assert_eq!(r["compile_result"], Value::Null);
    let run = &r["run_result"];
    assert_eq!(
        (run["status"].as_str(), run["return_code"].as_i64(), run["stdout"].as_str()),
        (Some("Finished"), Some(0), Some("hi\n"))
    );
    assert!(run["execution_time"].as_f64().unwrap() >= 0.0);
    let files = s.post("/run_code", &json!({"code": "", "language": "python", "files": {"a.txt": "aGk="}}));
    assert_eq!((files.status, files.json()["field"].as_str()), (400, Some("files")));
}
