//! Every unknown key of a task file at once, each with its line: serde stops at the
//! first, and three typos should not take three rounds to find.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;

type Keys = BTreeMap<String, Spanned<toml::Value>>;

/// The tables whose keys are checked, read without refusing anything.
#[derive(Deserialize)]
struct Tables {
    limits: Option<Keys>,
    checker: Option<Keys>,
    compile: Option<Keys>,
    #[serde(default)]
    tests: Vec<Keys>,
}

const TASK: &[&str] = &[
    "id",
    "title",
    "prompt",
    "prompt_file",
    "mode",
    "languages",
    "entry_point",
    "setup",
    "reference",
    "wrong",
    "limits",
    "checker",
    "compile",
    "tests",
];
const COMPILE: &[&str] = &["c_std", "cpp_std", "fuel", "timeout_ms", "memory_mb", "disk_mb"];
const LIMITS: &[&str] = &["fuel", "timeout_ms", "memory_mb", "output_kb"];
const CHECKER: &[&str] = &["kind", "abs", "rel", "module", "args", "limits"];
const TEST: &[&str] =
    &["name", "stdin", "stdin_file", "expected", "expected_file", "args", "script", "script_file", "points", "limits"];

/// Each unknown key: where its value starts, and "`table.key`".
pub(super) fn unknown(text: &str) -> Vec<(Range<usize>, String)> {
    let mut found = Vec::new();
    let Ok(top) = toml::from_str::<Keys>(text) else { return found };
    let mut check = |keys: &Keys, known: &[&str], table: &str| {
        for (key, value) in keys {
            if !known.contains(&key.as_str()) {
                found.push((value.span(), format!("{table}{key}")));
            }
        }
    };
    check(&top, TASK, "");
    if let Ok(tables) = toml::from_str::<Tables>(text) {
        if let Some(limits) = &tables.limits {
            check(limits, LIMITS, "limits.");
        }
        if let Some(checker) = &tables.checker {
            check(checker, CHECKER, "checker.");
        }
        if let Some(compile) = &tables.compile {
            check(compile, COMPILE, "compile.");
        }
        for (i, test) in tables.tests.iter().enumerate() {
            let name = test.get("name").and_then(|n| n.get_ref().as_str().map(str::to_string)).unwrap_or(i.to_string());
            check(test, TEST, &format!("tests[{name}]."));
        }
    }
    found.sort_by_key(|(span, _)| span.start);
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_unknown_key_is_found_with_its_place() {
        let text = "id = \"t\"\npromt = \"p\"\n[limits]\nfuell = 1\n[[tests]]\nname = \"a\"\nexpcted = \"1\"\n";
        let found: Vec<String> = super::unknown(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(found, ["promt", "limits.fuell", "tests[a].expcted"]);
    }
}
