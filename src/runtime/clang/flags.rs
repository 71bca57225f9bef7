//! The command lines of a C or C++ build: `clang -c` (or `clang++ -c`), then `wasm-ld`,
//! each a run of the toolchain's multicall binary (`argv[0]` picks the tool). WASI has
//! no subprocesses, so the driver cannot call the linker itself.

use super::options::{Dialect, Standard};

/// Where the sysroot (headers, wasi-libc, libc++) is mounted in every toolchain run.
pub const SYSROOT: &str = "/usr";
/// Where the candidate's source (and then its object) is mounted: the guest's root, so
/// diagnostics name the file as the candidate wrote it and nothing else is visible.
pub const WORK: &str = "/";
/// The precompiled `<bits/stdc++.h>` of each standard, built at install.
pub const PCH_DIR: &str = "share/gradebox/pch";

/// What judges define and pass: optimized, `ONLINE_JUDGE`.
const COMMON: &[&str] = &["-O2", "-DONLINE_JUDGE", "-fno-color-diagnostics", "-fno-caret-diagnostics"];
/// libc++abi here is built without exception support: a `throw` cannot link.
const CPP_ONLY: &[&str] = &["-fno-exceptions"];
/// GCC 12 (what judges run) only warns about these pre-C99 habits; clang rejects them.
const C_ONLY: &[&str] = &[
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=implicit-int",
    "-Wno-error=int-conversion",
    "-Wno-error=incompatible-pointer-types",
];

/// The tool name (`argv[0]`) that compiles `dialect`.
pub fn compiler(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::C => "clang",
        Dialect::Cpp => "clang++",
    }
}

/// Flags shared by the compile and by the precompiled header it may use (a PCH is only
/// accepted with the same language options and macros).
pub fn language_flags(dialect: Dialect, std: &Standard) -> Vec<String> {
    let mut flags: Vec<String> = COMMON.iter().map(|s| s.to_string()).collect();
    flags.push(format!("-std={}", std.as_str()));
    let extra = match dialect {
        Dialect::C => C_ONLY,
        Dialect::Cpp => CPP_ONLY,
    };
    flags.extend(extra.iter().map(|s| s.to_string()));
    flags
}

/// `clang -c FILE -o -`: the object goes to stdout, where the run's output cap bounds it
/// (nothing the compile writes ever reaches the host's disk).
pub fn compile_args(dialect: Dialect, std: &Standard, file: &str, pch: Option<&str>) -> Vec<String> {
    let mut args = vec![compiler(dialect).to_string(), "-c".into()];
    args.extend(language_flags(dialect, std));
    if let Some(pch) = pch {
        args.push("-include-pch".into());
        args.push(pch.to_string());
    }
    args.extend([file.to_string(), "-o".into(), "-".into()]);
    args
}

/// Builds the precompiled `<bits/stdc++.h>` for `std`, written to stdout.
pub fn pch_args(std: &Standard, header: &str) -> Vec<String> {
    let mut args = vec![compiler(Dialect::Cpp).to_string()];
    args.extend(language_flags(Dialect::Cpp, std));
    // Instantiate the headers' own templates once, here, not in every compile (~9%).
    args.push("-fpch-instantiate-templates".into());
    args.extend(["-Xclang", "-fno-pch-timestamp", "-x", "c++-header", header, "-o", "-"].map(String::from));
    args
}

/// `wasm-ld` of one object into a WASI command, written to stdout. The program's own
/// stack (in linear memory) is `stack_bytes`, placed first so that an overflow faults
/// instead of overwriting the program's data.
pub fn link_args(dialect: Dialect, object: &str, stack_bytes: u64) -> Vec<String> {
    let lib = format!("{SYSROOT}/lib/wasm32-wasip1");
    let mut args: Vec<String> = vec!["wasm-ld".into(), "-m".into(), "wasm32".into(), format!("-L{lib}")];
    args.push(format!("{lib}/crt1-command.o"));
    args.push(object.to_string());
    if dialect == Dialect::Cpp {
        args.extend(["-lc++", "-lc++abi"].map(String::from));
    }
    args.extend(["-lc-printscan-long-double", "-lwasi-emulated-getpid", "-lc"].map(String::from));
    args.push(format!("{SYSROOT}/lib/wasm32-unknown-wasip1/libclang_rt.builtins.a"));
    args.extend(["-z".into(), format!("stack-size={stack_bytes}"), "--stack-first".into()]);
    args.extend(["-o", "-"].map(String::from));
    args
}

/// The precompiled header a compile of `source` may use: only when its first
/// preprocessor directive (after `#pragma` lines) includes `<bits/stdc++.h>`, so that
/// including the PCH first changes nothing (a `#define` before it could change what
/// the headers declare, and code that never includes them must not see them).
pub fn wants_pch(source: &str) -> bool {
    for line in source.lines() {
        let line = line.trim_start();
        let Some(rest) = line.strip_prefix('#') else {
            continue;
        };
        let rest = rest.trim_start();
        if rest.starts_with("pragma") {
            continue;
        }
        let compact: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
        return compact.starts_with("include<bits/stdc++.h>");
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pch_is_used_only_when_bits_comes_first() {
        assert!(wants_pch("#include <bits/stdc++.h>\nusing namespace std;"));
        assert!(wants_pch("// hi\n#pragma GCC optimize(\"O3\")\n#  include  <bits/stdc++.h>\n"));
        assert!(!wants_pch("#define int long long\n#include <bits/stdc++.h>\n"));
        assert!(!wants_pch("#include <iostream>\n#include <bits/stdc++.h>\n"));
        assert!(!wants_pch("int main() {}"));
    }

    #[test]
    fn link_puts_the_stack_first_and_writes_to_stdout() {
        let args = link_args(Dialect::Cpp, "/main.o", 1 << 20);
        assert_eq!(args[0], "wasm-ld");
        assert!(args.contains(&"-lc++abi".to_string()));
        assert!(args.contains(&"stack-size=1048576".to_string()));
        assert_eq!(&args[args.len() - 2..], ["-o", "-"]);
        assert!(!link_args(Dialect::C, "/main.o", 1 << 20).contains(&"-lc++".to_string()));
    }
}
