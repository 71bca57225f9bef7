//! Partial credit per sub-question: each expected line is one answer, compared after
//! trimming whitespace (and case, when `[checker] args.ignore_case = true`). The score
//! is the share of lines answered right; the test passes only when all are. The
//! feedback lists which sub-questions were wrong.

use gradebox_grader::{CandidateRun, Grader, TestCase, Verdict};

struct PartialCredit;

impl Grader for PartialCredit {
    fn grade(test: TestCase, run: CandidateRun) -> Verdict {
        let ignore_case = test.task_args().get("ignore_case").and_then(|v| v.as_bool()).unwrap_or(false);
        let norm = |s: &str| if ignore_case { s.trim().to_lowercase() } else { s.trim().to_string() };
        let expected_text = test.expected_text();
        let stdout = run.stdout_text();
        let expected: Vec<&str> = expected_text.lines().collect();
        let actual: Vec<&str> = stdout.lines().collect();
        if expected.is_empty() {
            return Verdict::fail("grader setup: the test has no expected lines");
        }
        let mut wrong = Vec::new();
        for (i, want) in expected.iter().enumerate() {
            let got = actual.get(i).copied().unwrap_or("");
            if norm(want) != norm(got) {
                wrong.push(format!("#{}: expected {:?}, got {:?}", i + 1, want.trim(), got.trim()));
            }
        }
        let right = expected.len() - wrong.len();
        let score = right as f64 / expected.len() as f64;
        if wrong.is_empty() {
            return Verdict::pass();
        }
        let shown: Vec<String> = wrong.iter().take(3).cloned().collect();
        let more = if wrong.len() > 3 { format!(" and {} more", wrong.len() - 3) } else { String::new() };
        let feedback = format!("{right} of {} answers right; wrong {}{more}", expected.len(), shown.join("; "));
        if right == 0 { Verdict::fail(feedback) } else { Verdict::partial(score, feedback) }
    }
}

gradebox_grader::export!(PartialCredit);
