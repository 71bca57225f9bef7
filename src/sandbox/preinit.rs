//! Pre-initialization (wasmtime-wizer): runs a module's init export once inside the
//! sandbox, with deterministic clocks and the given stdin, and snapshots its memory and
//! globals into a new module. Each later run starts from that image.

use super::{EXECUTOR, GuestWasi, RunState, Sandbox, limits::MemoryCap, wasi};
use super::{Entry, Limits, RunRequest};
use anyhow::{Context, Result};
use bytes::Bytes;
use wasmtime::{Instance, Module, Store};
use wasmtime_wizer::{InstanceState, SnapshotVal, ValType, Wizer};

struct Snap<'a> {
    store: &'a mut Store<RunState>,
    instance: Instance,
}

impl InstanceState for Snap<'_> {
    async fn global_get(&mut self, name: &str, _: ValType) -> SnapshotVal {
        let g = self.instance.get_global(&mut *self.store, name).expect("wizer exports its globals");
        match g.get(&mut *self.store) {
            wasmtime::Val::I32(x) => SnapshotVal::I32(x),
            wasmtime::Val::I64(x) => SnapshotVal::I64(x),
            wasmtime::Val::F32(x) => SnapshotVal::F32(x),
            wasmtime::Val::F64(x) => SnapshotVal::F64(x),
            wasmtime::Val::V128(x) => SnapshotVal::V128(x.as_u128()),
            other => panic!("unsupported global {other:?}"),
        }
    }
    async fn memory_contents(&mut self, name: &str, contents: impl FnOnce(&[u8]) + Send) {
        let m = self.instance.get_memory(&mut *self.store, name).expect("wizer exports its memories");
        contents(m.data(&*self.store))
    }
}

impl Sandbox {
    /// Calls `init_func` of `wasm` (a WASI reactor) with `stdin`, then returns the
    /// snapshot: a module whose memory and globals start where the init left them.
    pub fn preinitialize(&self, wasm: &[u8], init_func: &str, stdin: Bytes) -> Result<Vec<u8>> {
        let mut wizer = Wizer::new();
        wizer.init_func(init_func);
        let (cx, instrumented) = wizer.instrument(wasm).map_err(anyhow::Error::from)?;
        let module = Module::new(&self.engine, &instrumented).map_err(anyhow::Error::from)?;
        let mut req = RunRequest::new(Entry::Start, Limits::default());
        req.stdin = stdin;
        req.args = vec!["init".into()];
        let (mut builder, captures) = wasi::build(&req)?;
        let state = RunState {
            wasi: GuestWasi::P1(builder.build_p1()),
            table: wasmtime::component::ResourceTable::new(),
            limiter: MemoryCap::new(1 << 30),
            clock: captures.clock.clone(),
            // Pre-initialization runs gradebox's own trusted code; it is not timed.
            budget: super::time_budget::TimeBudget::start(std::time::Duration::MAX),
        };
        let mut store = Store::new(&self.engine, state);
        store.limiter(|s| &mut s.limiter);
        store.set_fuel(u64::MAX / 2).map_err(anyhow::Error::from)?;
        let linker = self.module_linker.clone();
        let result: Result<Vec<u8>> = EXECUTOR.with(|rt| {
            rt.block_on(async {
                let instance = linker.instantiate_async(&mut store, &module).await.map_err(anyhow::Error::from)?;
                for name in ["_initialize", init_func] {
                    if let Some(f) = instance.get_func(&mut store, name) {
                        f.typed::<(), ()>(&store)
                            .map_err(anyhow::Error::from)?
                            .call_async(&mut store, ())
                            .await
                            .map_err(anyhow::Error::from)
                            .with_context(|| format!("{name} failed"))?;
                    }
                }
                wizer.snapshot(&cx, &mut Snap { store: &mut store, instance }).await.map_err(anyhow::Error::from)
            })
        });
        let (_, _) = captures.stdout.take();
        let (err, _) = captures.stderr.take();
        result.with_context(|| format!("pre-initializing: {}", String::from_utf8_lossy(&err)))
    }
}
