//! Work spread over a fixed number of threads, results handed back one at a time.

use std::collections::VecDeque;
use std::sync::Mutex;

/// Runs `work` on every item with `jobs` threads; `done` sees each result as it
/// completes (under a lock, so it may write files). Stops at the first `done` error.
pub fn for_each<T, R, E>(
    jobs: usize,
    items: impl IntoIterator<Item = T>,
    work: impl Fn(T) -> R + Sync,
    done: impl FnMut(R) -> Result<(), E> + Send,
) -> Result<(), E>
where
    T: Send,
    R: Send,
    E: Send,
{
    let queue = Mutex::new(items.into_iter().collect::<VecDeque<T>>());
    let done = Mutex::new(done);
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs.max(1))
            .map(|_| {
                scope.spawn(|| -> Result<(), E> {
                    loop {
                        let Some(item) = queue.lock().unwrap().pop_front() else { return Ok(()) };
                        let result = work(item);
                        if let Err(e) = (done.lock().unwrap())(result) {
                            queue.lock().unwrap().clear();
                            return Err(e);
                        }
                    }
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("a worker panicked")).collect::<Result<Vec<()>, E>>().map(|_| ())
    })
}
