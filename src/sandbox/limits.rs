//! Per-run resource limits and the store-side limiter that enforces the memory cap.

use serde::{Deserialize, Serialize};

/// A deterministic CPU budget, in wasmtime fuel units (roughly one per wasm instruction).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Fuel(pub u64);

/// Every limit one run is held to. Fuel decides CPU limits deterministically;
/// `timeout_ms` counts the run's own CPU time plus its sleeps (see `time_budget.rs`), with a
/// wall-clock backstop for guests blocked in host calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    pub fuel: Fuel,
    pub timeout_ms: u64,
    /// Cap on all linear memory of the run, in bytes.
    pub memory_bytes: u64,
    /// Cap on each of stdout and stderr, in bytes; the head is kept.
    pub output_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { fuel: Fuel(2_000_000_000), timeout_ms: 10_000, memory_bytes: 256 << 20, output_bytes: 1 << 20 }
    }
}

/// Default limits of a grader's own runs: generous but small beside a candidate's.
pub const GRADER_LIMITS: Limits =
    Limits { fuel: Fuel(500_000_000), timeout_ms: 5_000, memory_bytes: 64 << 20, output_bytes: 64 << 10 };

/// The largest memory cap a run may be given, in MiB: all a 32-bit wasm memory can
/// address. Tasks, flags and the server all check against this one number.
pub const MAX_MEMORY_MB: u64 = (MAX_MEMORY_BYTES >> 20) as u64;
/// The largest output cap, in KiB, per stream. Output is kept in host memory, so it is
/// bounded like memory is and counted in the host-memory check.
pub const MAX_OUTPUT_KB: u64 = 256 << 10;

/// Table growth past this many elements is refused (a guest could otherwise make the host
/// allocate gigabytes of table through a tiny module).
pub(crate) const MAX_TABLE_ELEMENTS: usize = 1 << 20;
/// The largest linear memory a run may have: all a 32-bit wasm memory can address.
pub const MAX_MEMORY_BYTES: usize = 4 << 30;
/// Host bytes charged per table element: wasmtime stores a funcref as one pointer, an
/// externref as 4 bytes and a continuation as two words; the largest is counted.
const TABLE_ELEMENT_BYTES: usize = 2 * std::mem::size_of::<usize>();
/// Instances, tables and memories one run may create (a component holds several of each).
const MAX_INSTANCES: usize = 64;
pub(crate) const MAX_TABLES: usize = 64;
pub(crate) const MAX_MEMORIES: usize = 64;

/// Counts every byte of linear memory and tables a run commits, refuses growth past the
/// cap and remembers that it did, so a run that later exits on its own is still
/// reported as `memory_limit` (CPython turns a refused growth into `MemoryError`).
#[derive(Debug)]
pub(crate) struct MemoryCap {
    cap: usize,
    committed: usize,
    pub(crate) refused: bool,
}

impl MemoryCap {
    pub(crate) fn new(cap: u64) -> Self {
        MemoryCap { cap: usize::try_from(cap).unwrap_or(usize::MAX), committed: 0, refused: false }
    }

    /// Memories and tables never shrink, so what is committed at the end is the peak.
    pub(crate) fn peak(&self) -> u64 {
        self.committed as u64
    }

    /// Takes `extra` bytes if they fit under the cap; otherwise remembers the refusal.
    fn charge(&mut self, extra: usize) -> bool {
        match self.committed.checked_add(extra) {
            Some(total) if total <= self.cap => {
                self.committed = total;
                true
            }
            _ => {
                self.refused = true;
                false
            }
        }
    }
}

impl wasmtime::ResourceLimiter for MemoryCap {
    // Growth past the module's own declared maximum fails in wasmtime after this is
    // asked: it is neither charged nor a refusal of the cap.
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        if maximum.is_some_and(|max| desired > max) {
            return Ok(false);
        }
        Ok(self.charge(desired.saturating_sub(current)))
    }

    fn table_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        if maximum.is_some_and(|max| desired > max) {
            return Ok(false);
        }
        if desired > MAX_TABLE_ELEMENTS {
            self.refused = true;
            return Ok(false);
        }
        Ok(self.charge(desired.saturating_sub(current).saturating_mul(TABLE_ELEMENT_BYTES)))
    }

    fn instances(&self) -> usize {
        MAX_INSTANCES
    }
    fn tables(&self) -> usize {
        MAX_TABLES
    }
    fn memories(&self) -> usize {
        MAX_MEMORIES
    }
}

/// How much of an instance slot's memory is reset in place and kept mapped between
/// runs, instead of being returned to the kernel and faulted in again: page faults on
/// the shared memory image are what parallel workers contended over (two workers on
/// HumanEval spent 2.6 s in the kernel against 0.15 s with this). CPython's heap fits.
pub const KEEP_RESIDENT: usize = 32 << 20;
/// Idle slots that keep their resident memory; the rest are fully decommitted. So idle
/// slots hold at most WARM_SLOTS × KEEP_RESIDENT (512 MiB), whatever the batch.
pub const WARM_SLOTS: u32 = 16;

/// What one run may cost the host beyond its linear memory: its wasm and async
/// stacks, the store, and output buffers.
pub const HOST_OVERHEAD_PER_RUN: u64 = 32 << 20;

/// Refuses `jobs` parallel runs of `memory_cap` bytes each when together they could
/// take more than 80% of the host's memory: a batch must never be what exhausts it.
pub fn check_host_memory(jobs: usize, memory_cap: u64) -> anyhow::Result<()> {
    let Some(total) = host_memory_bytes() else { return Ok(()) };
    let warm = u64::from(WARM_SLOTS) * KEEP_RESIDENT as u64;
    let worst = (jobs as u64).saturating_mul(memory_cap.saturating_add(HOST_OVERHEAD_PER_RUN)).saturating_add(warm);
    if worst > total / 10 * 8 {
        anyhow::bail!(
            "{jobs} parallel runs with a {} MiB memory cap could take {:.1} GiB, more than 80% of this host's {:.1} GiB: \
             lower --jobs or the memory cap",
            memory_cap >> 20,
            worst as f64 / (1u64 << 30) as f64,
            total as f64 / (1u64 << 30) as f64
        );
    }
    Ok(())
}

/// Physical memory of the host (Linux: MemTotal of /proc/meminfo); None elsewhere.
fn host_memory_bytes() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmtime::ResourceLimiter;

    #[test]
    fn growth_past_cap_is_refused_and_remembered() {
        let mut cap = MemoryCap::new(100);
        assert!(cap.memory_growing(0, 60, None).unwrap());
        assert!(!cap.memory_growing(60, 120, None).unwrap());
        assert!(cap.refused);
        assert!(cap.memory_growing(0, 40, None).unwrap(), "a second memory fits");
        assert_eq!(cap.peak(), 100);
    }

    #[test]
    fn tables_count_against_the_same_cap() {
        let mut cap = MemoryCap::new(1 << 20);
        assert!(cap.memory_growing(0, 1 << 19, None).unwrap());
        let fits = (1 << 19) / TABLE_ELEMENT_BYTES;
        assert!(cap.table_growing(0, fits, None).unwrap());
        assert!(!cap.refused);
        assert!(!cap.table_growing(fits, fits + 1, None).unwrap());
        assert!(cap.refused, "a table over the cap is a memory_limit");
        let mut own_max = MemoryCap::new(1 << 20);
        assert!(!own_max.table_growing(10, 20, Some(15)).unwrap());
        assert!(!own_max.refused, "the module's own maximum is not the cap");
        assert_eq!(own_max.peak(), 0);
        let mut huge = MemoryCap::new(u64::MAX);
        assert!(!huge.table_growing(0, MAX_TABLE_ELEMENTS + 1, None).unwrap());
        assert!(huge.refused);
    }
}
