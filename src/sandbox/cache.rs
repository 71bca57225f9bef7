//! On-disk cache of compiled modules and components.
//!
//! Compiling CPython takes seconds; a cached artifact loads by `mmap` in milliseconds.
//! Entries are keyed by the engine's compatibility hash (wasmtime version plus every
//! setting that changes generated code) and the SHA-256 of the wasm bytes, so a stale
//! artifact can never be picked up by a different engine.

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use wasmtime::Engine;

/// A `Hasher` whose output is stable across processes and Rust versions.
struct StableHasher(Sha256);
impl Hasher for StableHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(&self) -> u64 {
        unreachable!("the digest is read with finalize")
    }
}

/// The wasmtime release gradebox is built against (also folded into the key hash).
const WASMTIME_VERSION: &str = "48";

pub(crate) struct ArtifactCache {
    dir: Option<PathBuf>,
    /// None only for `NONE`, which never stores anything to warn about.
    notices: Option<super::Notices>,
}

/// The most the cache keeps on disk, in MiB, unless `GRADEBOX_CACHE_MB` says otherwise:
/// room for every runtime under a few engine configurations.
const DEFAULT_CAP_MB: u64 = 4096;

fn cap_bytes() -> u64 {
    std::env::var("GRADEBOX_CACHE_MB").ok().and_then(|v| v.parse::<u64>().ok()).unwrap_or(DEFAULT_CAP_MB) << 20
}

impl ArtifactCache {
    /// No cache: every load compiles.
    pub(crate) const NONE: ArtifactCache = ArtifactCache { dir: None, notices: None };

    /// `root` None disables the cache (every load compiles).
    pub(crate) fn new(engine: &Engine, root: Option<&Path>, notices: super::Notices) -> Self {
        let dir = root.map(|root| {
            let mut h = StableHasher(Sha256::new());
            engine.precompile_compatibility_hash().hash(&mut h);
            let key = hex::encode(&h.0.finalize()[..12]);
            root.join(format!("wasmtime-{WASMTIME_VERSION}-{key}"))
        });
        ArtifactCache { dir, notices: Some(notices) }
    }

    /// Loads the artifact for `sha256`, or compiles it with `compile`, stores it and
    /// returns it. `load` maps cached bytes back to the artifact.
    pub(crate) fn get_or_compile<T>(
        &self,
        sha256: &str,
        kind: &str,
        load: impl Fn(&Path) -> wasmtime::Result<T>,
        compile: impl FnOnce() -> Result<(T, Vec<u8>)>,
    ) -> Result<T> {
        let Some(dir) = &self.dir else {
            return Ok(compile()?.0);
        };
        let path = dir.join(format!("{sha256}.{kind}.cwasm"));
        if path.exists() {
            match load(&path) {
                Ok(artifact) => {
                    // Its modification time is when it was last used: eviction goes by it.
                    let _ = std::fs::File::options()
                        .append(true)
                        .open(&path)
                        .and_then(|f| f.set_modified(std::time::SystemTime::now()));
                    return Ok(artifact);
                }
                // Truncated or from an incompatible build: compile afresh below.
                Err(_) => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
        let (artifact, bytes) = compile()?;
        if let Err(e) = store_atomically(dir, &path, &bytes)
            && let Some(notice) = &self.notices
        {
            notice(&format!("warning: could not cache compiled code in {}: {e:#}", dir.display()));
        }
        evict_beyond(dir, cap_bytes(), &path);
        Ok(artifact)
    }
}

/// Removes the least recently used artifacts of `dir` until it holds at most `cap`
/// bytes, never `keep` (the one just stored).
fn evict_beyond(dir: &Path, cap: u64, keep: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut files: Vec<(std::time::SystemTime, u64, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            (meta.is_file() && e.path().extension().is_some_and(|x| x == "cwasm"))
                .then(|| (meta.modified().unwrap_or(std::time::UNIX_EPOCH), meta.len(), e.path()))
        })
        .collect();
    let mut total: u64 = files.iter().map(|(_, len, _)| len).sum();
    files.sort();
    for (_, len, path) in files {
        if total <= cap {
            break;
        }
        if path != keep && std::fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}

/// Writes to a temporary file in the same folder and renames it into place, so readers
/// never see a half-written artifact, even when several processes race.
fn store_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path)?;
    Ok(())
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_least_recently_used_artifacts_go_first_and_the_new_one_stays() {
        let dir = tempfile::tempdir().unwrap();
        let now = std::time::SystemTime::now();
        for (name, age_s) in [("old", 300), ("mid", 200), ("new", 100), ("just", 0)] {
            let path = dir.path().join(format!("{name}.module.cwasm"));
            std::fs::write(&path, vec![0u8; 1000]).unwrap();
            let f = std::fs::File::options().append(true).open(&path).unwrap();
            f.set_modified(now - std::time::Duration::from_secs(age_s)).unwrap();
        }
        std::fs::write(dir.path().join("notes.txt"), vec![0u8; 5000]).unwrap();
        evict_beyond(dir.path(), 2500, &dir.path().join("just.module.cwasm"));
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["just.module.cwasm", "new.module.cwasm", "notes.txt"]);
    }
}
