//! Installed runtimes, loaded once per process: found (or installed) under the home,
//! compiled to native code (or taken from the cache), and kept for every later run.

use super::manifest::{self, Manifest};
use super::{Language, MissingRuntime, RuntimeIdentity, Runtimes, install};
use crate::sandbox::{Mount, Program};
use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::sync::OnceLock;

/// An installed runtime, compiled and ready to instantiate.
pub(super) struct LoadedRuntime {
    pub(super) program: Program,
    pub(super) identity: RuntimeIdentity,
    pub(super) mounts: Vec<Mount>,
    /// Its installed folder, marked as in use (see `install::mark_used`).
    dir: PathBuf,
}

impl Runtimes {
    fn slot(&self, lang: Language) -> &OnceLock<LoadedRuntime> {
        match lang {
            Language::Python => &self.python,
            Language::Javascript => &self.javascript,
            _ => unreachable!("only python and javascript are loaded here"),
        }
    }

    /// The installed runtime's folder, if it is installed.
    pub fn installed_dir(&self, lang: Language) -> Option<PathBuf> {
        let dir = match lang {
            Language::Python => self.home.runtimes().join("python").join(install::python_dir_name()),
            Language::Javascript | Language::Typescript => {
                self.home.runtimes().join("javascript").join(install::javascript_dir_name())
            }
            Language::C | Language::Cpp => super::clang::install::final_dir(&self.home),
            Language::Wasm => return None,
        };
        dir.join(manifest::MANIFEST).exists().then_some(dir)
    }

    /// Installs `lang` now (fetch, verify, build) and compiles it.
    pub fn install(&self, lang: Language, progress: &install::Progress) -> Result<PathBuf> {
        let dir = match lang {
            Language::Python => install::install_python(&self.home, progress)?,
            Language::Javascript | Language::Typescript => {
                install::install_javascript(&self.sandbox, &self.home, progress)?
            }
            Language::C | Language::Cpp => {
                let dir = super::clang::install::install(&self.home, progress)?;
                self.toolchain()?;
                return Ok(dir);
            }
            Language::Wasm => bail!("raw WASI modules need no runtime"),
        };
        progress.step(format!("compiling the {lang} runtime to native code (once per machine)"));
        self.load(lang)?;
        Ok(dir)
    }

    /// Marks `loaded`'s folder as in use, at most once an hour, so that another
    /// gradebox binary installing its own build beside it never prunes it.
    fn note_use(&self, lang: Language, loaded: &LoadedRuntime) {
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

    /// The runtime that runs `lang` (loaded, and installed when allowed).
    pub fn identity(&self, lang: Language) -> Result<super::RuntimeIdentity> {
        Ok(self.load(lang)?.identity.clone())
    }

    pub(super) fn load(&self, lang: Language) -> Result<&LoadedRuntime> {
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
                self.sandbox.notice(&format!("the {lang} runtime is not installed; installing it now"));
                let notices = self.sandbox.notices();
                let progress = install::Progress::new(move |step| notices(step));
                match lang {
                    Language::Python => install::install_python(&self.home, &progress),
                    _ => install::install_javascript(&self.sandbox, &self.home, &progress),
                }
                .with_context(|| {
                    format!("installing the {lang} runtime failed; retry with `gradebox runtime install {lang}`")
                })?
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
        let _ = self.slot(lang).set(LoadedRuntime { program, identity, mounts, dir });
        let loaded = self.slot(lang).get().expect("just set");
        self.note_use(lang, loaded);
        Ok(loaded)
    }

    /// Installed runtimes, for `gradebox runtime list`.
    pub fn list(&self) -> Vec<(Language, Option<(PathBuf, Manifest)>)> {
        [Language::Python, Language::Javascript, Language::Cpp]
            .into_iter()
            .map(|lang| (lang, self.installed_dir(lang).and_then(|d| Manifest::read(&d).ok().map(|m| (d, m)))))
            .collect()
    }
}
