//! A guard on the stack that C programs compiled to wasm keep in linear memory.
//!
//! Such a program moves a global stack pointer (`__stack_pointer`) down as it calls
//! deeper. Past the bottom it silently tramples its own data, or wraps below address 0,
//! so what happens next (a fault, a wrong answer, an endless loop) depends on the
//! program's layout. This pass gives the stack room of its own and checks every store
//! to the stack pointer, calling the sandbox's `gradebox.stack_overflow` import when it
//! would cross the bottom, so deep recursion always ends as `stack_overflow`.
//!
//! The room: QuickJS ships with a 68 KiB stack, about 200 nested JavaScript calls,
//! where Node.js allows about 10,000. The pass raises the initial memory by
//! `STACK_BYTES` and starts the stack at the new top. wasi-libc's allocator takes its
//! first heap between the link-time `__heap_base` and `__heap_end` and grows it with
//! `memory.grow` beyond the current size, so it never touches the new region.

use anyhow::{Context, Result, bail};
use walrus::ir::{BinaryOp, Instr, InstrLocId, InstrSeqId, Visitor, dfs_in_order};
use walrus::{ConstExpr, GlobalKind, ValType};

/// The import the sandbox defines; calling it ends the run as `stack_overflow`.
pub const IMPORT_MODULE: &str = "gradebox";
pub const IMPORT_NAME: &str = "stack_overflow";
/// Room left at the bottom for the frames of the code that runs on the way down.
const MARGIN: i32 = 4096;
/// The stack the pass gives the program. QuickJS's interpreter spends about 3 KiB of
/// it per JavaScript call, so this allows about 10,000 nested calls, as Node does; the
/// pages are reserved, and only those the program touches take host memory.
pub const STACK_BYTES: u64 = 32 << 20;
const PAGE: u64 = 64 * 1024;

struct StackStores {
    sp: walrus::GlobalId,
    found: Vec<(InstrSeqId, usize)>,
}

impl<'i> Visitor<'i> for StackStores {
    fn start_instr_seq(&mut self, seq: &'i walrus::ir::InstrSeq) {
        for (i, (instr, _)) in seq.instrs.iter().enumerate() {
            if let Instr::GlobalSet(g) = instr
                && g.global == self.sp
            {
                self.found.push((seq.id(), i));
            }
        }
    }
}

/// Returns `wasm` with every stack-pointer store guarded.
pub fn instrument(wasm: &[u8]) -> Result<Vec<u8>> {
    let mut module = walrus::Module::from_buffer(wasm).context("parsing the module")?;
    let sp = module
        .globals
        .iter()
        .find(|g| g.name.as_deref() == Some("__stack_pointer"))
        .or_else(|| {
            module.globals.iter().find(|g| g.mutable && g.ty == ValType::I32 && matches!(g.kind, GlobalKind::Local(_)))
        })
        .context("the module has no stack pointer global")?;
    let sp_id = sp.id();
    if !matches!(sp.kind, GlobalKind::Local(ConstExpr::Value(walrus::ir::Value::I32(_)))) {
        bail!("the stack pointer has no constant initial value");
    }
    let memory = module.memories.iter_mut().next().context("the module has no memory")?;
    if memory.import.is_some() || memory.memory64 {
        bail!("the module's memory is imported or 64-bit; it cannot be given a new stack");
    }
    let old_top = memory.initial * PAGE;
    memory.initial += STACK_BYTES / PAGE;
    if let Some(max) = memory.maximum {
        memory.maximum = Some(max.max(memory.initial));
    }
    let new_top = i32::try_from(memory.initial * PAGE).context("the new stack would not fit below 2 GiB")?;
    let bottom = i32::try_from(old_top).context("the memory is too large")? + MARGIN;
    module.globals.get_mut(sp_id).kind = GlobalKind::Local(ConstExpr::Value(walrus::ir::Value::I32(new_top)));

    let ty = module.types.add(&[], &[]);
    let (overflow, _) = module.add_import_func(IMPORT_MODULE, IMPORT_NAME, ty);
    let ids: Vec<walrus::FunctionId> = module.funcs.iter_local().map(|(id, _)| id).collect();
    for id in ids {
        let tmp = module.locals.add(ValType::I32);
        let func = module.funcs.get_mut(id).kind.unwrap_local_mut();
        let mut stores = StackStores { sp: sp_id, found: Vec::new() };
        dfs_in_order(&mut stores, func, func.entry_block());
        // Back to front, so earlier positions in a sequence stay valid.
        for (seq, at) in stores.found.into_iter().rev() {
            let mut then = func.builder_mut().dangling_instr_seq(None);
            then.call(overflow).unreachable();
            let then_id = then.id();
            let otherwise = func.builder_mut().dangling_instr_seq(None).id();
            let guard = [
                Instr::LocalTee(walrus::ir::LocalTee { local: tmp }),
                Instr::Const(walrus::ir::Const { value: walrus::ir::Value::I32(bottom) }),
                Instr::Binop(walrus::ir::Binop { op: BinaryOp::I32LtS }),
                Instr::IfElse(walrus::ir::IfElse { consequent: then_id, alternative: otherwise }),
                Instr::LocalGet(walrus::ir::LocalGet { local: tmp }),
            ];
            let instrs = &mut func.block_mut(seq).instrs;
            for (k, instr) in guard.into_iter().enumerate() {
                instrs.insert(at + k, (instr, InstrLocId::default()));
            }
        }
    }
    Ok(module.emit_wasm())
}
