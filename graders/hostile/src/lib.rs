//! Misbehaves as `[checker] args.mode` says: loop, trap, allocate, nan, score-above-one,
//! negative-score, inconsistent, bad-utf8, recurse, flood, infinity, neg-infinity,
//! huge-feedback, abort, exit-zero, exit-nonzero, sleep, stderr-flood, partial-passed,
//! alloc-huge; probe-host tries to reach the host and fails the candidate only if it
//! could (so a sandboxed grader passes); anything else passes.

use gradebox_grader::{CandidateRun, Grader, TestCase, Verdict};

struct Hostile;

#[allow(unconditional_recursion)]
fn recurse(n: u64) -> u64 {
    recurse(n + 1) + 1
}

impl Grader for Hostile {
    fn grade(test: TestCase, _run: CandidateRun) -> Verdict {
        let args = test.task_args();
        match args.get("mode").and_then(|m| m.as_str()).unwrap_or("") {
            "loop" => loop {
                std::hint::black_box(0);
            },
            "trap" => panic!("the grader gives up"),
            "allocate" => {
                let mut hoard: Vec<Vec<u8>> = Vec::new();
                loop {
                    hoard.push(vec![1u8; 1 << 20]);
                    std::hint::black_box(&hoard);
                }
            }
            "nan" => Verdict { score: f64::NAN, passed: false, feedback: "NaN".into() },
            "score-above-one" => Verdict { score: 1.5, passed: true, feedback: String::new() },
            "negative-score" => Verdict { score: -0.5, passed: false, feedback: String::new() },
            "inconsistent" => Verdict { score: 0.0, passed: true, feedback: String::new() },
            // Malformed data: a string that is not UTF-8 fails the component's checks.
            "bad-utf8" => Verdict {
                score: 1.0,
                passed: true,
                feedback: unsafe { String::from_utf8_unchecked(vec![0xff, 0xfe, 0x41]) },
            },
            "recurse" => {
                Verdict { score: recurse(std::hint::black_box(0)) as f64, passed: true, feedback: String::new() }
            }
            "flood" => loop {
                println!("{}", "grader noise ".repeat(100));
            },
            "infinity" => Verdict { score: f64::INFINITY, passed: true, feedback: String::new() },
            "neg-infinity" => Verdict { score: f64::NEG_INFINITY, passed: false, feedback: String::new() },
            // 16 MiB of feedback: far past any output cap a human reader could use.
            "huge-feedback" => Verdict { score: 1.0, passed: true, feedback: "x".repeat(16 << 20) },
            "abort" => std::process::abort(),
            // Ends the grader's instance before `grade` returns anything.
            "exit-zero" => std::process::exit(0),
            "exit-nonzero" => std::process::exit(3),
            "sleep" => {
                std::thread::sleep(std::time::Duration::from_secs(3600));
                Verdict::pass()
            }
            "stderr-flood" => loop {
                eprintln!("{}", "grader noise ".repeat(100));
            },
            "partial-passed" => Verdict { score: 0.5, passed: true, feedback: String::new() },
            "alloc-huge" => {
                let v = vec![7u8; 1 << 30];
                Verdict { score: (v[v.len() - 1] as f64) / 7.0, passed: true, feedback: String::new() }
            }
            "probe-host" => {
                let mut leaks = Vec::new();
                for path in ["/etc/passwd", "/", ".", "/proc/self/environ", "/root"] {
                    if std::fs::metadata(path).is_ok() {
                        leaks.push(format!("stat {path}"));
                    }
                    if std::fs::read_dir(path).is_ok() {
                        leaks.push(format!("readdir {path}"));
                    }
                }
                if std::fs::write("/tmp/gradebox-escape-grader", b"x").is_ok() {
                    leaks.push("wrote /tmp".into());
                }
                if std::env::vars().next().is_some() {
                    leaks.push("environment".into());
                }
                if std::net::TcpStream::connect("127.0.0.1:22").is_ok() {
                    leaks.push("tcp".into());
                }
                if leaks.is_empty() { Verdict::pass() } else { Verdict::fail(format!("LEAK {}", leaks.join(", "))) }
            }
            _ => Verdict::pass(),
        }
    }
}

gradebox_grader::export!(Hostile);
