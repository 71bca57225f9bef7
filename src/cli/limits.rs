//! The limit flags, one group shared by every command that runs programs (flattened
//! into its arguments) and checked in one place.

use crate::sandbox::limits::{MAX_MEMORY_MB, MAX_OUTPUT_KB};
use crate::sandbox::{Fuel, Limits};
use anyhow::{Result, bail};
use clap::Args;

#[derive(Args, Debug, Clone, Default)]
pub struct LimitArgs {
    /// CPU budget in fuel units (deterministic: about one per wasm instruction).
    #[arg(long)]
    pub fuel: Option<u64>,
    /// Time limit in milliseconds: CPU time of the program's thread plus its sleeps, not
    /// the host's wall clock (a far wall-clock backstop ends guests blocked in host calls).
    #[arg(long)]
    pub timeout_ms: Option<u64>,
    /// Cap on the program's linear memory, in MiB (at most 4096).
    #[arg(long)]
    pub memory_mb: Option<u64>,
    /// Cap on each of stdout and stderr, in KiB; the head is kept.
    #[arg(long)]
    pub output_kb: Option<u64>,
}

impl LimitArgs {
    /// `base` with the flags given applied, each checked against its range.
    pub fn apply(&self, base: Limits) -> Result<Limits> {
        let mut limits = base;
        if let Some(f) = self.fuel {
            if f == 0 {
                bail!("--fuel must be positive");
            }
            limits.fuel = Fuel(f);
        }
        if let Some(t) = self.timeout_ms {
            if t == 0 {
                bail!("--timeout-ms must be positive");
            }
            limits.timeout_ms = t;
        }
        if let Some(m) = self.memory_mb {
            if m == 0 || m > MAX_MEMORY_MB {
                bail!("--memory-mb must be between 1 and {MAX_MEMORY_MB} (a wasm32 program cannot address more)");
            }
            limits.memory_bytes = m << 20;
        }
        if let Some(o) = self.output_kb {
            if o == 0 || o > MAX_OUTPUT_KB {
                bail!("--output-kb must be between 1 and {MAX_OUTPUT_KB}");
            }
            limits.output_bytes = o << 10;
        }
        Ok(limits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_base_and_are_range_checked() {
        let given = LimitArgs { fuel: Some(5), memory_mb: Some(64), ..Default::default() };
        let l = given.apply(Limits::default()).unwrap();
        assert_eq!((l.fuel, l.memory_bytes, l.timeout_ms), (Fuel(5), 64 << 20, Limits::default().timeout_ms));
        for bad in [
            LimitArgs { memory_mb: Some(0), ..Default::default() },
            LimitArgs { memory_mb: Some(MAX_MEMORY_MB + 1), ..Default::default() },
            LimitArgs { output_kb: Some(MAX_OUTPUT_KB + 1), ..Default::default() },
            LimitArgs { fuel: Some(0), ..Default::default() },
        ] {
            assert!(bad.apply(Limits::default()).is_err(), "{bad:?}");
        }
    }
}
