//! The JavaScript runtime: QuickJS-NG's `qjs` WASI command, given the Node.js layer
//! (`node.js`), the harness (`harness.js`) and the candidate's program as arguments.

pub mod esm;

use std::sync::LazyLock;

/// The Node layer and the harness, split into the core qjs compiles up front and the
/// factories it compiles only when a program needs them.
struct Harness {
    /// Evaluated with `--eval`.
    boot: String,
    /// Passed after the candidate's arguments; `lazy(i)` compiles argument i.
    factories: Vec<String>,
}

/// scriptArgs before the factories: mode, filename, source, kind.
const FIXED_ARGS: usize = 4;

static HARNESS: LazyLock<Harness> =
    LazyLock::new(|| split_lazy_sections(concat!(include_str!("node.js"), include_str!("harness.js"))));

/// Turns each `//#lazy` ... `//#end` section (one `function makeX(...) {...}`) into
/// `const makeX = lazy(i);` and moves its source to argument i.
fn split_lazy_sections(src: &str) -> Harness {
    let mut boot = String::with_capacity(src.len() / 4);
    let mut factories = Vec::new();
    let mut rest = src;
    while let Some(start) = rest.find("//#lazy\n") {
        boot.push_str(&rest[..start]);
        let body_start = start + "//#lazy\n".len();
        let end = rest[body_start..].find("//#end").map(|e| body_start + e).expect("every //#lazy has an //#end");
        let section = rest[body_start..end].trim();
        let name = section
            .strip_prefix("function ")
            .and_then(|s| s.split('(').next())
            .expect("a lazy section is one function declaration");
        boot.push_str(&format!("const {name} = lazy({});", FIXED_ARGS + factories.len()));
        factories.push(section.to_string());
        rest = &rest[end + "//#end".len()..];
    }
    boot.push_str(rest);
    Harness { boot, factories }
}

/// The qjs arguments (after `qjs --std`) that run `source` in `mode`
/// ("stdio", "function" or "check").
pub fn harness_args(mode: &str, filename: &str, source: &str) -> Vec<String> {
    let script = esm::to_script(source);
    let kind = match (script.module, script.wrapped) {
        (false, _) => "script",
        (true, false) => "module",
        (true, true) => "module-async",
    };
    let mut args = vec![
        "--script".into(),
        "--eval".into(),
        HARNESS.boot.clone(),
        mode.into(),
        filename.into(),
        script.source,
        kind.into(),
    ];
    args.extend(HARNESS.factories.iter().cloned());
    args
}

#[cfg(test)]
mod tests {
    #[test]
    fn lazy_sections_move_to_arguments() {
        let h =
            super::split_lazy_sections("a();\n  //#lazy\n  function makeX(ctx) {\n    return 1;\n  }\n  //#end\nb();");
        assert_eq!(h.boot, "a();\n  const makeX = lazy(4);\nb();");
        assert_eq!(h.factories, ["function makeX(ctx) {\n    return 1;\n  }"]);
        assert!(!super::HARNESS.boot.contains("//#lazy\n"), "every section was split off");
    }
}
