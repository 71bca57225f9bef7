//! `gradebox serve`: the HTTP front end. gradebox's own API (`/v1/...`), a Label Studio
//! ML backend and a SandboxFusion-compatible `/run_code`, all on one axum server that
//! keeps the runtimes and compiled code warm. Handlers only parse and answer; the runs
//! happen on a bounded pool of worker threads calling the same functions as the CLI.

mod api_exec;
mod api_grade;
mod api_tasks;
mod auth;
mod errors;
mod label_studio;
mod metrics;
mod pool;
mod router;
mod sandbox_fusion;
mod state;

use crate::runtime::{Language, Runtimes};
use crate::sandbox::Limits;
use anyhow::{Context, Result, bail};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

pub struct ServeOptions {
    pub tasks: PathBuf,
    pub addr: SocketAddr,
    pub jobs: usize,
    pub token: Option<String>,
    pub max_queue: usize,
    pub max_body_bytes: usize,
    /// Limits of `/v1/exec` and `/run_code` runs that ask for none.
    pub default_limits: Limits,
    /// The most a request may ask for.
    pub max_limits: Limits,
}

/// A bound server, ready to run: what the CLI reports before serving.
pub struct Server {
    runtime: tokio::runtime::Runtime,
    listener: tokio::net::TcpListener,
    app: Arc<state::App>,
    router: axum::Router,
    /// Task folders that did not load (the server runs without them).
    pub broken: Vec<(String, String)>,
}

impl Server {
    /// Loads the tasks, warms the runtimes they use and binds the address.
    pub fn bind(opts: ServeOptions, runtimes: Runtimes) -> Result<Server> {
        if opts.max_queue == 0 {
            bail!("--max-queue must be at least 1");
        }
        let (tasks, broken) = state::load_tasks(&opts.tasks, &runtimes)?;
        if tasks.is_empty() {
            bail!("no task in {} loaded (a task is a folder with a task.toml)", opts.tasks.display());
        }
        warm(&runtimes, tasks.values().flat_map(|g| g.task.languages.iter().copied()))?;
        let metrics = Arc::new(metrics::Metrics::new());
        let pool = pool::Pool::start(Arc::new(runtimes), opts.jobs, opts.max_queue, metrics.clone());
        let app = Arc::new(state::App {
            model_version: state::model_version(&tasks),
            broken: broken.clone(),
            tasks,
            pool,
            metrics,
            default_limits: opts.default_limits,
            max_limits: opts.max_limits,
            max_list: opts.max_queue,
        });
        let token = opts.token.map(|t| Arc::new(auth::Token(t)));
        let router = router::build(app.clone(), token, opts.max_body_bytes);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("gradebox-http")
            .enable_all()
            .build()
            .context("starting the HTTP runtime")?;
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(opts.addr))
            .with_context(|| format!("cannot listen on {}", opts.addr))?;
        Ok(Server { runtime, listener, app, router, broken: broken.into_iter().collect() })
    }

    pub fn local_addr(&self) -> Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    pub fn tasks(&self) -> usize {
        self.app.tasks.len()
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting, finishes the requests in
    /// flight (and the runs they wait for) and returns.
    pub fn run(self) -> Result<()> {
        let Server { runtime, listener, app, router, .. } = self;
        runtime.block_on(async move {
            axum::serve(listener, router).with_graceful_shutdown(shutdown_signal()).await.context("serving HTTP")
        })?;
        app.pool.shutdown();
        Ok(())
    }
}

/// Loads each runtime the tasks use and runs it once, so the first request does not
/// pay for loading compiled code.
fn warm(runtimes: &Runtimes, languages: impl Iterator<Item = Language>) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for lang in languages.filter(|l| *l != Language::Wasm) {
        if seen.insert(lang) {
            runtimes.check_syntax(lang, b"", "warm-up").with_context(|| format!("loading the {lang} runtime"))?;
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => return std::future::pending().await,
    };
    let interrupt = tokio::signal::ctrl_c();
    let mut interrupt = std::pin::pin!(interrupt);
    std::future::poll_fn(|cx| {
        if term.poll_recv(cx).is_ready() || interrupt.as_mut().poll(cx).is_ready() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await
}
