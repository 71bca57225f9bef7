//! One program run the way `gradebox exec` runs it; the server's `/v1/exec` and
//! `/run_code` call the same function.

use super::{Executed, Language, Runtimes};
use crate::sandbox::Limits;
use anyhow::{Result, bail};
use bytes::Bytes;

impl Runtimes {
    /// Runs `source` as a program of `lang`. A WASI module (wasm or WAT bytes) sees
    /// `filename` and then `args` as its arguments; Python and JavaScript programs read
    /// stdin only. `Err` is a module that does not load, or gradebox's own failure.
    pub fn run_program(
        &self,
        lang: Language,
        source: &[u8],
        filename: &str,
        args: &[String],
        stdin: Bytes,
        limits: Limits,
    ) -> Result<Executed> {
        if lang == Language::Wasm {
            return self.exec_wasm(source, filename, args, stdin, limits);
        }
        if !args.is_empty() {
            bail!("arguments after `--` are for WASI modules; Python and JavaScript programs read stdin");
        }
        if matches!(lang, Language::C | Language::Cpp | Language::Typescript) {
            let options = super::clang::BuildOptions::default();
            if let Some(why) = self.check_built(lang, source, filename, &options, limits)? {
                return Err(CompileFailed(why).into());
            }
        }
        self.exec(lang, source, filename, stdin, limits)
    }
}

/// The program did not compile: the candidate's fault, with the compiler's diagnostics
/// (never to be reported as gradebox's own failure).
#[derive(Debug)]
pub struct CompileFailed(pub String);

impl std::fmt::Display for CompileFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CompileFailed {}
