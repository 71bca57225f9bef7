//! The WASI world a run sees: its stdin, capped stdout/stderr, its arguments, the
//! read-only folders it is given and nothing else. Clocks and randomness are
//! deterministic unless a run asks for the host's.

use super::output::CappedOutput;
use super::{Mount, RunRequest};
use anyhow::{Context, Result};
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use wasmtime_wasi::p2::pipe::MemoryInputPipe;
use wasmtime_wasi::{FsPerms, HostMonotonicClock, HostWallClock, WasiCtxBuilder};

/// Wall-clock time every deterministic run starts at: 2024-01-01T00:00:00Z.
const VIRTUAL_EPOCH: Duration = Duration::from_secs(1_704_067_200);
/// Each read of a virtual clock advances it by this much, so elapsed times are positive
/// and still the same on every machine.
const VIRTUAL_TICK_NS: u64 = 1_000;
/// Seed of every deterministic random source.
const RANDOM_SEED: u64 = 0x6772_6164_6562_6f78; // "gradebox"

/// The deterministic clock of one run, shared by its wall and monotonic clocks and by
/// `poll_oneoff`: every reading advances it by a tick, every sleep by what was slept.
#[derive(Clone, Default)]
pub(crate) struct VirtualClock(Arc<AtomicU64>);

impl VirtualClock {
    fn read(&self) -> u64 {
        self.0.fetch_add(VIRTUAL_TICK_NS, Ordering::Relaxed) + VIRTUAL_TICK_NS
    }
    /// The monotonic time without reading it (a reading moves the clock by a tick).
    pub(crate) fn peek_monotonic_ns(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
    pub(crate) fn monotonic_now_ns(&self) -> u64 {
        self.read()
    }
    pub(crate) fn wall_now_ns(&self) -> u64 {
        VIRTUAL_EPOCH.as_nanos() as u64 + self.read()
    }
    pub(crate) fn advance(&self, by: Duration) {
        self.0.fetch_add(u64::try_from(by.as_nanos()).unwrap_or(u64::MAX / 4), Ordering::Relaxed);
    }
}

struct VirtualWallClock(VirtualClock);
impl HostWallClock for VirtualWallClock {
    fn resolution(&self) -> Duration {
        Duration::from_nanos(VIRTUAL_TICK_NS)
    }
    fn now(&self) -> Duration {
        Duration::from_nanos(self.0.wall_now_ns())
    }
}

struct VirtualMonotonicClock(VirtualClock);
impl HostMonotonicClock for VirtualMonotonicClock {
    fn resolution(&self) -> u64 {
        VIRTUAL_TICK_NS
    }
    fn now(&self) -> u64 {
        self.0.monotonic_now_ns()
    }
}

/// The streams a run writes to; the host reads them back after the run.
pub(crate) struct Captures {
    pub(crate) stdout: CappedOutput,
    pub(crate) stderr: CappedOutput,
    /// None when the run uses the host's clocks.
    pub(crate) clock: Option<VirtualClock>,
}

pub(crate) fn build(req: &RunRequest) -> Result<(WasiCtxBuilder, Captures)> {
    let stdout = CappedOutput::new(req.limits.output_bytes);
    let stderr = CappedOutput::new(req.limits.output_bytes);
    let mut b = WasiCtxBuilder::new();
    b.stdin(MemoryInputPipe::new(req.stdin.clone()))
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .args(&req.args)
        .allow_tcp(false)
        .allow_udp(false)
        .allow_ip_name_lookup(false)
        // Blocking mode would make a preview 1 sleep a `thread::sleep` that no deadline
        // can cut short; async host calls are cancelled when the deadline passes.
        .allow_blocking_current_thread(false);
    for (k, v) in &req.env {
        b.env(k, v);
    }
    for Mount { host, guest } in &req.mounts {
        b.preopened_dir(host, guest, FsPerms::ReadOnly)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("cannot give the run read-only access to {}", host.display()))?;
    }
    let clock = (!req.host_clocks_and_random).then(VirtualClock::default);
    if let Some(clock) = &clock {
        b.wall_clock(VirtualWallClock(clock.clone()))
            .monotonic_clock(VirtualMonotonicClock(clock.clone()))
            .secure_random(StdRng::seed_from_u64(RANDOM_SEED))
            .insecure_random(StdRng::seed_from_u64(RANDOM_SEED ^ 1))
            .insecure_random_seed(u128::from(RANDOM_SEED));
    }
    Ok((b, Captures { stdout, stderr, clock }))
}
