//! ES module syntax to a script QuickJS can evaluate beside the Node layer.
//!
//! QuickJS resolves `import 'fs'` to a file named `fs`, and a sandboxed run has no
//! files; so `import` and `export` statements are rewritten into `require` calls and
//! `module.exports` assignments, keeping every line where it was so error positions
//! still point at the candidate's own lines. Code that awaits at the top level is
//! wrapped in an async function, as a module body would run.

/// A candidate's program, ready for `std.evalScript`.
#[derive(Debug, PartialEq)]
pub struct Script {
    pub source: String,
    /// The program used ES module syntax (so it runs in strict mode).
    pub module: bool,
    /// The body was wrapped in an async function; its completion value is a promise.
    pub wrapped: bool,
}

pub fn to_script(src: &str) -> Script {
    if !uses_module_syntax(src) {
        return Script { source: src.to_string(), module: false, wrapped: false };
    }
    let lines: Vec<&str> = src.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut hoisted: Vec<String> = Vec::new(); // functions: exported or made global up front
    let mut trailing: Vec<String> = Vec::new(); // classes and bindings: after the body
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if is_import_statement(trimmed) {
            // Gather the whole statement (a `{ ... }` list may span lines).
            let mut stmt = trimmed.to_string();
            let mut j = i;
            while !import_complete(&stmt) && j + 1 < lines.len() {
                j += 1;
                stmt.push(' ');
                stmt.push_str(lines[j].trim());
            }
            out.push(format!("{indent}{}", rewrite_import(&stmt)));
            out.extend(std::iter::repeat_n(String::new(), j - i));
            i = j + 1;
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("export")
            && (rest.starts_with(char::is_whitespace) || rest.starts_with('{') || rest.starts_with('*'))
        {
            let mut stmt = trimmed.to_string();
            let mut j = i;
            if rest.trim_start().starts_with('{') || rest.trim_start().starts_with('*') {
                while !stmt.contains('}')
                    && !stmt.trim_start_matches("export").trim_start().starts_with('*')
                    && j + 1 < lines.len()
                {
                    j += 1;
                    stmt.push(' ');
                    stmt.push_str(lines[j].trim());
                }
            }
            out.push(format!("{indent}{}", rewrite_export(&stmt, &mut hoisted, &mut trailing)));
            out.extend(std::iter::repeat_n(String::new(), j - i));
            i = j + 1;
            continue;
        }
        // Top-level function declarations stay reachable (function mode looks them up).
        if indent.is_empty()
            && let Some(name) = declared_function(trimmed)
        {
            hoisted.push(format!("globalThis.{name} = {name};"));
        } else if indent.is_empty()
            && let Some(name) = declared_binding(trimmed)
        {
            trailing.push(format!("globalThis.{name} = {name};"));
        }
        out.push(line.replace("import.meta", "__gradebox_import_meta"));
        i += 1;
    }
    let wrapped = has_top_level_await(src);
    let prefix = if wrapped { "(async () => { \"use strict\"; " } else { "\"use strict\"; " };
    let mut body = out.join("\n");
    body = body.replace("import(", "__gradebox_import(");
    let mut source = format!("{prefix}{} {body}", hoisted.join(" "));
    // Bindings are copied out at the end: the candidate's code never sees them early.
    if wrapped {
        source.push_str(&format!("\n;{}\n}})()", guarded(&trailing)));
    } else if !trailing.is_empty() {
        source.push_str(&format!("\n;{}", guarded(&trailing)));
    }
    Script { source, module: true, wrapped }
}

fn guarded(stmts: &[String]) -> String {
    stmts.iter().map(|s| format!("try {{ {s} }} catch (_) {{}}")).collect::<Vec<_>>().join(" ")
}

fn uses_module_syntax(src: &str) -> bool {
    src.lines().any(|line| {
        let t = line.trim_start();
        is_import_statement(t)
            || (t.starts_with("export")
                && t["export".len()..].starts_with(|c: char| c.is_whitespace() || c == '{' || c == '*'))
    }) || src.contains("import.meta")
}

fn is_import_statement(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("import") else { return false };
    rest.starts_with(|c: char| c.is_whitespace() || c == '{' || c == '*' || c == '"' || c == '\'')
}

fn import_complete(stmt: &str) -> bool {
    let rest = stmt.trim_start_matches("import").trim_start();
    rest.starts_with('"') || rest.starts_with('\'') || module_specifier(stmt).is_some()
}

/// The module named after `from`.
fn module_specifier(stmt: &str) -> Option<String> {
    let at = stmt.rfind("from")?;
    let rest = stmt[at + 4..].trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let end = rest[1..].find(quote)?;
    Some(rest[1..1 + end].to_string())
}

fn quoted(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `{ a, b as c, default as d }` -> `{ a, b: c, default: d }`.
fn destructure(list: &str) -> String {
    let items: Vec<String> = list
        .trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| match item.split_once(" as ") {
            Some((from, to)) => format!("{}: {}", from.trim(), to.trim()),
            None => item.to_string(),
        })
        .collect();
    format!("{{ {} }}", items.join(", "))
}

fn rewrite_import(stmt: &str) -> String {
    let body = stmt.trim_end().trim_end_matches(';');
    let rest = body["import".len()..].trim();
    if rest.starts_with('"') || rest.starts_with('\'') {
        return format!("require({rest});");
    }
    let Some(module) = module_specifier(body) else { return stmt.to_string() };
    let clause = body[..body.rfind("from").unwrap_or(body.len())]["import".len()..].trim();
    let req = format!("require({})", quoted(&module));
    let mut parts = Vec::new();
    let (default, named) = match clause.find(['{', '*']) {
        Some(0) => (None, Some(clause)),
        Some(k) => (Some(clause[..k].trim().trim_end_matches(',').trim()), Some(clause[k..].trim())),
        None => (Some(clause), None),
    };
    if let Some(d) = default.filter(|d| !d.is_empty()) {
        parts.push(format!("const {d} = {req};"));
    }
    if let Some(n) = named {
        if let Some(ns) = n.strip_prefix('*') {
            let name = ns.trim().trim_start_matches("as").trim();
            parts.push(format!("const {name} = {req};"));
        } else {
            parts.push(format!("const {} = {req};", destructure(n)));
        }
    }
    parts.join(" ")
}

fn rewrite_export(stmt: &str, hoisted: &mut Vec<String>, trailing: &mut Vec<String>) -> String {
    let rest = stmt["export".len()..].trim_start();
    if let Some(after) = rest.strip_prefix("default") {
        let after = after.trim_start();
        if let Some(name) = declared_function(after) {
            hoisted.push(format!("module.exports.default = {name}; globalThis.{name} = {name};"));
            return after.to_string();
        }
        if let Some(name) = after.strip_prefix("class ").and_then(|r| identifier(r.trim_start())) {
            trailing.push(format!("module.exports.default = {name};"));
            return after.to_string();
        }
        return format!("module.exports.default = {after}");
    }
    if rest.starts_with('*') {
        return match module_specifier(rest) {
            Some(m) => format!("Object.assign(module.exports, require({}));", quoted(&m)),
            None => String::new(),
        };
    }
    if rest.starts_with('{') {
        // An unclosed list (`export {é`) takes the rest of the line; QuickJS reports the error.
        let close = rest.find('}').map_or(rest.len(), |c| c + 1);
        let (list, after) = rest.split_at(close);
        let source = module_specifier(after).map(|m| format!("require({})", quoted(&m)));
        let assigns: Vec<String> = list
            .trim_matches(|c| c == '{' || c == '}')
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|item| {
                let (local, exported) =
                    item.split_once(" as ").map(|(a, b)| (a.trim(), b.trim())).unwrap_or((item, item));
                let value = match &source {
                    Some(req) => format!("{req}.{local}"),
                    None => local.to_string(),
                };
                format!("module.exports.{exported} = {value};")
            })
            .collect();
        if source.is_some() {
            return assigns.join(" ");
        }
        // Local bindings may be declared further down: export them at the end.
        trailing.extend(assigns);
        return String::new();
    }
    if let Some(name) = declared_function(rest) {
        hoisted.push(format!("module.exports.{name} = {name}; globalThis.{name} = {name};"));
    } else if let Some(name) = declared_binding(rest) {
        trailing.push(format!("module.exports.{name} = {name}; globalThis.{name} = {name};"));
    }
    rest.to_string()
}

/// `function f(` / `async function f(` / `function* f(` -> `f`.
fn declared_function(t: &str) -> Option<&str> {
    let t = t.strip_prefix("async ").map(str::trim_start).unwrap_or(t);
    let t = t.strip_prefix("function")?.trim_start().trim_start_matches('*').trim_start();
    identifier(t)
}

/// `class C`, `const x =`, `let x =`, `var x =` -> the name.
fn declared_binding(t: &str) -> Option<&str> {
    ["class ", "const ", "let ", "var "]
        .iter()
        .find_map(|kw| t.strip_prefix(kw).and_then(|r| identifier(r.trim_start())))
}

fn identifier(t: &str) -> Option<&str> {
    let end = t.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).unwrap_or(t.len());
    let id = &t[..end];
    (!id.is_empty() && !id.starts_with(|c: char| c.is_ascii_digit())).then_some(id)
}

/// Whether `await` appears outside every function body: a conservative scan that
/// tracks braces opened by functions, skipping strings and comments.
fn has_top_level_await(src: &str) -> bool {
    let b = src.as_bytes();
    let mut i = 0;
    let mut depth = 0usize;
    let mut function_depths: Vec<usize> = Vec::new();
    let mut pending_function = false;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'{' => {
                depth += 1;
                if pending_function {
                    function_depths.push(depth);
                    pending_function = false;
                }
            }
            b'}' => {
                if function_depths.last() == Some(&depth) {
                    function_depths.pop();
                }
                depth = depth.saturating_sub(1);
            }
            b'=' if b.get(i + 1) == Some(&b'>') => {
                pending_function = true;
                i += 1;
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$') {
                    i += 1;
                }
                let word = &src[start..i];
                if word == "function" {
                    pending_function = true;
                } else if word == "await" && function_depths.is_empty() {
                    return true;
                }
                continue;
            }
            b')' => {
                // A method shorthand `name(...) {` opens a function body too.
                let mut k = i + 1;
                while k < b.len() && b[k].is_ascii_whitespace() {
                    k += 1;
                }
                if b.get(k) == Some(&b'{') && !prev_keyword_is_control(src, i) {
                    pending_function = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// For `)` at `close`: whether the parenthesis belongs to if/for/while/switch/catch.
fn prev_keyword_is_control(src: &str, close: usize) -> bool {
    let b = src.as_bytes();
    let mut depth = 0i32;
    let mut k = close as isize;
    while k >= 0 {
        match b[k as usize] {
            b')' => depth += 1,
            b'(' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        k -= 1;
    }
    let before = src[..k.max(0) as usize].trim_end();
    ["if", "for", "while", "switch", "catch", "with", "await"].iter().any(|kw| {
        before.ends_with(kw)
            && !before[..before.len() - kw.len()].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_pass_through_untouched() {
        let s = to_script("const fs = require('fs');\nconsole.log(1);\n");
        assert_eq!(
            s,
            Script { source: "const fs = require('fs');\nconsole.log(1);\n".into(), module: false, wrapped: false }
        );
    }

    #[test]
    fn imports_become_requires_on_the_same_lines() {
        let src = "import fs from 'fs';\nimport { readFileSync as rf,\n  writeSync } from \"node:fs\";\nimport * as rl from 'readline';\nimport 'assert';\nconsole.log(1);";
        let s = to_script(src);
        assert!(s.module && !s.wrapped);
        let lines: Vec<&str> = s.source.split('\n').collect();
        assert_eq!(lines.len(), 6, "{}", s.source);
        assert!(lines[0].ends_with("const fs = require('fs');"), "{}", lines[0]);
        assert_eq!(lines[1], "const { readFileSync: rf, writeSync } = require('node:fs');");
        assert_eq!(lines[2], "");
        assert_eq!(lines[3], "const rl = require('readline');");
        assert_eq!(lines[4], "require('assert');");
        assert_eq!(lines[5], "console.log(1);");
    }

    #[test]
    fn exports_are_collected() {
        let s = to_script(
            "export function solve(a) { return a; }\nexport const k = 3;\nclass C {}\nexport { C as D };\nexport default solve;",
        );
        assert!(
            s.source
                .starts_with("\"use strict\"; module.exports.solve = solve; globalThis.solve = solve; function solve"),
            "{}",
            s.source
        );
        assert!(s.source.contains("module.exports.k = k;"));
        assert!(s.source.contains("module.exports.D = C;"));
        assert!(s.source.contains("module.exports.default = solve;"));
    }

    #[test]
    fn an_unclosed_export_list_ending_in_a_wide_character_is_no_panic() {
        let s = to_script("export {é");
        assert!(s.module);
        assert!(s.source.contains("module.exports.é = é;"), "{}", s.source);
    }

    #[test]
    fn top_level_await_wraps_the_body() {
        assert!(to_script("import fs from 'fs';\nconst x = await Promise.resolve(1);").wrapped);
        assert!(to_script("import rl from 'readline';\nfor await (const l of rl) {}").wrapped);
        assert!(!to_script("import fs from 'fs';\nasync function f() { await g(); }\nconst h = async () => { await g(); };\nclass K { async m() { await g(); } }").wrapped);
        assert!(to_script("import fs from 'fs';\nif (x) { await g(); }").wrapped);
    }
}
