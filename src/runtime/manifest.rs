//! The record written beside each installed runtime: what it is, where it came from,
//! and the SHA-256 it was verified to have.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const MANIFEST: &str = "manifest.json";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// `python` or `javascript`.
    pub runtime: String,
    /// Human-readable identity, e.g. "CPython 3.14 (componentize-py 0.25.1)".
    pub version: String,
    /// The wasm file, relative to the runtime's folder.
    pub file: String,
    pub sha256: String,
    /// Read-only folders mounted for every run: (folder relative to the runtime's
    /// folder, path in the guest).
    #[serde(default)]
    pub mounts: Vec<(String, String)>,
    /// What was fetched to make it, each with its verified SHA-256.
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Source {
    pub package: String,
    pub sha256: String,
}

impl Manifest {
    pub fn read(dir: &Path) -> Result<Manifest> {
        let path = dir.join(MANIFEST);
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("{} is not a valid runtime manifest", path.display()))
    }

    pub fn write(&self, dir: &Path) -> Result<()> {
        let path = dir.join(MANIFEST);
        std::fs::write(&path, serde_json::to_string_pretty(self)? + "\n")
            .with_context(|| format!("writing {}", path.display()))
    }

    pub fn wasm_path(&self, dir: &Path) -> PathBuf {
        dir.join(&self.file)
    }
}
