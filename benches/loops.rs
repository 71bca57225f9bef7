//! CPU-bound speed: the same 3-million-iteration loop in gradebox's Python and
//! JavaScript beside native `python3` and `node`, measured in the same invocation
//! (these machines are shared and noisy, so only side-by-side ratios mean much).
//!
//!     cargo bench --bench loops                 # 5 runs each, median
//!     GRADEBOX_BENCH_RUNS=9 cargo bench --bench loops
//!
//! Targets (issue 14): Python within 2.5x of native python3, JavaScript within 5x of
//! node. Whole runs are timed on both sides: the process start of the natives, the
//! instantiation of gradebox's runtimes.

use bytes::Bytes;
use gradebox::cli::shared_runtimes;
use gradebox::runtime::Language;
use gradebox::sandbox::{Fuel, Limits};
use std::process::Command;
use std::time::{Duration, Instant};

const ITERATIONS: u32 = 3_000_000;

fn python_loop() -> String {
    format!("s = 0\nfor i in range({ITERATIONS}):\n    s += i * i % 7\nprint(s)\n")
}

fn js_loop() -> String {
    format!("let s = 0;\nfor (let i = 0; i < {ITERATIONS}; i++) {{\n  s += i * i % 7;\n}}\nconsole.log(s);\n")
}

fn median(runs: usize, mut f: impl FnMut() -> String) -> (Duration, String) {
    let mut out = f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            out = f();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], out)
}

fn native(runs: usize, program: &str, args: &[&str]) -> Option<(Duration, String)> {
    Command::new(program).arg("--version").output().ok()?;
    Some(median(runs, || {
        let out = Command::new(program).args(args).output().expect("native run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }))
}

fn main() {
    let runs: usize = std::env::var("GRADEBOX_BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let runtimes = shared_runtimes().expect("runtimes");
    let limits = Limits { fuel: Fuel(1_000_000_000_000), timeout_ms: 600_000, ..Limits::default() };
    let gradebox = |lang: Language, src: &str| {
        median(runs, || {
            let out = runtimes.exec(lang, src.as_bytes(), "loop", Bytes::new(), limits).expect("run");
            assert!(out.outcome.success(), "{lang}: {}", out.outcome.summary());
            eprintln!("  {lang}: {} fuel", out.outcome.fuel_used.0);
            String::from_utf8_lossy(&out.outcome.stdout).into_owned()
        })
    };
    let (py, js) = (python_loop(), js_loop());
    let rows = [
        ("python", gradebox(Language::Python, &py), native(runs, "python3", &["-c", &py]), 2.5),
        ("javascript", gradebox(Language::Javascript, &js), native(runs, "node", &["-e", &js]), 5.0),
    ];
    println!("a {ITERATIONS}-iteration loop, whole runs, median of {runs}");
    println!("{:<12} {:>12} {:>12} {:>8} {:>8}", "", "gradebox ms", "native ms", "ratio", "target");
    for (name, (gb, gb_out), native, target) in rows {
        match native {
            Some((n, n_out)) => {
                assert_eq!(gb_out, n_out, "{name}: gradebox and native print different sums");
                let ratio = gb.as_secs_f64() / n.as_secs_f64();
                let ok = if ratio <= target { "ok" } else { "MISSED" };
                println!(
                    "{name:<12} {:>12.1} {:>12.1} {ratio:>7.2}x {target:>7.1}x {ok}",
                    gb.as_secs_f64() * 1e3,
                    n.as_secs_f64() * 1e3
                );
            }
            None => println!("{name:<12} {:>12.1} {:>12}", gb.as_secs_f64() * 1e3, "n/a"),
        }
    }
}
