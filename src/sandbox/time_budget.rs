//! The time a run may take, counted as judges count it: the CPU time of the thread
//! running the guest (its thread CPU clock, user and system), plus the virtual time the
//! guest slept. Neither moves when other processes take the CPU, so a run starved by
//! the host's load is not a `time_limit`. A sleep that would pass the limit ends the
//! run at once instead of waiting for it. A wall-clock backstop, far above the limit,
//! still ends a guest that blocks in a host call for any other reason.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Cloned to the future that drives the guest, which checks it at every fuel (or, for
/// the toolchain's engine, epoch) yield while the guest holds the store; the guest's
/// sleeps add to the shared count.
#[derive(Clone)]
pub(crate) struct TimeBudget {
    limit: Duration,
    cpu_start: Duration,
    slept_ns: Arc<AtomicU64>,
}

/// The run's time limit was reached (classified as `timed_out`).
#[derive(Debug)]
pub(crate) struct TimeLimitReached;

impl std::fmt::Display for TimeLimitReached {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the time limit was reached")
    }
}

impl std::error::Error for TimeLimitReached {}

impl TimeBudget {
    /// Starts counting on the calling thread, the one that will run the guest.
    pub fn start(limit: Duration) -> TimeBudget {
        TimeBudget { limit, cpu_start: thread_cpu_time(), slept_ns: Arc::new(AtomicU64::new(0)) }
    }

    /// CPU time of this run's thread since the start, plus the time slept.
    pub fn used(&self) -> Duration {
        thread_cpu_time().saturating_sub(self.cpu_start) + Duration::from_nanos(self.slept_ns.load(Ordering::Relaxed))
    }

    pub fn exceeded(&self) -> bool {
        self.used() >= self.limit
    }

    /// Counts a sleep of `wait`; refused when it would pass the limit.
    pub fn sleep(&self, wait: Duration) -> Result<(), TimeLimitReached> {
        let used = self.used();
        let counted = if used.saturating_add(wait) >= self.limit { self.limit.saturating_sub(used) } else { wait };
        self.slept_ns.fetch_add(u64::try_from(counted.as_nanos()).unwrap_or(u64::MAX), Ordering::Relaxed);
        if counted < wait {
            return Err(TimeLimitReached);
        }
        Ok(())
    }
}

/// How long a run may take by the wall clock before it is stopped whatever its CPU
/// time: ten times the limit and two seconds more, so that only a guest blocked in a
/// host call meets it, never one that is merely waiting for a busy CPU.
pub(crate) fn wall_backstop(limit: Duration) -> Duration {
    limit.saturating_mul(10).saturating_add(Duration::from_secs(2))
}

/// The calling thread's CPU time (Linux and other POSIX systems).
pub(crate) fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleeping_counts_and_a_sleep_past_the_limit_is_refused() {
        let b = TimeBudget::start(Duration::from_secs(1));
        b.sleep(Duration::from_millis(600)).unwrap();
        assert!(b.used() >= Duration::from_millis(600));
        assert!(b.sleep(Duration::from_millis(500)).is_err());
        assert!(b.exceeded());
    }

    #[test]
    fn waiting_is_not_cpu_time() {
        let b = TimeBudget::start(Duration::from_secs(1));
        std::thread::sleep(Duration::from_millis(50));
        assert!(b.used() < Duration::from_millis(25), "a thread asleep uses no CPU: {:?}", b.used());
        let spin = thread_cpu_time();
        while thread_cpu_time() - spin < Duration::from_millis(30) {}
        assert!(b.used() >= Duration::from_millis(30));
    }
}
