//! gradebox's own `poll_oneoff` for WASI preview 1 guests.
//!
//! wasmtime-wasi's version sleeps in real time while the guest's clocks are virtual,
//! so a runtime that waits for its clock to reach a timer (QuickJS checks every
//! millisecond) would sleep thousands of times without its clock moving. Here a sleep
//! advances the virtual clock by exactly what was asked, so time in the guest stays
//! deterministic; the sleep counts against the run's time limit and nothing really
//! waits (a sleep past the limit ends the run at once). stdin is in memory and the outputs never block, so descriptor
//! subscriptions are ready at once.

use super::RunState;
use super::wasi::VirtualClock;
use std::time::Duration;
use wasmtime::{Caller, Extern, Linker};

const ERRNO_SUCCESS: i32 = 0;
const ERRNO_BADF: u16 = 8;
const ERRNO_FAULT: i32 = 21;
const ERRNO_INVAL: i32 = 28;
const EVENTTYPE_CLOCK: u8 = 0;
const SUBSCRIPTION_SIZE: usize = 48;
const EVENT_SIZE: usize = 32;
const CLOCK_REALTIME: u32 = 0;
const ABSTIME: u16 = 1;
const SHORTEST_REAL_WAIT: Duration = Duration::from_millis(1);
/// A guest may wait on at most this many subscriptions per call.
const MAX_SUBSCRIPTIONS: u32 = 1024;

struct Sub {
    userdata: u64,
    tag: u8,
    /// Clock subscriptions: how long until they fire.
    wait: Option<Duration>,
    fd: u32,
}

pub(crate) fn add_to_linker(linker: &mut Linker<RunState>) -> wasmtime::Result<()> {
    linker.allow_shadowing(true);
    linker.func_wrap_async(
        "wasi_snapshot_preview1",
        "poll_oneoff",
        |mut caller: Caller<'_, RunState>, (subs, events, n, nevents): (i32, i32, i32, i32)| {
            Box::new(async move {
                let errno = poll_oneoff(&mut caller, subs as u32, events as u32, n as u32, nevents as u32).await?;
                Ok(errno)
            })
        },
    )?;
    linker.allow_shadowing(false);
    Ok(())
}

fn read_subs(mem: &[u8], at: usize, n: usize, clock: Option<&VirtualClock>) -> Option<Vec<Sub>> {
    let bytes = mem.get(at..at.checked_add(n.checked_mul(SUBSCRIPTION_SIZE)?)?)?;
    let u64_at = |b: &[u8], o: usize| u64::from_le_bytes(b[o..o + 8].try_into().unwrap());
    let u32_at = |b: &[u8], o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap());
    Some(
        bytes
            .chunks_exact(SUBSCRIPTION_SIZE)
            .map(|s| {
                let tag = s[8];
                let wait = (tag == EVENTTYPE_CLOCK).then(|| {
                    let id = u32_at(s, 16);
                    let timeout = u64_at(s, 24);
                    let flags = u16::from_le_bytes([s[40], s[41]]);
                    let nanos = if flags & ABSTIME != 0 {
                        let now = match clock {
                            Some(c) if id == CLOCK_REALTIME => c.wall_now_ns(),
                            Some(c) => c.monotonic_now_ns(),
                            None if id == CLOCK_REALTIME => std::time::SystemTime::now()
                                .duration_since(std::time::UNIX_EPOCH)
                                .map(|d| d.as_nanos() as u64)
                                .unwrap_or(0),
                            None => 0,
                        };
                        timeout.saturating_sub(now)
                    } else {
                        timeout
                    };
                    Duration::from_nanos(nanos)
                });
                Sub { userdata: u64_at(s, 0), tag, wait, fd: u32_at(s, 16) }
            })
            .collect(),
    )
}

/// The errno of the call, or the end of the run when a sleep would pass its time limit.
async fn poll_oneoff(
    caller: &mut Caller<'_, RunState>,
    subs: u32,
    events: u32,
    n: u32,
    nevents: u32,
) -> wasmtime::Result<i32> {
    if n == 0 || n > MAX_SUBSCRIPTIONS {
        return Ok(ERRNO_INVAL);
    }
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else { return Ok(ERRNO_FAULT) };
    let clock = caller.data().clock.clone();
    let Some(list) = read_subs(memory.data(&caller), subs as usize, n as usize, clock.as_ref()) else {
        return Ok(ERRNO_FAULT);
    };

    // Descriptors are ready now: stdin is in memory, stdout/stderr never block.
    let mut ready: Vec<(u64, u16, u8)> = list
        .iter()
        .filter(|s| s.wait.is_none())
        .map(|s| (s.userdata, if s.fd <= 2 { 0 } else { ERRNO_BADF }, s.tag))
        .collect();
    if ready.is_empty() {
        let wait = list.iter().filter_map(|s| s.wait).min().unwrap_or_default();
        // The sleep counts against the run's time limit; one that would pass it ends
        // the run now (a guest sleeping forever ends at once, not at a deadline).
        caller.data_mut().budget.sleep(wait)?;
        match &clock {
            // Virtual time: the clock moves by what was asked and nothing really waits.
            Some(c) => c.advance(wait),
            // The host's clocks: really wait, as the program reads real time.
            None if wait > SHORTEST_REAL_WAIT => tokio::time::sleep(wait).await,
            None => {}
        }
        ready = list.iter().filter(|s| s.wait == Some(wait)).map(|s| (s.userdata, 0, s.tag)).collect();
    }
    let mut out = Vec::with_capacity(ready.len() * EVENT_SIZE);
    for (userdata, error, tag) in &ready {
        let mut e = [0u8; EVENT_SIZE];
        e[0..8].copy_from_slice(&userdata.to_le_bytes());
        e[8..10].copy_from_slice(&error.to_le_bytes());
        e[10] = *tag;
        if *tag != EVENTTYPE_CLOCK {
            e[16..24].copy_from_slice(&1u64.to_le_bytes());
        }
        out.extend_from_slice(&e);
    }
    let count = (ready.len() as u32).to_le_bytes();
    if memory.write(&mut *caller, events as usize, &out).is_err()
        || memory.write(&mut *caller, nevents as usize, &count).is_err()
    {
        return Ok(ERRNO_FAULT);
    }
    Ok(ERRNO_SUCCESS)
}
