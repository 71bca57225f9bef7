//! Capped in-memory stdout/stderr: keep the head, flag the truncation, stop the guest.

use bytes::Bytes;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError};

/// The error a guest is stopped with when it writes past its output cap.
#[derive(Debug)]
pub struct OutputLimitExceeded;

impl std::fmt::Display for OutputLimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("output limit exceeded")
    }
}
impl std::error::Error for OutputLimitExceeded {}

#[derive(Default)]
struct Captured {
    bytes: Vec<u8>,
    truncated: bool,
}

/// One capture shared by every stream handle the guest opens on it.
#[derive(Clone)]
pub(crate) struct CappedOutput {
    cap: usize,
    inner: Arc<Mutex<Captured>>,
}

/// How much a guest may write in one call; WASI hosts keep this small (~64 KiB).
const WRITE_PERMIT: usize = 64 * 1024;

impl CappedOutput {
    pub(crate) fn new(cap: u64) -> Self {
        CappedOutput { cap: usize::try_from(cap).unwrap_or(usize::MAX), inner: Arc::default() }
    }

    /// Appends what fits; returns false when anything had to be dropped.
    fn append(&self, data: &[u8]) -> bool {
        let mut c = self.inner.lock().unwrap();
        let room = self.cap.saturating_sub(c.bytes.len());
        if data.len() > room {
            c.bytes.extend_from_slice(&data[..room]);
            c.truncated = true;
            false
        } else {
            c.bytes.extend_from_slice(data);
            true
        }
    }

    fn is_truncated(&self) -> bool {
        self.inner.lock().unwrap().truncated
    }

    /// The captured head and whether anything past it was dropped.
    pub(crate) fn take(&self) -> (Vec<u8>, bool) {
        let mut c = self.inner.lock().unwrap();
        (std::mem::take(&mut c.bytes), c.truncated)
    }
}

fn limit_trap() -> StreamError {
    StreamError::Trap(wasmtime::Error::new(OutputLimitExceeded))
}

#[async_trait::async_trait]
impl Pollable for CappedOutput {
    async fn ready(&mut self) {}
}

impl OutputStream for CappedOutput {
    fn write(&mut self, bytes: Bytes) -> Result<(), StreamError> {
        if self.append(&bytes) { Ok(()) } else { Err(limit_trap()) }
    }
    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }
    fn check_write(&mut self) -> Result<usize, StreamError> {
        if self.is_truncated() { Err(limit_trap()) } else { Ok(WRITE_PERMIT) }
    }
}

impl tokio::io::AsyncWrite for CappedOutput {
    fn poll_write(self: Pin<&mut Self>, _: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Poll::Ready(if self.append(buf) { Ok(buf.len()) } else { Err(io::Error::other(OutputLimitExceeded)) })
    }
    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

impl IsTerminal for CappedOutput {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for CappedOutput {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }
    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_head_and_flags_truncation() {
        let mut out = CappedOutput::new(5);
        assert!(out.write(Bytes::from_static(b"abc")).is_ok());
        assert!(matches!(out.write(Bytes::from_static(b"defg")), Err(StreamError::Trap(_))));
        assert!(out.check_write().is_err(), "a capped stream refuses further writes");
        assert_eq!(out.take(), (b"abcde".to_vec(), true));
    }
}
