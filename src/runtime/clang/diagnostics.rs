//! What a failed build tells the candidate: the compiler's or linker's own messages,
//! bounded, or which of the compile's limits stopped it.

use super::options::CompileLimits;
use crate::sandbox::{Outcome, OutcomeKind};

/// Diagnostics kept in a `compile_error`: at most this many lines and characters.
const MAX_LINES: usize = 60;
const MAX_CHARS: usize = 6_000;

/// Why a toolchain run (`step`: "compile" or "link") failed, or None when it succeeded.
pub fn failure(step: &str, outcome: &Outcome, limits: &CompileLimits, disk_bytes: u64) -> Option<String> {
    let limit = match outcome.kind {
        OutcomeKind::Exited if outcome.exit_code == Some(0) => return None,
        OutcomeKind::Exited => {
            let said = bounded(&String::from_utf8_lossy(&outcome.stderr), step);
            return Some(if said.contains("unable to open output file '-'") {
                format!(
                    "the object file is too large for the compiler to write (static arrays over about 100 MiB)\n{said}"
                )
            } else {
                said
            });
        }
        OutcomeKind::FuelExhausted => format!("used up its fuel ({} units)", outcome.fuel_used.0),
        OutcomeKind::TimedOut if outcome.time_ms >= limits.timeout_ms as f64 => {
            format!("passed its time limit of {} ms of CPU time", limits.timeout_ms)
        }
        // Ended with time to spare: the wall-clock backstop (or a cancel), which the trap names.
        OutcomeKind::TimedOut => format!("was stopped: {}", outcome.trap.as_deref().unwrap_or("cancelled")),
        OutcomeKind::MemoryLimit => format!("reached its memory limit of {} MiB", limits.memory_bytes >> 20),
        OutcomeKind::OutputLimit => format!(
            "wrote more than its disk limit of {} MiB (a huge static array makes a huge object file)",
            disk_bytes >> 20
        ),
        OutcomeKind::StackOverflow => "overflowed its stack (too deeply nested templates or expressions?)".into(),
        OutcomeKind::Trapped => format!("crashed: {}", outcome.trap.as_deref().unwrap_or("trap")),
    };
    let mut msg = format!("the {step} {limit}");
    let said = String::from_utf8_lossy(&outcome.stderr);
    if !said.trim().is_empty() {
        msg.push('\n');
        msg.push_str(&bounded(&said, step));
    }
    Some(msg)
}

/// The head of `text`: whole lines, within the bounds, with a note of what was cut.
fn bounded(text: &str, step: &str) -> String {
    let text = text.trim_end();
    if text.is_empty() {
        return format!("the {step} failed without a message");
    }
    let mut out = String::new();
    for (kept, line) in text.lines().enumerate() {
        if kept == MAX_LINES || out.len() + line.len() > MAX_CHARS {
            let rest = text.lines().count() - kept;
            out.push_str(&format!("… ({rest} more lines)"));
            return out;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_diagnostics_keep_their_head() {
        let text: String = (0..500).map(|i| format!("main.cpp:{i}:1: error: x\n")).collect();
        let kept = bounded(&text, "compile");
        assert!(kept.starts_with("main.cpp:0:1: error: x\n"));
        assert!(kept.ends_with("(440 more lines)"), "{kept}");
        assert_eq!(bounded("", "link"), "the link failed without a message");
    }
}
