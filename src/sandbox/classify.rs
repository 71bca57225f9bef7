//! How a guest went down, read from what wasmtime returned: an exit, a trap, a limit.

use super::outcome::{OutcomeKind, Returned};
use super::output::OutputLimitExceeded;
use super::time_budget::TimeLimitReached;
use wasmtime::Trap;
use wasmtime_wasi::I32Exit;

/// Maps how a guest went down to an outcome, its exit code and the trap text.
/// `shadow_stack`: the program keeps a C-style stack in linear memory.
pub(super) fn classify(
    e: &wasmtime::Error,
    shadow_stack: bool,
) -> (OutcomeKind, Option<i32>, Option<String>, Option<Returned>) {
    if let Some(exit) = e.downcast_ref::<I32Exit>() {
        return (OutcomeKind::Exited, Some(exit.0), None, None);
    }
    if e.downcast_ref::<OutputLimitExceeded>().is_some() {
        return (OutcomeKind::OutputLimit, None, None, None);
    }
    let kind = match e.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => OutcomeKind::FuelExhausted,
        Some(Trap::Interrupt) => OutcomeKind::TimedOut,
        None if e.downcast_ref::<TimeLimitReached>().is_some() => OutcomeKind::TimedOut,
        Some(Trap::StackOverflow) => OutcomeKind::StackOverflow,
        Some(Trap::MemoryOutOfBounds) if shadow_stack && shadow_stack_wrapped(e) => {
            return (
                OutcomeKind::StackOverflow,
                None,
                Some(format!("the program's own stack (in linear memory) overflowed: {}", trap_text(e))),
                None,
            );
        }
        _ => OutcomeKind::Trapped,
    };
    let text = match kind {
        OutcomeKind::Trapped => Some(trap_text(e)),
        _ => None,
    };
    (kind, None, text, None)
}

/// C and C++ runtimes compiled to wasm (QuickJS among them) keep their call stack in
/// linear memory, growing down from a fixed address. When it overflows, the stack
/// pointer wraps below zero and the next access faults just under 4 GiB, an address no
/// program under gradebox's memory cap can legitimately touch. Only asked of programs
/// that have such a stack: elsewhere a fault there is an ordinary out-of-bounds access.
///
/// The address is read from the trap's text because wasmtime 48 keeps its `WasmFault`
/// (which holds it) private; `the_fault_address_is_read_from_wasmtimes_text` pins it.
fn shadow_stack_wrapped(e: &wasmtime::Error) -> bool {
    const WRAPPED_BELOW_ZERO: u64 = 0xFF00_0000;
    e.chain().any(|cause| {
        let text = cause.to_string();
        text.split("memory fault at wasm address 0x")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_hexdigit()).next())
            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
            .is_some_and(|addr| addr >= WRAPPED_BELOW_ZERO)
    })
}

/// The trap's own message first, then its context, without the full backtrace.
fn trap_text(e: &wasmtime::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let s = cause.to_string();
        if !s.starts_with("error while executing at wasm backtrace") && !parts.contains(&s) {
            parts.push(s);
        }
    }
    parts.reverse();
    parts.join(": ")
}
