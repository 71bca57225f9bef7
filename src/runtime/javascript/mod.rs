//! The JavaScript runtime: QuickJS-NG built for WASI with gradebox's own entry points
//! (`gbjs.c`), pre-initialized at install with the Node.js layer (`node.js`) evaluated
//! and the harness (`harness.js`) compiled. A run starts from that snapshot and is
//! given only the candidate's program as arguments.

pub mod esm;

use std::sync::LazyLock;

/// The C entry points compiled with QuickJS at install.
pub const GBJS_C: &str = include_str!("gbjs.c");
pub const QUICKJS_GB_C: &str = include_str!("quickjs_gb.c");

/// The Node layer and the harness, split into the core, the harness part and the
/// `//#lazy` factories (each compiled once, at install, by `lazy(i)`).
struct Harness {
    node: String,
    harness: String,
    factories: Vec<String>,
}

/// scriptArgs before the factories: mode, filename, source, kind.
const FIXED_ARGS: usize = 4;
const HARNESS_START: &str = "// gradebox's JavaScript harness";

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
    let cut = boot.find(HARNESS_START).unwrap_or(boot.len());
    let node = boot[..cut].to_string();
    // Blank lines first, so the harness's frames keep the line numbers they had as the
    // tail of one script.
    let harness = "\n".repeat(node.matches('\n').count()) + &boot[cut..];
    Harness { node, harness, factories }
}

/// What the runtime's build feeds `gradebox_init` on stdin: NUL-separated
/// [node part, harness part, factory 0, factory 1, ...].
pub fn init_input() -> Vec<u8> {
    let h = &*HARNESS;
    let mut parts = vec![h.node.as_str(), h.harness.as_str()];
    parts.extend(h.factories.iter().map(String::as_str));
    parts.join("\0").into_bytes()
}

/// The arguments (after the program name) that run `source` in `mode`
/// ("stdio", "function" or "check"): the harness's scriptArgs.
pub fn harness_args(mode: &str, filename: &str, source: &str) -> Vec<String> {
    let script = esm::to_script(source);
    let kind = match (script.module, script.wrapped) {
        (false, _) => "script",
        (true, false) => "module",
        (true, true) => "module-async",
    };
    vec![mode.into(), filename.into(), script.source, kind.into()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn lazy_sections_move_to_arguments() {
        let h =
            super::split_lazy_sections("a();\n  //#lazy\n  function makeX(ctx) {\n    return 1;\n  }\n  //#end\nb();");
        assert_eq!(h.node, "a();\n  const makeX = lazy(4);\nb();");
        assert_eq!(h.factories, ["function makeX(ctx) {\n    return 1;\n  }"]);
        assert!(!super::HARNESS.node.contains("//#lazy\n"), "every section was split off");
        assert!(super::HARNESS.harness.trim_start().starts_with(super::HARNESS_START));
        assert!(!super::init_input().is_empty());
    }
}
