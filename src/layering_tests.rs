//! The one direction of data flow, checked: each top-level module may use only the
//! modules of the layers below its own, so no import circle can form, and only
//! `sandbox` touches wasmtime. A new module must be given a layer here.

use std::collections::BTreeSet;
use std::path::Path;

/// Lowest first. A module may use any module of a lower layer, none of its own or above.
const LAYERS: &[&[&str]] = &[
    &["sandbox", "jsonl"],
    &["runtime"],
    &["task"],
    &["result"],
    &["judge"],
    &["grader"],
    &["grade"],
    &["batch"],
    &["humaneval", "import"],
    &["agree"],
    // The HTML report shows agreement with people, computed by `agree`.
    &["report"],
    &["serve"],
    &["cli"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Every `.rs` file under `dir`, with the top-level module it belongs to.
fn sources(dir: &Path, top: Option<&str>, out: &mut Vec<(String, std::path::PathBuf)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let module = top.map(str::to_string).unwrap_or_else(|| name.clone());
        if path.is_dir() {
            sources(&path, Some(&module), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((module, path));
        }
    }
}

/// The top-level modules a file names as `crate::x`, outside comments.
fn uses(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in text.lines().map(str::trim_start).filter(|l| !l.starts_with("//")) {
        for (i, _) in line.match_indices("crate::") {
            let rest = &line[i + "crate::".len()..];
            let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
            found.insert(rest[..end].to_string());
        }
    }
    found
}

#[test]
fn modules_only_use_lower_layers_and_only_the_sandbox_uses_wasmtime() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), None, &mut files);
    let mut problems = Vec::new();
    for (module, path) in &files {
        if ["lib", "main", "fuzz_tests", "layering_tests"].contains(&module.as_str()) {
            continue;
        }
        let Some(own) = layer_of(module) else {
            problems.push(format!("{}: module `{module}` has no layer in LAYERS", path.display()));
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap();
        for used in uses(&text) {
            match layer_of(&used) {
                Some(l) if l < own || used == *module => {}
                Some(_) => {
                    problems.push(format!("{}: `{module}` uses `{used}`, a layer above or beside it", path.display()))
                }
                None => problems.push(format!("{}: uses `crate::{used}`, which has no layer", path.display())),
            }
        }
        if module != "sandbox" && text.lines().any(|l| l.trim_start().starts_with("use wasmtime")) {
            problems.push(format!("{}: only `sandbox` may use wasmtime", path.display()));
        }
    }
    assert!(problems.is_empty(), "layering broken:\n  {}", problems.join("\n  "));
}

#[test]
fn the_checker_sees_an_upward_use() {
    assert!(uses("use crate::grade::x;\n// crate::cli in a comment\nlet y = crate::batch::pool::for_each;").len() == 2);
    assert!(layer_of("sandbox") < layer_of("cli"));
}
