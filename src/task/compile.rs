//! A task's `[compile]` table: the C and C++ standards and the compile's own limits.

use super::Problems;
use super::schema::RawCompile;
use crate::runtime::clang::{BuildOptions, Dialect, Standard};
use crate::sandbox::Fuel;
use toml::Spanned;

/// The largest compile memory a task may give (a wasm32 compiler addresses 4 GiB).
const MAX_COMPILE_MEMORY_MB: u64 = 4096;

pub(super) fn build_options(raw: Option<&Spanned<RawCompile>>, p: &mut Problems) -> BuildOptions {
    let mut out = BuildOptions::default();
    let Some(raw) = raw else { return out };
    let span = raw.span();
    let c = raw.get_ref();
    for (dialect, field, value, slot) in
        [(Dialect::C, "c_std", &c.c_std, &mut out.c_std), (Dialect::Cpp, "cpp_std", &c.cpp_std, &mut out.cpp_std)]
    {
        if let Some(name) = value {
            match Standard::parse(dialect, name) {
                Ok(std) => *slot = std,
                Err(why) => p.at(&span, &format!("compile.{field}"), why),
            }
        }
    }
    let positive = |p: &mut Problems, field: &str, v: u64| {
        if v == 0 {
            p.at(&span, &format!("compile.{field}"), "must be positive");
        }
        v
    };
    if let Some(f) = c.fuel {
        out.limits.fuel = Some(Fuel(positive(p, "fuel", f)));
    }
    if let Some(t) = c.timeout_ms {
        out.limits.timeout_ms = positive(p, "timeout_ms", t);
    }
    if let Some(m) = c.memory_mb {
        if m == 0 || m > MAX_COMPILE_MEMORY_MB {
            p.at(&span, "compile.memory_mb", format!("must be between 1 and {MAX_COMPILE_MEMORY_MB}"));
        }
        out.limits.memory_bytes = m << 20;
    }
    if let Some(d) = c.disk_mb {
        out.limits.disk_bytes = Some(positive(p, "disk_mb", d) << 20);
    }
    out
}
