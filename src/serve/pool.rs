//! Admission and the worker pool. Grading is CPU-bound and synchronous, so it runs on
//! `jobs` threads of its own (never on tokio's async workers), fed by a queue of at most
//! `max_queue` waiting jobs; past that a request is refused (429) instead of piling up.
//! A job whose client went away is skipped if it has not started, and stopped (through
//! the sandbox's cancel flag) if it has.

use super::errors::ApiError;
use super::metrics::Metrics;
use crate::runtime::Runtimes;
use crate::sandbox::cancel::{self, CancelFlag};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tokio::sync::oneshot;

type Deliver = Box<dyn FnOnce() -> bool + Send>;

struct Job {
    /// Runs the work; what it returns hands the result over (false: nobody took it).
    work: Box<dyn FnOnce(&Runtimes) -> Deliver + Send>,
    cancel: CancelFlag,
}

pub struct Pool {
    sender: Mutex<Option<SyncSender<Job>>>,
    workers: Mutex<Vec<JoinHandle<()>>>,
    metrics: Arc<Metrics>,
    capacity: usize,
}

/// A job admitted to the queue. Dropping it before the result arrives (the handler's
/// future is dropped when its client disconnects) cancels the job.
pub struct Pending<R> {
    result: oneshot::Receiver<R>,
    cancel: CancelFlag,
}

impl<R> Pending<R> {
    pub async fn result(mut self) -> Result<R, ApiError> {
        (&mut self.result)
            .await
            .map_err(|_| ApiError::internal("the worker running this request failed (a bug in gradebox)"))
    }
}

impl<R> Drop for Pending<R> {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

impl Pool {
    pub fn start(runtimes: Arc<Runtimes>, jobs: usize, capacity: usize, metrics: Arc<Metrics>) -> Pool {
        let (sender, receiver) = sync_channel::<Job>(capacity);
        let receiver = Arc::new(Mutex::new(receiver));
        let workers = (0..jobs.max(1))
            .map(|i| {
                let (runtimes, receiver, metrics) = (runtimes.clone(), receiver.clone(), metrics.clone());
                std::thread::Builder::new()
                    .name(format!("gradebox-worker-{i}"))
                    .spawn(move || work_loop(&runtimes, &receiver, &metrics))
                    .expect("spawning a worker thread")
            })
            .collect();
        Pool { sender: Mutex::new(Some(sender)), workers: Mutex::new(workers), metrics, capacity }
    }

    /// Queues `work`, or refuses at once (429) when `capacity` jobs already wait.
    pub fn submit<R: Send + 'static>(
        &self,
        work: impl FnOnce(&Runtimes) -> R + Send + 'static,
    ) -> Result<Pending<R>, ApiError> {
        let (tx, rx) = oneshot::channel();
        let cancel = CancelFlag::default();
        let job = Job {
            work: Box::new(move |rt| {
                let result = work(rt);
                Box::new(move || tx.send(result).is_ok())
            }),
            cancel: cancel.clone(),
        };
        let sender = self.sender.lock().unwrap();
        let Some(sender) = sender.as_ref() else {
            return Err(ApiError::new(axum::http::StatusCode::SERVICE_UNAVAILABLE, "the server is shutting down"));
        };
        // Counted before the send so a fast worker never takes the gauge below zero.
        self.metrics.queue_depth.inc();
        match sender.try_send(job) {
            Ok(()) => Ok(Pending { result: rx, cancel }),
            Err(TrySendError::Full(_)) => {
                self.metrics.queue_depth.dec();
                Err(ApiError::queue_full(self.capacity))
            }
            Err(TrySendError::Disconnected(_)) => {
                self.metrics.queue_depth.dec();
                Err(ApiError::internal("the worker pool has stopped"))
            }
        }
    }

    /// Lets the workers finish what is queued, then waits for them.
    pub fn shutdown(&self) {
        self.sender.lock().unwrap().take();
        for worker in self.workers.lock().unwrap().drain(..) {
            let _ = worker.join();
        }
    }
}

fn work_loop(runtimes: &Runtimes, receiver: &Mutex<Receiver<Job>>, metrics: &Metrics) {
    loop {
        let next = receiver.lock().unwrap().recv();
        let Ok(job) = next else { return };
        metrics.queue_depth.dec();
        if job.cancel.is_cancelled() {
            metrics.cancelled.inc();
            continue;
        }
        metrics.in_flight.inc();
        let entered = cancel::enter(job.cancel.clone());
        // A panic drops the job's sender, so its handler answers 500; the worker lives on.
        let deliver = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (job.work)(runtimes)));
        drop(entered);
        // The run is over before its client hears of it, so the gauge never lags a reply.
        metrics.in_flight.dec();
        if deliver.is_ok_and(|deliver| !deliver()) {
            metrics.cancelled.inc();
        }
    }
}
