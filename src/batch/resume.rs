//! Resuming a batch: which pairs already have a complete result line.

use anyhow::{Context, Result};
use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

pub(crate) fn key(task: &str, response: &str) -> String {
    format!("{task}\u{0}{response}")
}

/// The key of a responses line recorded as not even a response.
pub(crate) fn line_key(line: usize) -> String {
    format!("line:{line}")
}

/// What an earlier run of a batch left in its results file.
#[derive(Default)]
pub(crate) struct Done {
    /// Keys of the pairs and lines that have a complete record.
    pub keys: HashSet<String>,
    /// Input errors recorded (not gradebox faults, which are retried).
    pub input_errors: usize,
}

impl Done {
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.keys.contains(key)
    }
}

/// Every complete line in `out`. A torn last line (a kill mid-write) is cut off the
/// file so the batch can append after it.
pub(crate) fn completed(out: &Path) -> Result<Done> {
    let mut done = Done::default();
    let Ok(bytes) = std::fs::read(out) else { return Ok(done) };
    let complete = match bytes.iter().rposition(|&b| b == b'\n') {
        Some(i) => i + 1,
        None => 0,
    };
    if complete < bytes.len() {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(out)
            .with_context(|| format!("cannot repair {}", out.display()))?;
        f.set_len(complete as u64)?;
        (&f).flush()?;
    }
    for line in String::from_utf8_lossy(&bytes[..complete]).lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if v.get("gradebox_fault").and_then(|f| f.as_bool()) == Some(true) {
            continue;
        }
        if let Some(n) = v.get("line").and_then(|l| l.as_u64())
            && v.get("error").is_some()
        {
            done.keys.insert(line_key(n as usize));
            done.input_errors += 1;
        }
        if let (Some(t), Some(r)) = (v.get("task").and_then(|t| t.as_str()), v.get("response").and_then(|r| r.as_str()))
        {
            done.keys.insert(key(t, r));
        }
    }
    Ok(done)
}
