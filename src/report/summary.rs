//! The end-of-batch summary of `gradebox run`.

use crate::batch::BatchSummary;
use crate::result::Verdict;

pub fn batch(s: &BatchSummary, out: &std::path::Path) -> String {
    let mut text = format!(
        "graded {} responses in {:.1} s ({:.1}/s)",
        s.graded,
        s.seconds,
        if s.seconds > 0.0 { s.graded as f64 / s.seconds } else { 0.0 }
    );
    if s.skipped_done > 0 {
        text.push_str(&format!("; {} already done (resumed)", s.skipped_done));
    }
    if s.input_errors > 0 {
        text.push_str(&format!("; {} input errors (recorded with their line numbers)", s.input_errors));
    }
    if s.earlier_input_errors > 0 {
        text.push_str(&format!("; {} input errors recorded by the earlier run", s.earlier_input_errors));
    }
    text.push('\n');
    for v in Verdict::ALL {
        if let Some(n) = s.verdicts.get(&v) {
            text.push_str(&format!("  {:<14} {n}\n", v.as_str()));
        }
    }
    text.push_str(&format!("results: {}\n", out.display()));
    text
}
