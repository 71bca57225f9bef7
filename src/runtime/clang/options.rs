//! What a task may choose about a C or C++ build: the language standard and the
//! compile's own limits (separate from the limits of the program's runs).

use crate::sandbox::{Fuel, Limits};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dialect {
    C,
    Cpp,
}

/// A `-std=` value clang accepts for the dialect.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Standard(String);

const C_STANDARDS: &[&str] = &["c99", "c11", "c17", "c23", "gnu99", "gnu11", "gnu17", "gnu23"];
const CPP_STANDARDS: &[&str] =
    &["c++11", "c++14", "c++17", "c++20", "c++23", "gnu++11", "gnu++14", "gnu++17", "gnu++20", "gnu++23"];

impl Standard {
    /// What judges use by default: C17 and C++17.
    pub fn default_for(dialect: Dialect) -> Standard {
        Standard(match dialect {
            Dialect::C => "c17".into(),
            Dialect::Cpp => "c++17".into(),
        })
    }

    /// Checks `name` against the standards of `dialect`; the error lists them.
    pub fn parse(dialect: Dialect, name: &str) -> Result<Standard, String> {
        let known = match dialect {
            Dialect::C => C_STANDARDS,
            Dialect::Cpp => CPP_STANDARDS,
        };
        if known.contains(&name) {
            Ok(Standard(name.to_string()))
        } else {
            Err(format!("unknown standard {name:?}; use one of {}", known.join(", ")))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The C++ standards a precompiled `<bits/stdc++.h>` is built for at install.
    pub fn with_pch() -> Vec<Standard> {
        ["c++17", "c++20", "c++23", "c++14", "gnu++17", "gnu++20"].map(|s| Standard(s.to_string())).to_vec()
    }
}

/// Limits of one toolchain run (the compile, and separately the link).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompileLimits {
    /// Counts the compile's work in fuel, the same on every machine; None (the
    /// default): only `timeout_ms` of CPU time bounds it, and the compile runs 40% faster.
    pub fuel: Option<Fuel>,
    /// CPU time of each toolchain run.
    pub timeout_ms: u64,
    /// Cap on the compiler's linear memory.
    pub memory_bytes: u64,
    /// Cap on what the compiler writes (the object, the linked program, diagnostics):
    /// all of it is held in memory and checked against this before any of it reaches
    /// the host's disk. None: the runs' memory limit (at least 64 MiB), since a static
    /// array the program could not hold anyway is all that makes an object larger.
    pub disk_bytes: Option<u64>,
}

impl Default for CompileLimits {
    fn default() -> Self {
        CompileLimits { fuel: None, timeout_ms: 60_000, memory_bytes: 2 << 30, disk_bytes: None }
    }
}

impl CompileLimits {
    /// The disk cap of a build whose program runs with `run_memory_bytes`.
    pub fn disk_for(&self, run_memory_bytes: u64) -> u64 {
        self.disk_bytes.unwrap_or(run_memory_bytes.max(64 << 20))
    }

    /// The limits of one toolchain run that may write `disk_bytes`.
    pub fn run_limits(&self, disk_bytes: u64) -> Limits {
        Limits {
            // Only read by the fuel-counting sandbox.
            fuel: self.fuel.unwrap_or(Fuel(u64::MAX)),
            timeout_ms: self.timeout_ms,
            memory_bytes: self.memory_bytes,
            output_bytes: disk_bytes,
        }
    }
}

/// Everything a task decides about building C and C++ answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildOptions {
    pub c_std: Standard,
    pub cpp_std: Standard,
    pub limits: CompileLimits,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            c_std: Standard::default_for(Dialect::C),
            cpp_std: Standard::default_for(Dialect::Cpp),
            limits: CompileLimits::default(),
        }
    }
}

impl BuildOptions {
    pub fn standard(&self, dialect: Dialect) -> &Standard {
        match dialect {
            Dialect::C => &self.c_std,
            Dialect::Cpp => &self.cpp_std,
        }
    }
}

/// The program's own stack (in linear memory, counted against its memory cap): an
/// eighth of the run's memory, between 1 and 32 MiB. Locals of most functions live in
/// wasm locals on the engine's stack instead, so deep recursion rarely needs much.
pub fn program_stack_bytes(run_memory_bytes: u64) -> u64 {
    (run_memory_bytes / 8).clamp(1 << 20, 32 << 20) & !0xF
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standards_are_checked_per_dialect() {
        assert!(Standard::parse(Dialect::Cpp, "c++20").is_ok());
        assert!(Standard::parse(Dialect::C, "c++20").unwrap_err().contains("c17"));
        assert!(Standard::parse(Dialect::Cpp, "c++98; rm -rf /").is_err());
    }

    #[test]
    fn the_stack_follows_the_memory_limit() {
        assert_eq!(program_stack_bytes(256 << 20), 32 << 20);
        assert_eq!(program_stack_bytes(64 << 20), 8 << 20);
        assert_eq!(program_stack_bytes(1 << 20), 1 << 20);
    }
}
