//! Misbehaves as `[checker] args.mode` says: loop, trap, allocate, nan, score-above-one,
//! negative-score, inconsistent, bad-utf8, recurse, flood; anything else passes.

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
            "bad-utf8" => Verdict { score: 1.0, passed: true, feedback: unsafe { String::from_utf8_unchecked(vec![0xff, 0xfe, 0x41]) } },
            "recurse" => Verdict { score: recurse(std::hint::black_box(0)) as f64, passed: true, feedback: String::new() },
            "flood" => {
                loop {
                    println!("{}", "grader noise ".repeat(100));
                }
            }
            _ => Verdict::pass(),
        }
    }
}

gradebox_grader::export!(Hostile);
