//! Writing graders: the Rust SDK (embedded, so a scaffold needs nothing but this
//! binary), `grader new` and `grader build`.

use anyhow::{Context, Result, bail, ensure};
use std::path::{Path, PathBuf};
use std::process::Command;

const SDK_CARGO_TOML: &str = include_str!("../../graders/sdk/Cargo.toml");
const SDK_LIB_RS: &str = include_str!("../../graders/sdk/src/lib.rs");
const GRADER_WIT: &str = include_str!("../../wit/grader.wit");
pub const TARGET: &str = "wasm32-wasip2";

/// Writes the SDK into `home/sdk/gradebox-grader-<version>/` (once) and returns it.
pub fn install_sdk(home: &crate::runtime::home::Home) -> Result<PathBuf> {
    let dir = home.root.join("sdk").join(format!("gradebox-grader-{}", sdk_version()));
    let marker = dir.join(".complete");
    if !marker.exists() {
        std::fs::create_dir_all(dir.join("src"))?;
        std::fs::create_dir_all(dir.join("wit"))?;
        std::fs::write(dir.join("Cargo.toml"), SDK_CARGO_TOML)?;
        std::fs::write(dir.join("src/lib.rs"), SDK_LIB_RS)?;
        std::fs::write(dir.join("wit/grader.wit"), GRADER_WIT)?;
        std::fs::write(&marker, "")?;
    }
    Ok(dir)
}

fn sdk_version() -> &'static str {
    SDK_CARGO_TOML
        .lines()
        .find_map(|l| l.strip_prefix("version = \"").and_then(|v| v.strip_suffix('"')))
        .unwrap_or("1.0.0")
}

/// Creates a grader project `name` in `parent`: a crate with one function to fill in.
pub fn scaffold(parent: &Path, name: &str, sdk: &Path) -> Result<PathBuf> {
    ensure!(
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "a grader name uses letters, digits, '-' and '_' (got {name:?})"
    );
    let dir = parent.join(name);
    if dir.exists() {
        bail!("{} already exists; choose another name or remove it", dir.display());
    }
    std::fs::create_dir_all(dir.join("src"))?;
    let sdk_path = sdk.display().to_string().replace('\\', "/");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [lib]\ncrate-type = [\"cdylib\"]\n\n[dependencies]\ngradebox-grader = {{ path = \"{sdk_path}\" }}\n\n\
             [profile.release]\nopt-level = \"s\"\nlto = true\nstrip = true\n\n\
             # A project of its own, even inside another workspace.\n[workspace]\n"
        ),
    )?;
    std::fs::write(
        dir.join("src/lib.rs"),
        "//! A gradebox grader: decide whether the candidate's run answers the test.\n\n\
         use gradebox_grader::{CandidateRun, Grader, TestCase, Verdict};\n\n\
         struct MyGrader;\n\n\
         impl Grader for MyGrader {\n    \
             fn grade(test: TestCase, run: CandidateRun) -> Verdict {\n        \
                 // test.input / test.expected / test.task_args(); run.stdout / run.returned_json\n        \
                 if run.stdout_text().trim() == test.expected_text().trim() {\n            \
                     Verdict::pass()\n        \
                 } else {\n            \
                     Verdict::fail(format!(\"expected {:?}, got {:?}\", test.expected_text().trim(), run.stdout_text().trim()))\n        \
                 }\n    \
             }\n\
         }\n\n\
         gradebox_grader::export!(MyGrader);\n",
    )?;
    std::fs::write(
        dir.join("cases.toml"),
        "# Fixture cases for `gradebox grader test . --cases cases.toml`.\n\
         # want: pass | partial | wrong_answer | grader_error\n\
         args = {}\n\n\
         [[cases]]\nname = \"same\"\ninput = \"\"\nexpected = \"42\\n\"\nactual = \"42\\n\"\nwant = \"pass\"\n\n\
         [[cases]]\nname = \"different\"\ninput = \"\"\nexpected = \"42\\n\"\nactual = \"41\\n\"\nwant = \"wrong_answer\"\n",
    )?;
    Ok(dir)
}

/// Builds the grader crate in `dir` for wasm32-wasip2 (adding the rustup target when
/// missing) and returns the component's path.
pub fn build(dir: &Path, quiet: bool, on_step: &dyn Fn(&str)) -> Result<PathBuf> {
    ensure!(
        dir.join("Cargo.toml").is_file(),
        "{} has no Cargo.toml; a grader is a Rust crate (see `gradebox grader new`)",
        dir.display()
    );
    ensure_target(on_step)?;
    let mut cmd = Command::new("cargo");
    cmd.current_dir(dir).args(["build", "--release", "--target", TARGET, "--message-format=json-render-diagnostics"]);
    if quiet {
        cmd.arg("--quiet");
    }
    let out = cmd
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("running cargo (is Rust installed with rustup?)")?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!("cargo could not build the grader in {}", dir.display());
    }
    // The last cdylib artifact cargo reports is the component.
    let wasm = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| {
            m["reason"] == "compiler-artifact"
                && m["target"]["kind"].as_array().is_some_and(|k| k.iter().any(|k| k == "cdylib"))
        })
        .filter_map(|m| {
            m["filenames"]
                .as_array()?
                .iter()
                .find_map(|f| f.as_str().filter(|f| f.ends_with(".wasm")).map(PathBuf::from))
        })
        .next_back()
        .context("cargo built no .wasm: the crate needs `[lib] crate-type = [\"cdylib\"]`")?;
    let name = wasm.file_name().context("artifact name")?;
    let dest = dir.join(name);
    std::fs::copy(&wasm, &dest).with_context(|| format!("copying {} to {}", wasm.display(), dest.display()))?;
    Ok(dest)
}

fn ensure_target(on_step: &dyn Fn(&str)) -> Result<()> {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match installed {
        Ok(o) if String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == TARGET) => Ok(()),
        Ok(_) => {
            on_step(&format!("adding the Rust target {TARGET} (rustup target add {TARGET})"));
            let st = Command::new("rustup").args(["target", "add", TARGET]).status()?;
            ensure!(st.success(), "`rustup target add {TARGET}` failed");
            Ok(())
        }
        Err(_) => {
            bail!("rustup is not installed; graders build with Rust's {TARGET} target (install Rust with rustup)")
        }
    }
}
