//! `gradebox serve`: grading over HTTP (docs/serve.md).

use super::limits::LimitArgs;
use crate::runtime::MissingRuntime;
use crate::sandbox::Limits;
use crate::serve::{ServeOptions, Server};
use anyhow::{Result, bail};
use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct ServeArgs {
    /// Folder of task folders (or one task folder) that `/v1/grade` and `/predict` grade against.
    #[arg(long)]
    pub tasks: PathBuf,
    /// Address to listen on; loopback unless you say otherwise.
    #[arg(long, default_value = "127.0.0.1:8750")]
    pub addr: SocketAddr,
    /// Runs at once, each on a worker thread of its own (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Require `Authorization: Bearer TOKEN` (or Basic auth with TOKEN as password) on
    /// every route. Also read from GRADEBOX_TOKEN, which keeps it out of `ps`.
    #[arg(long, env = "GRADEBOX_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Jobs that may wait for a worker; past that, requests get 429 with Retry-After.
    #[arg(long, default_value_t = 256)]
    pub max_queue: usize,
    /// Largest request body, in KiB (larger: 413).
    #[arg(long, default_value_t = 1024)]
    pub max_body_kb: usize,
    /// The most a `/v1/exec` or `/run_code` request may ask for, and what it gets when
    /// it asks for nothing (default: `gradebox exec`'s defaults).
    #[command(flatten)]
    pub limits: LimitArgs,
}

pub fn main(a: ServeArgs) -> Result<ExitCode> {
    if a.token.as_deref().is_some_and(str::is_empty) {
        bail!("--token is empty; give a secret, or leave the flag out to serve without one");
    }
    let max_limits = a.limits.apply(Limits::default())?;
    let jobs = super::jobs(a.jobs, max_limits.memory_bytes >> 20)?;
    let runtimes = super::runtimes_for(None, MissingRuntime::Install, jobs)?;
    let opts = ServeOptions {
        tasks: a.tasks,
        addr: a.addr,
        jobs,
        token: a.token,
        max_queue: a.max_queue,
        max_body_bytes: a.max_body_kb << 10,
        default_limits: max_limits,
        max_limits,
    };
    let server = Server::bind(opts, runtimes)?;
    for (task, why) in &server.broken {
        super::say(&format!("warning: serving without task {task}: {why}"));
    }
    super::say(&format!(
        "serving {} tasks on http://{} with {jobs} workers (Ctrl-C or SIGTERM stops after the requests in flight)",
        server.tasks(),
        server.local_addr()?
    ));
    server.run()?;
    super::say("stopped");
    Ok(ExitCode::SUCCESS)
}
