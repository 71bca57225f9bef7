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
    notices: super::Notices,
}

impl ArtifactCache {
    /// `root` None disables the cache (every load compiles).
    pub(crate) fn new(engine: &Engine, root: Option<&Path>, notices: super::Notices) -> Self {
        let dir = root.map(|root| {
            let mut h = StableHasher(Sha256::new());
            engine.precompile_compatibility_hash().hash(&mut h);
            let key = hex::encode(&h.0.finalize()[..12]);
            root.join(format!("wasmtime-{WASMTIME_VERSION}-{key}"))
        });
        ArtifactCache { dir, notices }
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
                Ok(artifact) => return Ok(artifact),
                // Truncated or from an incompatible build: compile afresh below.
                Err(_) => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
        let (artifact, bytes) = compile()?;
        if let Err(e) = store_atomically(dir, &path, &bytes) {
            (self.notices)(&format!("warning: could not cache compiled code in {}: {e:#}", dir.display()));
        }
        Ok(artifact)
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
