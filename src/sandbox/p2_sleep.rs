//! Sleeps of WASI preview 2 guests (the CPython component) on virtual time, as
//! `poll.rs` does for preview 1: a sleep advances the run's virtual clock by exactly
//! what was asked, so `time.sleep(0.05)` moves `time.monotonic()` by 0.05 s and time in
//! the guest stays deterministic; it counts against the run's time limit and nothing
//! really waits (a sleep past the limit ends the run at once). With the host's clocks,
//! sleeps really wait.

use super::RunState;
use super::wasi::VirtualClock;
use std::time::Duration;
use wasmtime::component::{Linker, Resource};
use wasmtime_wasi::p2::{DynPollable, Pollable, subscribe};

/// The interface wasmtime-wasi 48 provides; guests importing any 0.2.x match it.
const MONOTONIC_CLOCK: &str = "wasi:clocks/monotonic-clock@0.2.12";
const SHORTEST_REAL_WAIT: Duration = Duration::from_millis(1);

pub(crate) fn add_to_linker(linker: &mut Linker<RunState>) -> wasmtime::Result<()> {
    linker.allow_shadowing(true);
    let mut clocks = linker.instance(MONOTONIC_CLOCK)?;
    clocks.func_wrap("subscribe-duration", |mut store, (nanos,): (u64,)| {
        Ok((sleep(store.data_mut(), Duration::from_nanos(nanos))?,))
    })?;
    clocks.func_wrap("subscribe-instant", |mut store, (when,): (u64,)| {
        let state = store.data_mut();
        let now = state.clock.as_ref().map(|c| c.peek_monotonic_ns()).unwrap_or(0);
        Ok((sleep(state, Duration::from_nanos(when.saturating_sub(now)))?,))
    })?;
    Ok(())
}

fn sleep(state: &mut RunState, wait: Duration) -> wasmtime::Result<Resource<DynPollable>> {
    // Counted against the run's time limit when asked for; past it, the run ends now.
    state.budget.sleep(wait)?;
    let deadline = tokio::time::Instant::now().checked_add(wait);
    let nap = VirtualSleep { clock: state.clock.clone(), wait, deadline, done: false };
    let resource = state.table.push(nap)?;
    subscribe(&mut state.table, resource)
}

struct VirtualSleep {
    /// None with the host's clocks: then only the real wait happens.
    clock: Option<VirtualClock>,
    wait: Duration,
    /// None when the wait is too long to represent: it never ends (the deadline does).
    deadline: Option<tokio::time::Instant>,
    done: bool,
}

#[async_trait::async_trait]
impl Pollable for VirtualSleep {
    async fn ready(&mut self) {
        if self.done {
            return;
        }
        match (&self.clock, self.deadline) {
            // Virtual time: the clock moves by what was asked and nothing really waits.
            (Some(clock), _) => {
                clock.advance(self.wait);
                tokio::task::yield_now().await;
            }
            (None, Some(at)) if self.wait >= SHORTEST_REAL_WAIT => tokio::time::sleep_until(at).await,
            (None, Some(_)) => tokio::task::yield_now().await,
            (None, None) => std::future::pending::<()>().await,
        }
        self.done = true;
    }
}
