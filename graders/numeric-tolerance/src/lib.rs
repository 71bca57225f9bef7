//! Compares the candidate's output with the expected one number by number. A value
//! passes when it is within `abs` or within `rel` (relative) of the expected value;
//! both come from `[checker] args` (default 1e-6). The feedback names the first value
//! that was off, where, and by how much.

use gradebox_grader::{CandidateRun, Grader, TestCase, Verdict};

struct NumericTolerance;

fn numbers(text: &str) -> Result<Vec<f64>, String> {
    text.split_whitespace()
        .enumerate()
        .map(|(i, t)| t.parse::<f64>().map_err(|_| format!("value {} is {t:?}, not a number", i + 1)))
        .collect()
}

impl Grader for NumericTolerance {
    fn grade(test: TestCase, run: CandidateRun) -> Verdict {
        let abs = test.task_arg_f64("abs", 1e-6);
        let rel = test.task_arg_f64("rel", 1e-6);
        let want = match numbers(&test.expected_text()) {
            Ok(v) => v,
            Err(e) => return Verdict::fail(format!("the expected answer is malformed: {e}")),
        };
        let got = match numbers(&run.stdout_text()) {
            Ok(v) => v,
            Err(e) => return Verdict::fail(e),
        };
        if got.len() != want.len() {
            return Verdict::fail(format!("expected {} values, got {}", want.len(), got.len()));
        }
        for (i, (w, g)) in want.iter().zip(&got).enumerate() {
            let diff = (w - g).abs();
            if !(diff <= abs || diff <= rel * w.abs()) {
                return Verdict::fail(format!(
                    "value {} is {g}, expected {w}: off by {diff:.3e} ({:.3e} relative; allowed {abs:e} absolute or {rel:e} relative)",
                    i + 1,
                    if *w != 0.0 { diff / w.abs() } else { f64::INFINITY }
                ));
            }
        }
        Verdict::pass()
    }
}

gradebox_grader::export!(NumericTolerance);
