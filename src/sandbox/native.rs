//! Loading the two kinds of core module the C and C++ toolchain brings: the toolchain
//! itself (75 MB, verified once at install, never re-hashed when its compiled artifact
//! is cached) and candidates' compiled programs (compiled in memory and never cached
//! on disk, so grading many answers does not fill the host's disk).

use super::{Program, ProgramKind, Sandbox, sha256_hex};
use anyhow::{Context, Result, bail};
use std::path::Path;
use wasmtime::Module;

impl Sandbox {
    /// Loads the installed module at `path`, whose SHA-256 was verified at install to be
    /// `sha256`. Its bytes are read (and checked again) only when it must be compiled.
    pub fn load_verified_module(&self, path: &Path, sha256: &str) -> Result<Program> {
        let engine = &self.engine;
        let module = self.cache.get_or_compile(
            sha256,
            "module",
            // SAFETY: as in `load_module`: written by `Module::serialize` of a compatible
            // engine into gradebox's own cache folder.
            |p| unsafe { Module::deserialize_file(engine, p) },
            || {
                let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
                if sha256_hex(&bytes) != sha256 {
                    bail!("{} changed since it was verified; reinstall it", path.display());
                }
                let m = Module::new(engine, &bytes).map_err(anyhow::Error::from)?;
                let ser = m.serialize().map_err(anyhow::Error::from)?;
                Ok((m, ser))
            },
        )?;
        self.command(module, sha256.to_string())
    }

    /// Compiles a WASI command that lives only as long as this process needs it.
    pub fn load_transient_module(&self, bytes: &[u8]) -> Result<Program> {
        let module = Module::new(&self.engine, bytes).map_err(anyhow::Error::from);
        match module {
            Ok(module) => self.command(module, sha256_hex(bytes)),
            Err(e) if format!("{e:#}").contains("pooling allocator") => Ok(Program {
                kind: ProgramKind::Oversized(format!("the module asks for more than a run may have: {e:#}")),
                sha256: sha256_hex(bytes),
                shadow_stack: true,
            }),
            Err(e) => Err(e),
        }
    }

    /// A C or C++ program linked by wasm-ld: a command whose stack is in linear memory.
    fn command(&self, module: Module, sha256: String) -> Result<Program> {
        if module.get_export("_start").is_none() {
            bail!("it is not a WASI command: it exports no `_start` function");
        }
        let mut linker = self.module_linker.clone();
        linker.define_unknown_imports_as_traps(&module).map_err(anyhow::Error::from)?;
        let pre = linker.instantiate_pre(&module).map_err(anyhow::Error::from)?;
        Ok(Program { kind: ProgramKind::Module(pre), sha256, shadow_stack: true })
    }
}
