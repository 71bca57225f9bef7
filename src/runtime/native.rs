//! Languages that are built before they run: C and C++ (compiled in the sandbox by the
//! clang toolchain, once per response) and TypeScript (types stripped in process, then
//! run as JavaScript).

use super::clang::{self, BuildOptions, Built, Dialect};
use super::{Executed, Language, MissingRuntime, Runtimes, install, typescript};
use crate::sandbox::Limits;
use anyhow::{Context, Result, anyhow, bail};
use bytes::Bytes;

fn dialect(lang: Language) -> Option<Dialect> {
    match lang {
        Language::C => Some(Dialect::C),
        Language::Cpp => Some(Dialect::Cpp),
        _ => None,
    }
}

impl Runtimes {
    /// Runs a C, C++ or TypeScript program with a task's build options. A C or C++
    /// program is built once per process (see `clang::Toolchain::build`); callers check
    /// that it builds first (`check_built`), so a failed build here is an `Err`.
    pub fn exec_built(
        &self,
        lang: Language,
        source: &[u8],
        filename: &str,
        stdin: Bytes,
        limits: Limits,
        options: &BuildOptions,
    ) -> Result<Executed> {
        let text = std::str::from_utf8(source).with_context(|| format!("{filename} is not UTF-8 text"))?;
        let Some(dialect) = dialect(lang) else {
            if lang != Language::Typescript {
                return self.exec(lang, source, filename, stdin, limits);
            }
            let js = typescript::strip(text, filename).map_err(|e| anyhow!("{filename} does not compile: {e}"))?;
            let mut executed = self.exec(Language::Javascript, js.as_bytes(), filename, stdin, limits)?;
            executed.runtime.name = "typescript".into();
            executed.runtime.version =
                format!("{} · types stripped by {}", executed.runtime.version, typescript::STRIPPER);
            return Ok(executed);
        };
        let toolchain = self.toolchain()?;
        match toolchain.build(dialect, text, filename, options, limits.memory_bytes)? {
            Built::Program(program) => {
                let outcome = toolchain.run(&program, stdin, limits, self.host_clocks)?;
                Ok(Executed { outcome, runtime: toolchain.identity(dialect, options) })
            }
            Built::Failed(why) => bail!("{filename} does not compile:\n{why}"),
        }
    }

    /// Builds without running: `Some(diagnostics)` when the program does not compile.
    /// `limits` are the runs' (their memory decides the program's stack).
    pub fn check_built(
        &self,
        lang: Language,
        source: &[u8],
        filename: &str,
        options: &BuildOptions,
        limits: Limits,
    ) -> Result<Option<String>> {
        let Ok(text) = std::str::from_utf8(source) else {
            return Ok(Some(format!("{filename} is not UTF-8 text")));
        };
        let Some(dialect) = dialect(lang) else {
            if lang == Language::Typescript {
                return Ok(typescript::strip(text, filename).err());
            }
            return self.check_syntax(lang, source, filename);
        };
        match self.toolchain()?.build(dialect, text, filename, options, limits.memory_bytes)? {
            Built::Program(_) => Ok(None),
            Built::Failed(why) => Ok(Some(why)),
        }
    }

    /// Which toolchain builds `lang` (C and C++ only), for provenance of a failed build.
    pub fn built_identity(&self, lang: Language, options: &BuildOptions) -> Option<super::RuntimeIdentity> {
        Some(self.clang.get()?.identity(dialect(lang)?, options))
    }

    /// The C and C++ toolchain, installed first when allowed and missing.
    pub fn toolchain(&self) -> Result<&clang::Toolchain> {
        if let Some(toolchain) = self.clang.get() {
            return Ok(toolchain);
        }
        let _only_one = self.loading.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(toolchain) = self.clang.get() {
            return Ok(toolchain);
        }
        let dir = match self.installed_dir(Language::Cpp) {
            Some(dir) => dir,
            None if self.missing == MissingRuntime::Install => {
                self.sandbox.notice("the C/C++ toolchain is not installed; installing it now");
                let notices = self.sandbox.notices();
                let progress = install::Progress::new(move |step| notices(step));
                clang::install::install(&self.home, &progress)
                    .context("installing the C/C++ toolchain failed; retry with `gradebox runtime install cpp`")?
            }
            None => bail!("the C/C++ toolchain is not installed; run `gradebox runtime install cpp`"),
        };
        let toolchain = clang::Toolchain::load(&dir, &self.home.compiled(), self.sandbox.notices())?;
        install::mark_used(&dir);
        let _ = self.clang.set(toolchain);
        Ok(self.clang.get().expect("just set"))
    }
}
