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
use crate::sandbox::{Entry, Limits, Metering, Notices, Outcome, RunRequest, Sandbox, SandboxConfig, sha256_hex};
use anyhow::{Context, Result};
use bytes::Bytes;
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The engine stack of C and C++ runs (and of the compiler): as judges give a program
/// a stack as large as its memory limit, so that a recursive DFS 10^6 deep runs. A wasm
/// engine fixes this per engine, not per run, hence a separate engine for them.
pub const ENGINE_STACK_BYTES: usize = 256 << 20;

/// Builds kept per process: every test of a response reuses its one build.
const CACHED_BUILDS: usize = 64;

pub struct Toolchain {
    /// Where built programs run, counted in fuel like every guest.
    sandbox: Sandbox,
    /// Where the compiler and linker run by default: held to CPU time, not fuel, which
    /// would make a compile 40% slower (see docs/ARCHITECTURE.md).
    tools: Sandbox,
    /// The toolchain compiled for `tools` (at install).
    program: crate::sandbox::Program,
    /// The toolchain compiled for `sandbox`, for tasks that count their compile in fuel:
    /// compiled on first use, once per machine.
    counted: OnceLock<Result<crate::sandbox::Program, String>>,
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
        let sandbox = native_sandbox(cache_dir, notices.clone(), Metering::Fuel)?;
        let tools = native_sandbox(cache_dir, notices, Metering::CpuTime)?;
        let wasm = manifest.wasm_path(dir);
        let program = tools
            .load_verified_module(&wasm, &manifest.sha256)
            .with_context(|| format!("loading the C/C++ toolchain from {}", dir.display()))?;
        let identity = RuntimeIdentity { name: "cpp".into(), version: manifest.version, sha256: manifest.sha256 };
        Ok(Toolchain {
            sandbox,
            tools,
            program,
            counted: OnceLock::new(),
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

    /// The toolchain in the fuel-counting sandbox, compiled to native code the first
    /// time a task asks for it.
    fn counted(&self) -> Result<&crate::sandbox::Program> {
        let loaded = self.counted.get_or_init(|| {
            self.sandbox.notice(
                "compiling the fuel-counting C/C++ toolchain for a task's [compile] fuel \
                 (once per machine: about 90 s, 2 GB of memory)",
            );
            self.sandbox
                .load_verified_module(&self.wasm, &self.identity.sha256)
                .map_err(|e| format!("loading the fuel-counting C/C++ toolchain: {e:#}"))
        });
        loaded.as_ref().map_err(|e| anyhow::anyhow!("{e}"))
    }

    /// Runs a built program once.
    pub fn run(
        &self,
        program: &crate::sandbox::Program,
        stdin: Bytes,
        limits: Limits,
        host_clocks: bool,
    ) -> Result<Outcome> {
        let mut req = RunRequest::new(Entry::Start, limits);
        req.args = vec!["main".into()];
        req.stdin = stdin;
        req.host_clocks_and_random = host_clocks;
        self.sandbox.run(program, &req)
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
