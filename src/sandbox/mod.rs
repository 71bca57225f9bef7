//! The sandbox: the only module that touches wasmtime.
//!
//! One [`Sandbox`] per process holds the shared `Engine`, the linkers and the compiled
//! artifact cache. [`Sandbox::load_module`] / [`Sandbox::load_component`] compile (or
//! load from cache) once and keep an `InstancePre`; [`Sandbox::run`] then instantiates
//! it into a fresh `Store` with the run's limits and returns an [`Outcome`]. A guest's
//! failure is data in the outcome; `Err` is reserved for the host's own failures.

mod cache;
pub mod cancel;
mod classify;
mod grader;
pub mod limits;
mod native;
mod outcome;
mod output;
mod p2_sleep;
mod poll;
mod preinit;
mod shadow_stack;
mod time_budget;
mod wasi;

pub use cache::sha256_hex;
pub use grader::{GraderOutcome, GraderRun, GraderTest, GraderVerdict};
pub use limits::{Fuel, Limits};
pub use outcome::{Outcome, OutcomeJson, OutcomeKind, Returned};
pub use output::OutputLimitExceeded;

use anyhow::{Context, Result, bail};
use bytes::Bytes;
use classify::classify;
use limits::MemoryCap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use wasmtime::component::{self, ResourceTable, Val};
use wasmtime::{
    CallHook, Config, Engine, InstanceAllocationStrategy, InstancePre, Module, OptLevel, PoolingAllocationConfig,
    Store, Trap,
};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::{I32Exit, WasiCtx, WasiCtxView, WasiView};

/// How much fuel a guest runs between checks of its time limit and cancellation: about
/// 0.5 ms of CPython, 2 ms of a C++ compile. A yield costs a few microseconds.
const YIELD_FUEL: u64 = 4_000_000;

/// How often, at most, a host call checks the time limit (see `run`).
const HOST_CHECK_EVERY: Duration = Duration::from_millis(1);

/// How often a [`Metering::CpuTime`] guest stops to have its time limit checked.
const EPOCH_TICK: Duration = Duration::from_millis(2);

/// How a sandbox's guests are held to a CPU limit. It shapes the compiled code, so it is
/// fixed per engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metering {
    /// Fuel counts each run's work (deterministic, the same on every machine), and the
    /// time limit is checked where fuel stops the guest. Every guest program runs so.
    Fuel,
    /// No fuel: only the time limit, on the run's CPU time, checked every `EPOCH_TICK`.
    /// For gradebox's own C/C++ toolchain, which counting fuel makes 40% slower; a task
    /// that wants its compile counted in fuel gets a `Fuel` sandbox instead.
    CpuTime,
}

/// Process-wide settings: they shape compiled code, so they are fixed per engine.
#[derive(Clone)]
pub struct SandboxConfig {
    /// Cap on the wasm call stack, in bytes. QuickJS's interpreter takes about 1.3 KiB
    /// of it per JavaScript call; 12 MiB allows about 9,500 nested calls (Node: about
    /// 10,000).
    pub max_wasm_stack: usize,
    /// Where compiled artifacts are cached; `None` compiles every time.
    pub cache_dir: Option<PathBuf>,
    /// Runs will execute on several threads at once: instance memory is then reset in
    /// place and kept resident between runs (see `limits::KEEP_RESIDENT`), which saves
    /// parallel workers from contending in the kernel over page faults and TLB
    /// flushes; one run at a time is faster without it.
    pub parallel: bool,
    /// Where the sandbox and the runtimes say what a person may want to know (a cache
    /// that could not be written, a runtime being installed); only the CLI prints.
    pub notices: Notices,
    /// Instances of very large modules are allowed: the C/C++ toolchain (LLVM) needs
    /// 1.2 MB of per-instance state for its functions alone, over the default 1 MiB.
    pub large_modules: bool,
    pub metering: Metering,
}

/// A receiver of notices; the default drops them.
pub type Notices = std::sync::Arc<dyn Fn(&str) + Send + Sync>;

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            max_wasm_stack: 12 << 20,
            cache_dir: None,
            parallel: false,
            notices: std::sync::Arc::new(|_| {}),
            large_modules: false,
            metering: Metering::Fuel,
        }
    }
}

/// A read-only host folder visible to the guest at `guest`.
#[derive(Clone, Debug)]
pub struct Mount {
    pub host: PathBuf,
    pub guest: String,
}

/// What to call once the program is instantiated.
#[derive(Clone, Debug)]
pub enum Entry {
    /// A WASI command: call `_start`.
    Start,
    /// A component export taking string parameters.
    Call { func: String, args: Vec<String> },
    /// A grader component's `grade` export (wit/grader.wit).
    Grade { test: Box<GraderTest>, run: Box<GraderRun> },
}

/// Everything one run is given. Nothing else of the host is visible.
#[derive(Clone, Debug)]
pub struct RunRequest {
    pub entry: Entry,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub stdin: Bytes,
    pub mounts: Vec<Mount>,
    pub limits: Limits,
    /// Use the host's clocks and OS randomness instead of the deterministic ones.
    pub host_clocks_and_random: bool,
}

impl RunRequest {
    pub fn new(entry: Entry, limits: Limits) -> Self {
        RunRequest {
            entry,
            args: Vec::new(),
            env: Vec::new(),
            stdin: Bytes::new(),
            mounts: Vec::new(),
            limits,
            host_clocks_and_random: false,
        }
    }
}

/// Store state of one run.
pub(crate) struct RunState {
    wasi: GuestWasi,
    table: ResourceTable,
    limiter: MemoryCap,
    clock: Option<wasi::VirtualClock>,
    /// CPU time and sleep against the run's time limit.
    budget: time_budget::TimeBudget,
}

enum GuestWasi {
    /// Core modules speak WASI preview 1.
    P1(WasiP1Ctx),
    /// Components speak WASI preview 2.
    P2(WasiCtx),
}

impl WasiView for RunState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        match &mut self.wasi {
            GuestWasi::P2(ctx) => WasiCtxView { ctx, table: &mut self.table },
            GuestWasi::P1(_) => unreachable!("components always run with a preview 2 context"),
        }
    }
}

fn p1_ctx(state: &mut RunState) -> &mut WasiP1Ctx {
    match &mut state.wasi {
        GuestWasi::P1(ctx) => ctx,
        GuestWasi::P2(_) => unreachable!("core modules always run with a preview 1 context"),
    }
}

/// A compiled program, ready to instantiate many times.
#[derive(Clone)]
pub struct Program {
    kind: ProgramKind,
    /// SHA-256 of the wasm bytes it was compiled from.
    pub sha256: String,
    /// It keeps a C-style call stack in linear memory (see `shadow_stack.rs`).
    shadow_stack: bool,
}

#[derive(Clone)]
enum ProgramKind {
    Module(InstancePre<RunState>),
    Component(component::InstancePre<RunState>),
    /// A module that declares more memories, tables or table elements than any run may
    /// have (the instance pool's limits): every run of it ends as `memory_limit`.
    Oversized(String),
}

/// Instances come from pre-reserved slots that are reset, not unmapped, after each run:
/// parallel workers then no longer contend in the kernel over mapping and unmapping
/// memory (with the on-demand allocator, two workers grading HumanEval spent 2.7 s of
/// system time against 0.4 s for one). The totals bound concurrent runs per process;
/// reservations are virtual address space, not memory.
fn pooling(parallel: bool, large_modules: bool) -> PoolingAllocationConfig {
    let mut pool = PoolingAllocationConfig::new();
    if large_modules {
        pool.max_core_instance_size(8 << 20);
    }
    pool.total_component_instances(512)
        .total_core_instances(4096)
        .total_memories(2048)
        .total_tables(4096)
        .total_stacks(512)
        .max_core_instances_per_component(MAX_INSTANCES_PER_RUN)
        .max_memories_per_component(16)
        .max_tables_per_component(MAX_INSTANCES_PER_RUN)
        .max_memories_per_module(limits::MAX_MEMORIES as u32)
        .max_tables_per_module(limits::MAX_TABLES as u32)
        .max_memory_size(limits::MAX_MEMORY_BYTES)
        // Beyond the limiter's own bound, so the limiter (which records the refusal) decides.
        .table_elements(2 * limits::MAX_TABLE_ELEMENTS)
        .linear_memory_keep_resident(if parallel { limits::KEEP_RESIDENT } else { 0 })
        .max_unused_warm_slots(limits::WARM_SLOTS)
        .table_keep_resident(1 << 20);
    pool
}

/// Core instances (and tables) one component may hold; CPython's has a handful.
const MAX_INSTANCES_PER_RUN: u32 = 64;

pub struct Sandbox {
    engine: Engine,
    module_linker: wasmtime::Linker<RunState>,
    component_linker: component::Linker<RunState>,
    cache: cache::ArtifactCache,
    notices: Notices,
    metering: Metering,
}

impl Sandbox {
    /// Passes `msg` to the front end's notice receiver.
    pub fn notice(&self, msg: &str) {
        (self.notices)(msg);
    }

    /// The notice receiver, for work that reports on its own (a runtime install).
    pub fn notices(&self) -> Notices {
        self.notices.clone()
    }

    pub fn new(config: &SandboxConfig) -> Result<Sandbox> {
        let mut c = Config::new();
        // A fuel sandbox has no epoch interruption (it cost CPython's loop 12%): the
        // time limit is checked at fuel yields; a CpuTime one checks it at epoch yields
        // (`run`).
        c.consume_fuel(config.metering == Metering::Fuel)
            .epoch_interruption(config.metering == Metering::CpuTime)
            .max_wasm_stack(config.max_wasm_stack)
            .async_stack_size(config.max_wasm_stack + (1 << 20))
            .wasm_component_model(true)
            .cranelift_opt_level(OptLevel::Speed)
            .memory_init_cow(true)
            .parallel_compilation(true)
            .allocation_strategy(InstanceAllocationStrategy::Pooling(pooling(config.parallel, config.large_modules)));
        // Where the address space for the pool cannot be reserved (a tight `ulimit -v`),
        // instances are allocated on demand instead: slower in parallel, same results.
        let engine = match Engine::new(&c) {
            Ok(engine) => engine,
            Err(_) => {
                c.allocation_strategy(InstanceAllocationStrategy::OnDemand);
                Engine::new(&c).map_err(anyhow::Error::from)?
            }
        };
        if config.metering == Metering::CpuTime {
            start_epoch_ticker(&engine)?;
        }

        let mut module_linker = wasmtime::Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_async(&mut module_linker, p1_ctx).map_err(anyhow::Error::from)?;
        poll::add_to_linker(&mut module_linker).map_err(anyhow::Error::from)?;
        // wasmtime-wasi's `proc_exit` traps on statuses outside 0..126; a process exits
        // with any status, of which Linux (and so Node) reports the low byte: 256 is 0,
        // -1 is 255.
        module_linker.allow_shadowing(true);
        module_linker
            .func_wrap("wasi_snapshot_preview1", "proc_exit", |status: i32| -> wasmtime::Result<()> {
                Err(wasmtime::Error::new(I32Exit(status & 0xFF)))
            })
            .map_err(anyhow::Error::from)?;
        module_linker.allow_shadowing(false);
        // Runtimes whose own stack lives in linear memory are instrumented to call this
        // when it overflows (see runtime/stack_guard.rs).
        module_linker
            .func_wrap("gradebox", "stack_overflow", || -> wasmtime::Result<()> {
                Err(wasmtime::Error::new(Trap::StackOverflow))
            })
            .map_err(anyhow::Error::from)?;
        let mut component_linker = component::Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut component_linker).map_err(anyhow::Error::from)?;
        p2_sleep::add_to_linker(&mut component_linker).map_err(anyhow::Error::from)?;

        let cache = cache::ArtifactCache::new(&engine, config.cache_dir.as_deref(), config.notices.clone());
        Ok(Sandbox {
            engine,
            module_linker,
            component_linker,
            cache,
            notices: config.notices.clone(),
            metering: config.metering,
        })
    }

    /// Compiles (or loads from cache) a core module given as wasm or WAT bytes: a
    /// program of gradebox's or of a task's (a testlib checker), worth keeping.
    /// Imports the sandbox does not provide trap when called, as a guest's own fault.
    pub fn load_module(&self, bytes: &[u8]) -> Result<Program> {
        self.load_module_with(bytes, true)
    }

    /// Compiles a candidate's own module without caching it on disk: one-off code is
    /// not worth the disk, and a hostile batch must not be able to fill it.
    pub fn load_candidate_module(&self, bytes: &[u8]) -> Result<Program> {
        self.load_module_with(bytes, false)
    }

    fn load_module_with(&self, bytes: &[u8], cached: bool) -> Result<Program> {
        let sha256 = sha256_hex(bytes);
        match self.load_module_unchecked(bytes, &sha256, cached) {
            // wasmtime 48 reports a module beyond the pool's limits only as text (the
            // pooling allocator's `bail!`s carry no type); the adversarial corpus pins it.
            Err(e) if format!("{e:#}").contains("pooling allocator") => Ok(Program {
                kind: ProgramKind::Oversized(format!("the module asks for more than a run may have: {e:#}")),
                sha256,
                shadow_stack: false,
            }),
            other => other,
        }
    }

    fn load_module_unchecked(&self, bytes: &[u8], sha256: &str, cached: bool) -> Result<Program> {
        let sha256 = sha256.to_string();
        let engine = &self.engine;
        let cache = if cached { &self.cache } else { &cache::ArtifactCache::NONE };
        let module = cache.get_or_compile(
            &sha256,
            "module",
            // SAFETY: the file was written by `Module::serialize` of a compatible engine
            // into gradebox's own cache folder (see docs/SECURITY.md).
            |path| unsafe { Module::deserialize_file(engine, path) },
            || {
                let m = Module::new(engine, bytes).map_err(anyhow::Error::from)?;
                let ser = m.serialize().map_err(anyhow::Error::from)?;
                Ok((m, ser))
            },
        )?;
        if module.get_export("_start").is_none() {
            bail!("it is not a WASI command: it exports no `_start` function");
        }
        let mut linker = self.module_linker.clone();
        linker.define_unknown_imports_as_traps(&module).map_err(anyhow::Error::from)?;
        let pre = linker.instantiate_pre(&module).map_err(anyhow::Error::from)?;
        let shadow_stack = match wat::parse_bytes(bytes) {
            Ok(binary) => shadow_stack::has_shadow_stack(&binary),
            Err(_) => false,
        };
        Ok(Program { kind: ProgramKind::Module(pre), sha256, shadow_stack })
    }

    /// Loads a verified runtime file: a component when `component`, else a core module.
    pub fn load_component_or_module(&self, path: &Path, sha256: &str, component: bool) -> Result<Program> {
        if component {
            return self.load_component(path, sha256);
        }
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        if sha256_hex(&bytes) != sha256 {
            bail!("{} changed since it was verified; reinstall it", path.display());
        }
        self.load_module(&bytes)
    }

    /// Compiles (or loads from cache) a component from the file at `path`, whose
    /// SHA-256 the caller has already verified to be `sha256`.
    pub fn load_component(&self, path: &Path, sha256: &str) -> Result<Program> {
        let engine = &self.engine;
        let component = self.cache.get_or_compile(
            sha256,
            "component",
            // SAFETY: as in `load_module`.
            |p| unsafe { component::Component::deserialize_file(engine, p) },
            || {
                let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
                if sha256_hex(&bytes) != sha256 {
                    bail!("{} changed since it was verified; reinstall it", path.display());
                }
                let c = component::Component::new(engine, &bytes).map_err(anyhow::Error::from)?;
                let ser = c.serialize().map_err(anyhow::Error::from)?;
                Ok((c, ser))
            },
        )?;
        // Components are gradebox's own runtimes and graders: every import must resolve
        // (semver-compatibly) against WASI, so a missing one is a load error.
        let pre = self.component_linker.instantiate_pre(&component).map_err(anyhow::Error::from)?;
        // gradebox's components (CPython, graders built from Rust) all keep their C or
        // Rust stack in linear memory.
        Ok(Program { kind: ProgramKind::Component(pre), sha256: sha256.to_string(), shadow_stack: true })
    }

    /// Runs `program` once in a fresh store. `Err` means the host failed (for example a
    /// mount could not be opened); everything the guest did is in the `Outcome`.
    pub fn run(&self, program: &Program, req: &RunRequest) -> Result<Outcome> {
        let start = Instant::now();
        let (builder, captures) = wasi::build(req)?;
        let mut builder = builder;
        let wasi = match &program.kind {
            ProgramKind::Module(_) => GuestWasi::P1(builder.build_p1()),
            ProgramKind::Component(_) => GuestWasi::P2(builder.build()),
            ProgramKind::Oversized(why) => return Ok(Outcome::refused(OutcomeKind::MemoryLimit, why)),
        };
        let state = RunState {
            wasi,
            table: ResourceTable::new(),
            limiter: MemoryCap::new(req.limits.memory_bytes),
            clock: captures.clock.clone(),
            budget: time_budget::TimeBudget::start(Duration::from_millis(req.limits.timeout_ms)),
        };
        let mut store = Store::new(&self.engine, state);
        store.limiter(|s| &mut s.limiter);
        let fuel = req.limits.fuel.0;
        // The time limit is on CPU time (and sleep), checked on the guest's own thread
        // each time it yields (`until` below): every YIELD_FUEL units of fuel, or every
        // epoch tick; see `time_budget.rs`.
        match self.metering {
            Metering::Fuel => {
                store.set_fuel(fuel).map_err(anyhow::Error::from)?;
                store.fuel_async_yield_interval(Some(YIELD_FUEL)).map_err(anyhow::Error::from)?;
            }
            Metering::CpuTime => {
                store.set_epoch_deadline(1);
                store.epoch_deadline_async_yield_and_update(1);
            }
        }
        let cancel = cancel::current();
        let should_stop = {
            let (budget, cancel) = (store.data().budget.clone(), cancel.clone());
            move || budget.exceeded() || cancel.as_ref().is_some_and(|c| c.is_cancelled())
        };
        // Host calls cost one fuel whatever they do (64 MiB of `random_get` a call), so
        // a guest looping on them would go a long time between yields: the limit is also
        // checked at entries to and returns from the host, at most every
        // HOST_CHECK_EVERY of wall time. Reading the thread's CPU time is a system call
        // (microseconds on a VM), the monotonic clock is not, and CPU time cannot pass
        // faster than wall time: the limit is still met within that much.
        let at_host_stop = should_stop.clone();
        let mut checked = Instant::now();
        store.call_hook(move |_, hook| {
            let at_host = matches!(hook, CallHook::CallingHost | CallHook::ReturningFromHost);
            if !at_host || checked.elapsed() < HOST_CHECK_EVERY {
                return Ok(());
            }
            checked = Instant::now();
            if at_host_stop() { Err(wasmtime::Error::new(Trap::Interrupt)) } else { Ok(()) }
        });
        let backstop = time_budget::wall_backstop(Duration::from_millis(req.limits.timeout_ms));
        let mut stopped_by_backstop = false;
        let result = EXECUTOR.with(|rt| {
            rt.block_on(async {
                let run = until(execute(&mut store, &program.kind, &req.entry), should_stop);
                // The wall-clock backstop ends a guest blocked in a host call, where it
                // does not yield; so does a cancel.
                let run = tokio::time::timeout(backstop, run);
                match first_of(run, cancel::cancelled(cancel.clone())).await {
                    Some(Ok(Some(r))) => r,
                    Some(Ok(None)) | None => Err(wasmtime::Error::new(Trap::Interrupt)),
                    Some(Err(_)) => {
                        stopped_by_backstop = true;
                        Err(wasmtime::Error::new(Trap::Interrupt))
                    }
                }
            })
        });
        let wall_ms = start.elapsed().as_secs_f64() * 1000.0;
        // A guest stops only at a fuel yield or in a host call, where compiled code has
        // written its fuel back: `fuel_used` is exact (and 0 where nothing counts it).
        let remaining = store.get_fuel().unwrap_or(fuel);
        let ended = Ended { result, stopped_by_backstop, wall_ms, fuel_used: Fuel(fuel.saturating_sub(remaining)) };
        Ok(outcome(ended, store.into_data(), &captures, program, req))
    }
}

/// How a run ended, before it is read as an `Outcome`.
struct Ended {
    result: wasmtime::Result<Returned>,
    stopped_by_backstop: bool,
    wall_ms: f64,
    fuel_used: Fuel,
}

/// What the run did and used, the root cause first: a run that wrote past its output
/// cap or was refused memory is that, however it went down afterwards.
fn outcome(ended: Ended, state: RunState, captures: &wasi::Captures, program: &Program, req: &RunRequest) -> Outcome {
    let Ended { result, stopped_by_backstop, wall_ms, fuel_used } = ended;
    let (stdout, stdout_truncated) = captures.stdout.take();
    let (stderr, stderr_truncated) = captures.stderr.take();
    let (mut kind, exit_code, mut trap, returned) = match result {
        Ok(r) => (OutcomeKind::Exited, Some(0), None, Some(r)),
        Err(e) => classify(&e, program.shadow_stack),
    };
    if kind == OutcomeKind::TimedOut {
        // Which limit ended the run, for the result's evidence.
        trap = Some(if stopped_by_backstop {
            format!("stopped by the wall-clock backstop after {wall_ms:.0} ms (blocked outside its own code)")
        } else {
            format!("used its {} ms time limit (CPU time and sleep)", req.limits.timeout_ms)
        });
    }
    if stdout_truncated || stderr_truncated {
        kind = OutcomeKind::OutputLimit;
    } else if state.limiter.refused {
        kind = OutcomeKind::MemoryLimit;
    }
    Outcome {
        kind,
        exit_code,
        stdout,
        stderr,
        stdout_truncated,
        stderr_truncated,
        fuel_used,
        peak_memory_bytes: state.limiter.peak(),
        wall_ms,
        time_ms: state.budget.used().as_secs_f64() * 1000.0,
        trap,
        returned,
    }
}

/// `Some(output)` of `main`, or `None` when `stop()` says so at one of its yields
/// (the guest is dropped where it yielded).
async fn until<T>(main: impl std::future::Future<Output = T>, stop: impl Fn() -> bool) -> Option<T> {
    let mut main = std::pin::pin!(main);
    std::future::poll_fn(|cx| match main.as_mut().poll(cx) {
        std::task::Poll::Ready(t) => std::task::Poll::Ready(Some(t)),
        std::task::Poll::Pending if stop() => std::task::Poll::Ready(None),
        std::task::Poll::Pending => std::task::Poll::Pending,
    })
    .await
}

/// Advances the engine's epoch every `EPOCH_TICK` for as long as the engine lives.
fn start_epoch_ticker(engine: &Engine) -> Result<()> {
    let weak = engine.weak();
    std::thread::Builder::new()
        .name("gradebox-epoch".into())
        .spawn(move || {
            while let Some(engine) = weak.upgrade() {
                engine.increment_epoch();
                drop(engine);
                std::thread::sleep(EPOCH_TICK);
            }
        })
        .context("starting the sandbox's epoch ticker")?;
    Ok(())
}

/// `Some(output)` of `main`, or `None` when `stop` resolves first (the run is dropped).
async fn first_of<T>(
    main: impl std::future::Future<Output = T>,
    stop: impl std::future::Future<Output = ()>,
) -> Option<T> {
    let (mut main, mut stop) = (std::pin::pin!(main), std::pin::pin!(stop));
    std::future::poll_fn(|cx| match main.as_mut().poll(cx) {
        std::task::Poll::Ready(t) => std::task::Poll::Ready(Some(t)),
        std::task::Poll::Pending => stop.as_mut().poll(cx).map(|()| None),
    })
    .await
}

async fn execute(store: &mut Store<RunState>, kind: &ProgramKind, entry: &Entry) -> wasmtime::Result<Returned> {
    match (kind, entry) {
        (ProgramKind::Module(pre), Entry::Start) => {
            let instance = pre.instantiate_async(&mut *store).await?;
            let start = instance.get_typed_func::<(), ()>(&mut *store, "_start")?;
            start.call_async(&mut *store, ()).await?;
            Ok(Returned::Nothing)
        }
        (ProgramKind::Component(pre), Entry::Call { func, args }) => {
            let instance = pre.instantiate_async(&mut *store).await?;
            let f = instance
                .get_func(&mut *store, func.as_str())
                .ok_or_else(|| wasmtime::format_err!("the component exports no function `{func}`"))?;
            let params: Vec<Val> = args.iter().map(|a| Val::String(a.clone())).collect();
            let mut results = vec![Val::Bool(false); f.ty(&*store).results().len()];
            f.call_async(&mut *store, &params, &mut results).await?;
            Ok(match results.into_iter().next() {
                None => Returned::Nothing,
                Some(Val::S32(v)) => Returned::Int(v.into()),
                Some(Val::S64(v)) => Returned::Int(v),
                Some(Val::String(s)) => Returned::Text(s),
                Some(Val::Option(None)) => Returned::NoText,
                Some(Val::Option(Some(v))) => match *v {
                    Val::String(s) => Returned::Text(s),
                    other => wasmtime::bail!("unsupported return value {other:?}"),
                },
                Some(other) => wasmtime::bail!("unsupported return value {other:?}"),
            })
        }
        (kind, Entry::Grade { test, run }) => Ok(Returned::Verdict(grader::call(store, kind, test, run).await?)),
        (ProgramKind::Module(_), Entry::Call { .. }) => {
            wasmtime::bail!("a core module can only be started")
        }
        (ProgramKind::Oversized(why), _) => wasmtime::bail!("{why}"),
        (ProgramKind::Component(_), Entry::Start) => {
            wasmtime::bail!("a component is run through one of its exports")
        }
    }
}

thread_local! {
    /// Each worker thread drives its guests on its own single-threaded executor.
    static EXECUTOR: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("building a tokio runtime");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_wat(wat: &str, limits: Limits) -> Outcome {
        let sandbox = Sandbox::new(&SandboxConfig::default()).unwrap();
        let program = sandbox.load_module(wat.as_bytes()).unwrap();
        sandbox.run(&program, &RunRequest::new(Entry::Start, limits)).unwrap()
    }

    const EXIT: &str = r#"(import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))"#;

    #[test]
    fn how_a_guest_ends_is_classified() {
        let exit3 = format!(
            "(module {EXIT} (memory (export \"memory\") 1) (func (export \"_start\") (call $exit (i32.const 3))))"
        );
        let o = run_wat(&exit3, Limits::default());
        assert_eq!((o.kind, o.exit_code), (OutcomeKind::Exited, Some(3)));
        let o = run_wat("(module (func (export \"_start\") unreachable))", Limits::default());
        assert_eq!(o.kind, OutcomeKind::Trapped);
        assert!(o.trap.as_deref().unwrap_or("").contains("unreachable"), "{:?}", o.trap);
        let spin = "(module (func (export \"_start\") (loop $l (br $l))))";
        let o = run_wat(spin, Limits { fuel: Fuel(100_000), ..Limits::default() });
        assert_eq!(o.kind, OutcomeKind::FuelExhausted);
        let deep = "(module (func $f (export \"_start\") (call $f)))";
        assert_eq!(run_wat(deep, Limits::default()).kind, OutcomeKind::StackOverflow);
        let grow = "(module (memory 1) (func (export \"_start\") (drop (memory.grow (i32.const 10000))) unreachable))";
        let o = run_wat(grow, Limits { memory_bytes: 1 << 20, ..Limits::default() });
        assert_eq!(o.kind, OutcomeKind::MemoryLimit, "a refused growth is memory_limit whatever follows");
    }

    #[test]
    fn the_fault_address_is_read_from_wasmtimes_text() {
        // A load just under 4 GiB: what a wrapped C stack pointer touches.
        let wat = "(module (memory 1) (func (export \"_start\") (drop (i32.load (i32.const -16)))))";
        let sandbox = Sandbox::new(&SandboxConfig::default()).unwrap();
        let mut program = sandbox.load_module(wat.as_bytes()).unwrap();
        let o = sandbox.run(&program, &RunRequest::new(Entry::Start, Limits::default())).unwrap();
        assert_eq!(o.kind, OutcomeKind::Trapped, "no shadow stack: an ordinary out-of-bounds access");
        program.shadow_stack = true;
        let o = sandbox.run(&program, &RunRequest::new(Entry::Start, Limits::default())).unwrap();
        assert_eq!(o.kind, OutcomeKind::StackOverflow, "{:?}", o.trap);
    }
}
