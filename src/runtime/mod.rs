//! Language runtimes: how Python, JavaScript and raw WASI programs become sandbox runs,
//! and where the runtime binaries come from (fetched, verified, cached).
//! `language` names the languages, `loader` loads installed runtimes once, `protocol`
//! reads what function and script mode bring back.

pub mod clang;
pub mod home;
pub mod install;
pub mod javascript;
mod language;
mod loader;
pub mod manifest;
mod native;
pub mod pins;
mod program;
pub use program::CompileFailed;
mod protocol;
pub mod stack_guard;
pub mod typescript;

use crate::sandbox::{Entry, Limits, Outcome, Returned, RunRequest, Sandbox, sha256_hex};
use anyhow::{Context, Result, bail};
use bytes::Bytes;
pub use home::Home;
pub use language::Language;
use loader::LoadedRuntime;
pub use protocol::{Envelope, FunctionRun, Script, ScriptReport, ScriptRun};
use protocol::{fresh_nonce, take_marked_line};
use serde::Serialize;
use std::path::Path;
use std::sync::OnceLock;

/// Which runtime ran a program: part of every result's provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RuntimeIdentity {
    pub name: String,
    pub version: String,
    pub sha256: String,
}

/// What to do when a runtime a command needs is not installed yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingRuntime {
    /// Install it, saying so on stderr.
    Install,
    /// Fail with the command that installs it.
    Fail,
}

/// The runtimes of one process, loaded on first use and shared by every run.
pub struct Runtimes {
    sandbox: Sandbox,
    home: Home,
    missing: MissingRuntime,
    python: OnceLock<LoadedRuntime>,
    javascript: OnceLock<LoadedRuntime>,
    clang: OnceLock<clang::Toolchain>,
    loading: std::sync::Mutex<()>,
    host_clocks: bool,
    /// When each runtime's folder was last marked as in use (seconds since the epoch).
    marked: [std::sync::atomic::AtomicU64; 2],
}

impl Runtimes {
    pub fn new(sandbox: Sandbox, home: Home, missing: MissingRuntime) -> Runtimes {
        Runtimes {
            sandbox,
            home,
            missing,
            python: OnceLock::new(),
            javascript: OnceLock::new(),
            clang: OnceLock::new(),
            loading: std::sync::Mutex::new(()),
            host_clocks: false,
            marked: Default::default(),
        }
    }

    /// Runs get the host's clocks and OS randomness (not reproducible; off by default).
    pub fn set_host_clocks(&mut self, on: bool) {
        self.host_clocks = on;
    }

    fn request(&self, entry: Entry, limits: Limits) -> RunRequest {
        let mut req = RunRequest::new(entry, limits);
        req.host_clocks_and_random = self.host_clocks;
        req
    }

    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }

    pub fn home(&self) -> &Home {
        &self.home
    }

    /// Runs one program. `Err` is gradebox's own failure; the program's is in the Outcome.
    pub fn exec(
        &self,
        lang: Language,
        source: &[u8],
        filename: &str,
        stdin: Bytes,
        limits: Limits,
    ) -> Result<Executed> {
        match lang {
            Language::Wasm => {
                let program =
                    self.sandbox.load_candidate_module(source).with_context(|| format!("cannot load {filename}"))?;
                let mut req = self.request(Entry::Start, limits);
                req.args = vec![filename.to_string()];
                req.stdin = stdin;
                let outcome = self.sandbox.run(&program, &req)?;
                let identity = RuntimeIdentity {
                    name: "wasm".into(),
                    version: "WASI preview 1 command".into(),
                    sha256: program.sha256,
                };
                Ok(Executed { outcome, runtime: identity })
            }
            Language::C | Language::Cpp | Language::Typescript => {
                self.exec_built(lang, source, filename, stdin, limits, &clang::BuildOptions::default())
            }
            Language::Python | Language::Javascript => {
                let text = std::str::from_utf8(source).with_context(|| format!("{filename} is not UTF-8 text"))?;
                if lang == Language::Python {
                    self.call_python("run-main", vec![text.to_string(), filename.to_string()], stdin, limits)
                } else {
                    self.run_harness("stdio", filename, text, stdin, limits)
                }
            }
        }
    }

    /// Runs a WASI preview 1 command module (wasm or WAT bytes) with `args` after its name.
    pub fn exec_wasm(
        &self,
        module: &[u8],
        filename: &str,
        args: &[String],
        stdin: Bytes,
        limits: Limits,
    ) -> Result<Executed> {
        let program = self.sandbox.load_candidate_module(module).with_context(|| format!("cannot load {filename}"))?;
        let mut req = self.request(Entry::Start, limits);
        req.args = std::iter::once(filename.to_string()).chain(args.iter().cloned()).collect();
        req.stdin = stdin;
        let outcome = self.sandbox.run(&program, &req)?;
        let identity =
            RuntimeIdentity { name: "wasm".into(), version: "WASI preview 1 command".into(), sha256: program.sha256 };
        Ok(Executed { outcome, runtime: identity })
    }

    /// Calls one export of the Python runner (see `python/runner.wit`).
    pub fn call_python(&self, func: &str, args: Vec<String>, stdin: Bytes, limits: Limits) -> Result<Executed> {
        let rt = self.load(Language::Python)?;
        let mut req = self.request(Entry::Call { func: func.to_string(), args }, limits);
        req.args = vec!["python".into()];
        req.stdin = stdin;
        req.mounts = rt.mounts.clone();
        let mut outcome = self.sandbox.run(&rt.program, &req)?;
        if let Some(Returned::Int(code)) = outcome.returned {
            outcome.exit_code = Some(i32::try_from(code).unwrap_or(1));
        }
        Ok(Executed { outcome, runtime: rt.identity.clone() })
    }

    /// Runs the candidate's script under `javascript/harness.js` in `mode`.
    fn run_harness(&self, mode: &str, filename: &str, source: &str, stdin: Bytes, limits: Limits) -> Result<Executed> {
        self.run_qjs(javascript::harness_args(mode, filename, source), stdin, limits)
    }

    fn run_qjs(&self, args: Vec<String>, stdin: Bytes, mut limits: Limits) -> Result<Executed> {
        let rt = self.load(Language::Javascript)?;
        // The stack the stack guard reserves is the runtime's, not the program's: it is
        // neither charged to the memory cap nor reported as the program's memory.
        limits.memory_bytes = limits.memory_bytes.saturating_add(stack_guard::STACK_BYTES);
        let mut req = self.request(Entry::Start, limits);
        req.args = std::iter::once("qjs".to_string()).chain(args).collect();
        req.stdin = stdin;
        let mut outcome = self.sandbox.run(&rt.program, &req)?;
        outcome.peak_memory_bytes = outcome.peak_memory_bytes.saturating_sub(stack_guard::STACK_BYTES);
        Ok(Executed { outcome, runtime: rt.identity.clone() })
    }

    /// Function mode: runs `source`, calls `entry(*args)` in a fresh instance, and
    /// brings back what it returned through a channel the candidate cannot forge.
    pub fn call_function(
        &self,
        lang: Language,
        source: &str,
        filename: &str,
        entry: &str,
        args: &[serde_json::Value],
        limits: Limits,
    ) -> Result<FunctionRun> {
        let args_json = serde_json::to_string(args)?;
        match lang {
            Language::Python => {
                let executed = self.call_python(
                    "call-function",
                    vec![source.into(), filename.into(), entry.into(), args_json],
                    Bytes::new(),
                    limits,
                )?;
                let envelope = match &executed.outcome.returned {
                    Some(Returned::Text(text)) => Some(Envelope::parse(text)),
                    _ => None,
                };
                Ok(FunctionRun { executed, envelope })
            }
            Language::Javascript => {
                let nonce = fresh_nonce();
                let control = serde_json::json!({ "nonce": nonce, "entry": entry, "args": args });
                let mut executed =
                    self.run_harness("function", filename, source, Bytes::from(control.to_string()), limits)?;
                let envelope =
                    take_marked_line(&mut executed.outcome.stdout, &nonce).map(|line| Envelope::parse(&line));
                Ok(FunctionRun { executed, envelope })
            }
            Language::Typescript => {
                let js = typescript::strip(source, filename).map_err(|e| anyhow::anyhow!("{filename}: {e}"))?;
                self.call_function(Language::Javascript, &js, filename, entry, args, limits)
            }
            Language::Wasm | Language::C | Language::Cpp => {
                bail!("function mode supports python, javascript and typescript")
            }
        }
    }

    /// Script mode (Python): runs `head`, then `checks`, in one program; see
    /// `run-script` in python/runner.wit. The report comes back as the component's
    /// return value, a channel the candidate cannot write to.
    pub fn run_script(&self, script: &Script, limits: Limits) -> Result<ScriptRun> {
        let executed = self.call_python(
            "run-script",
            vec![
                script.head.clone(),
                script.checks.clone(),
                script.filename.clone(),
                script.watch.clone().unwrap_or_default(),
                if script.human_eval { "human-eval" } else { "plain" }.to_string(),
            ],
            Bytes::new(),
            limits,
        )?;
        let report = match &executed.outcome.returned {
            Some(Returned::Text(text)) => {
                Some(serde_json::from_str(text).map_err(|e| format!("unreadable script report ({e})")))
            }
            _ => None,
        };
        Ok(ScriptRun { executed, report })
    }

    /// Parses without running: `Some(message)` when the code is not valid.
    pub fn check_syntax(&self, lang: Language, source: &[u8], filename: &str) -> Result<Option<String>> {
        if matches!(lang, Language::C | Language::Cpp | Language::Typescript) {
            return self.check_built(lang, source, filename, &clang::BuildOptions::default(), Limits::default());
        }
        let limits = Limits::default();
        if lang == Language::Wasm {
            return Ok(self.sandbox.load_candidate_module(source).err().map(|e| format!("{e:#}")));
        }
        let Ok(text) = std::str::from_utf8(source) else {
            return Ok(Some(format!("{filename} is not UTF-8 text")));
        };
        if lang == Language::Python {
            let run = self.call_python("check-syntax", vec![text.into(), filename.into()], Bytes::new(), limits)?;
            return match run.outcome.returned {
                Some(Returned::NoText) => Ok(None),
                Some(Returned::Text(msg)) => Ok(Some(msg)),
                _ => Ok(Some(beyond_parsing(&run.outcome, filename))),
            };
        }
        let run = self.run_harness("check", filename, text, Bytes::new(), limits)?;
        let out = String::from_utf8_lossy(&run.outcome.stdout).into_owned();
        match out.strip_prefix("syntax_error ") {
            Some(msg) => Ok(Some(msg.trim_end().to_string())),
            None if out.starts_with("ok") => Ok(None),
            None => Ok(Some(beyond_parsing(&run.outcome, filename))),
        }
    }
}

/// A source that parsing alone cannot get through within the limits (megabytes of
/// code, an expression nested thousands deep) is the candidate's compile error: the
/// same source would fail the same way on every retry, so it is no fault of gradebox's.
fn beyond_parsing(outcome: &Outcome, filename: &str) -> String {
    format!("{filename} is too large or too deeply nested to parse within the limits ({})", outcome.summary())
}

/// A finished run and the runtime that ran it.
pub struct Executed {
    pub outcome: Outcome,
    pub runtime: RuntimeIdentity,
}

/// Hex SHA-256 of a file's bytes.
pub fn file_sha256(path: &Path) -> Result<String> {
    Ok(sha256_hex(&std::fs::read(path).with_context(|| format!("reading {}", path.display()))?))
}
