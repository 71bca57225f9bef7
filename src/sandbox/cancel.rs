//! Ending a run from outside: a front end (the HTTP server) marks the runs it starts on
//! a thread with a flag, and sets the flag when nobody waits for their result any more
//! (the client went away). The same check that enforces the time limit at each fuel
//! yield then ends the run, and a guest blocked in sleep or poll is dropped, so no
//! guest outlives its caller. Runs started without a flag (the CLI) are unaffected.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Shared between whoever waits for a run's result and the thread running it.
#[derive(Clone, Debug, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

thread_local! {
    static CURRENT: RefCell<Option<CancelFlag>> = const { RefCell::new(None) };
}

/// While the guard lives, every run started on this thread ends early once `flag` is set.
pub fn enter(flag: CancelFlag) -> Entered {
    CURRENT.with(|c| *c.borrow_mut() = Some(flag));
    Entered(())
}

/// Restores "no flag" for the thread when dropped.
pub struct Entered(());

impl Drop for Entered {
    fn drop(&mut self) {
        CURRENT.with(|c| *c.borrow_mut() = None);
    }
}

/// The flag of the run about to start on this thread, if a front end set one.
pub(crate) fn current() -> Option<CancelFlag> {
    CURRENT.with(|c| c.borrow().clone())
}

/// Resolves once `flag` is set (never when there is none); polled beside a run.
pub(crate) async fn cancelled(flag: Option<CancelFlag>) {
    match flag {
        Some(flag) => {
            while !flag.is_cancelled() {
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
        }
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_applies_only_while_entered_and_only_on_its_thread() {
        let flag = CancelFlag::default();
        assert!(current().is_none());
        {
            let _g = enter(flag.clone());
            flag.cancel();
            assert!(current().is_some_and(|f| f.is_cancelled()));
            std::thread::spawn(|| assert!(current().is_none())).join().unwrap();
        }
        assert!(current().is_none());
    }
}
