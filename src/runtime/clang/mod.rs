//! C and C++ answers, compiled inside the sandbox: LLVM's clang and wasm-ld, themselves
//! a WASI program (the `@yowasp/clang` npm package), build the answer into a WASI
//! command, which then runs like any other. Untrusted source never reaches a native tool.

mod build;
mod diagnostics;
pub mod flags;
pub mod install;
pub mod options;

pub use build::Built;
pub use options::{BuildOptions, CompileLimits, Dialect, Standard};

use super::RuntimeIdentity;
use super::manifest::Manifest;
use crate::sandbox::{
    Entry, Limits, Metering, Notices, Outcome, Program, RunRequest, Sandbox, SandboxConfig, sha256_hex,
};
use anyhow::{Context, Result};
use bytes::Bytes;
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The engine stack of C and C++ runs (and of the compiler): as judges give a program
/// a stack as large as its memory limit, so that a recursive DFS 10^6 deep runs. A wasm
/// engine fixes this per engine, not per run, hence a separate engine for them.
pub const ENGINE_STACK_BYTES: usize = 256 << 20;

/// Builds kept per process: every test of a response reuses its one build.
const CACHED_BUILDS: usize = 64;

pub struct Toolchain {
    /// Counted in fuel like every guest: where built programs run, and the toolchain
    /// too when a task counts its compile in fuel.
    fuel_sandbox: Sandbox,
    /// Where the compiler and linker run by default: held to CPU time, not fuel, which
    /// would make a compile 40% slower (see docs/ARCHITECTURE.md).
    tools_sandbox: Sandbox,
    /// The toolchain compiled for `tools_sandbox` (loaded from the compiled-code cache).
    tools: Program,
    /// The toolchain compiled for `fuel_sandbox`, for tasks that count their compile in
    /// fuel: loaded on first use (compiled once per machine). A failed load is not kept,
    /// so a later task tries again.
    counted_tools: Mutex<Option<Program>>,
    /// The toolchain's wasm (LLVM's multicall binary), for `counted_tools`.
    wasm: PathBuf,
    sysroot: PathBuf,
    identity: RuntimeIdentity,
    builds: Mutex<BuildCache>,
}

/// Builds by SHA-256 of everything that decides them; each slot is filled once, and
/// concurrent requests for the same build wait for it instead of compiling it again.
#[derive(Default)]
struct BuildCache {
    slots: HashMap<String, Arc<Mutex<Option<Built>>>>,
    order: VecDeque<String>,
}

impl BuildCache {
    fn slot(&mut self, key: &str) -> Arc<Mutex<Option<Built>>> {
        if let Some(slot) = self.slots.get(key) {
            return slot.clone();
        }
        if self.order.len() >= CACHED_BUILDS
            && let Some(oldest) = self.order.pop_front()
        {
            self.slots.remove(&oldest);
        }
        self.order.push_back(key.to_string());
        self.slots.entry(key.to_string()).or_default().clone()
    }
}

/// A sandbox for C and C++ (`Metering::Fuel`: built programs; `CpuTime`: the
/// toolchain): gradebox's own, with the larger engine stack.
fn native_sandbox(cache_dir: &Path, notices: Notices, metering: Metering) -> Result<Sandbox> {
    Sandbox::new(&SandboxConfig {
        max_wasm_stack: ENGINE_STACK_BYTES,
        cache_dir: Some(cache_dir.to_path_buf()),
        parallel: false,
        notices,
        large_modules: true,
        metering,
    })
}

impl Toolchain {
    /// Loads the installed toolchain in `dir` (compiled to native code once, cached).
    pub fn load(dir: &Path, cache_dir: &Path, notices: Notices) -> Result<Toolchain> {
        let manifest = Manifest::read(dir)?;
        let fuel_sandbox = native_sandbox(cache_dir, notices.clone(), Metering::Fuel)?;
        let tools_sandbox = native_sandbox(cache_dir, notices, Metering::CpuTime)?;
        let wasm = manifest.wasm_path(dir);
        let tools = tools_sandbox
            .load_verified_module(&wasm, &manifest.sha256)
            .with_context(|| format!("loading the C/C++ toolchain from {}", dir.display()))?;
        let identity = RuntimeIdentity { name: "cpp".into(), version: manifest.version, sha256: manifest.sha256 };
        Ok(Toolchain {
            fuel_sandbox,
            tools_sandbox,
            tools,
            counted_tools: Mutex::new(None),
            wasm,
            sysroot: dir.join("sysroot"),
            identity,
            builds: Mutex::new(BuildCache::default()),
        })
    }

    /// The toolchain's identity for provenance, with the language and its standard.
    pub fn identity(&self, dialect: Dialect, options: &BuildOptions) -> RuntimeIdentity {
        let lang = if dialect == Dialect::C { "c" } else { "cpp" };
        let flags = flags::language_flags(dialect, options.standard(dialect)).join(" ");
        RuntimeIdentity {
            name: lang.into(),
            version: format!("{} · {flags}", self.identity.version),
            sha256: self.identity.sha256.clone(),
        }
    }

    /// Builds `source` once per process: later calls with the same source, options and
    /// run memory return the same build.
    pub fn build(
        &self,
        dialect: Dialect,
        source: &str,
        filename: &str,
        options: &BuildOptions,
        run_memory_bytes: u64,
    ) -> Result<Built> {
        let key = build_key(&self.identity.sha256, dialect, source, filename, options, run_memory_bytes);
        let slot = self.builds.lock().unwrap_or_else(|e| e.into_inner()).slot(&key);
        let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(built) = slot.as_ref() {
            return Ok(built.clone());
        }
        let built = self.build_uncached(dialect, source, filename, options, run_memory_bytes)?;
        *slot = Some(built.clone());
        Ok(built)
    }

    /// The toolchain in the fuel-counting sandbox, loaded the first time a task asks
    /// for it. The lock keeps concurrent first users from compiling it twice.
    fn counted_tools(&self) -> Result<Program> {
        let mut slot = self.counted_tools.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(program) = slot.as_ref() {
            return Ok(program.clone());
        }
        self.fuel_sandbox.notice(
            "loading the fuel-counting C/C++ toolchain for a task's [compile] fuel \
             (compiled once per machine on first use: about 90 s, 2 GB of memory)",
        );
        let program = self
            .fuel_sandbox
            .load_verified_module(&self.wasm, &self.identity.sha256)
            .context("loading the fuel-counting C/C++ toolchain")?;
        *slot = Some(program.clone());
        Ok(program)
    }

    /// Runs a built program once.
    pub fn run(&self, program: &Program, stdin: Bytes, limits: Limits, host_clocks: bool) -> Result<Outcome> {
        let mut req = RunRequest::new(Entry::Start, limits);
        req.args = vec!["main".into()];
        req.stdin = stdin;
        req.host_clocks_and_random = host_clocks;
        self.fuel_sandbox.run(program, &req)
    }
}

fn build_key(
    toolchain: &str,
    dialect: Dialect,
    source: &str,
    filename: &str,
    options: &BuildOptions,
    run_memory_bytes: u64,
) -> String {
    let mut text = format!(
        "{toolchain}\0{dialect:?}\0{}\0{filename}\0{}\0{:?}\0{}\0",
        flags::language_flags(dialect, options.standard(dialect)).join(" "),
        flags::link_args(dialect, "/main.o", options::program_stack_bytes(run_memory_bytes)).join(" "),
        options.limits,
        source.len()
    );
    text.push_str(source);
    sha256_hex(text.as_bytes())
}
