//! One build of a C or C++ answer: `clang -c` then `wasm-ld`, two sandboxed runs of the
//! toolchain with the compile's limits. The source is the only file the compiler sees
//! besides the read-only sysroot; the object and the program come back through stdout,
//! so the host's disk only ever holds the source and (for the link) an object that
//! already fit under the disk limit, in a folder removed when the build ends.

use super::Toolchain;
use super::diagnostics;
use super::flags::{self, SYSROOT, WORK};
use super::options::{BuildOptions, Dialect, program_stack_bytes};
use crate::sandbox::{Entry, Mount, Outcome, Program, RunRequest};
use anyhow::{Context, Result};
use std::path::Path;

/// What a build produced.
#[derive(Clone)]
pub enum Built {
    Program(Program),
    /// The compiler's or linker's diagnostics, or which compile limit stopped it.
    Failed(String),
}

/// The file name the compiler is shown: the candidate's own when it is a plain name with
/// the dialect's extension, else `main.c` / `main.cpp`.
pub fn source_name(dialect: Dialect, filename: &str) -> String {
    let plain = !filename.is_empty()
        && filename.len() <= 64
        && filename.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        && !filename.starts_with('.');
    let ext_ok = match dialect {
        Dialect::C => filename.ends_with(".c"),
        Dialect::Cpp => [".cpp", ".cc", ".cxx", ".c++"].iter().any(|e| filename.ends_with(e)),
    };
    if plain && ext_ok {
        filename.to_string()
    } else {
        match dialect {
            Dialect::C => "main.c".into(),
            Dialect::Cpp => "main.cpp".into(),
        }
    }
}

impl Toolchain {
    /// Compiles and links `source`; `Err` is gradebox's own failure only.
    pub(super) fn build_uncached(
        &self,
        dialect: Dialect,
        source: &str,
        filename: &str,
        options: &BuildOptions,
        run_memory_bytes: u64,
    ) -> Result<Built> {
        let work = tempfile::Builder::new().prefix("gradebox-cc-").tempdir().context("creating a build folder")?;
        let name = source_name(dialect, filename);
        std::fs::write(work.path().join(&name), source).context("writing the source for the compiler")?;
        let std = options.standard(dialect);
        let disk = options.limits.disk_for(run_memory_bytes);
        let pch = (dialect == Dialect::Cpp && flags::wants_pch(source)).then(|| self.pch_for(std)).flatten();

        let mut compiled =
            self.run_tool(flags::compile_args(dialect, std, &name, pch.as_deref()), work.path(), options, disk)?;
        if pch.is_some() && pch_rejected(&compiled) {
            // A precompiled header that no longer matches is gradebox's problem, not the
            // candidate's: compile without it.
            compiled = self.run_tool(flags::compile_args(dialect, std, &name, None), work.path(), options, disk)?;
        }
        if let Some(why) = diagnostics::failure("compile", &compiled, &options.limits, disk) {
            return Ok(Built::Failed(why));
        }
        std::fs::write(work.path().join("main.o"), &compiled.stdout).context("writing the object for the linker")?;
        let stack = program_stack_bytes(run_memory_bytes);
        let linked = self.run_tool(flags::link_args(dialect, "/main.o", stack), work.path(), options, disk)?;
        if let Some(why) = diagnostics::failure("link", &linked, &options.limits, disk) {
            return Ok(Built::Failed(why));
        }
        let program = self.fuel_sandbox.load_transient_module(&linked.stdout).context("loading the linked program")?;
        Ok(Built::Program(program))
    }

    /// One run of the toolchain with the sysroot at /usr and `work` at the root; it
    /// may write `disk` bytes. It is counted in fuel only when the task gives the
    /// compile a fuel limit.
    pub(super) fn run_tool(
        &self,
        args: Vec<String>,
        work: &Path,
        options: &BuildOptions,
        disk: u64,
    ) -> Result<Outcome> {
        let mut req = RunRequest::new(Entry::Start, options.limits.run_limits(disk));
        req.args = args;
        req.mounts = vec![
            Mount { host: self.sysroot.clone(), guest: SYSROOT.into() },
            Mount { host: work.to_path_buf(), guest: WORK.into() },
        ];
        match options.limits.fuel {
            None => self.tools_sandbox.run(&self.tools, &req),
            Some(_) => self.fuel_sandbox.run(&self.counted_tools()?, &req),
        }
    }

    /// The precompiled `<bits/stdc++.h>` of `std` in the guest, if one was built.
    fn pch_for(&self, std: &super::options::Standard) -> Option<String> {
        let rel = format!("{}/{}.pch", flags::PCH_DIR, std.as_str());
        self.sysroot.join(&rel).exists().then(|| format!("{SYSROOT}/{rel}"))
    }
}

fn pch_rejected(outcome: &Outcome) -> bool {
    let said = String::from_utf8_lossy(&outcome.stderr);
    outcome.exit_code != Some(0) && (said.contains("precompiled header") || said.contains("PCH file"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_file_names_become_main() {
        assert_eq!(source_name(Dialect::Cpp, "sol.cc"), "sol.cc");
        assert_eq!(source_name(Dialect::Cpp, "../../etc/passwd"), "main.cpp");
        assert_eq!(source_name(Dialect::Cpp, "a.py"), "main.cpp");
        assert_eq!(source_name(Dialect::C, "x y.c"), "main.c");
    }
}
