//! Drafts out as task folders: `task.toml` serialized by the toml crate (so no text
//! from the data can break its quoting), `prompt.md`, solutions, and test files for
//! tests too long to read inline. Each folder is loaded back before it counts.

use super::{Draft, DraftLimits, Tests, slug};
use crate::task::fuel::{AutoFuel, RawFuel};
use crate::task::schema::{RawChecker, RawLimits, RawTask, RawTest, spanned};
use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Tests whose stdin or expected output is longer than this go to files.
const INLINE_BYTES: usize = 1024;

pub struct Writer {
    out: PathBuf,
    force: bool,
    /// Ids written by this import, lowercased: folders must not collide on
    /// case-insensitive file systems either.
    taken: HashSet<String>,
}

impl Writer {
    /// Refuses an output folder that already holds something unless `force` is set.
    pub fn new(out: &Path, force: bool) -> Result<Writer> {
        if out.is_file() {
            bail!("--out {} is a file; give a folder for the task folders", out.display());
        }
        let occupied = out.is_dir()
            && std::fs::read_dir(out).with_context(|| format!("cannot read {}", out.display()))?.next().is_some();
        if occupied && !force {
            bail!(
                "{} already exists and is not empty; pass --force to replace the task folders it imports there, \
                 or choose another --out",
                out.display()
            );
        }
        std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
        Ok(Writer { out: out.to_path_buf(), force, taken: HashSet::new() })
    }

    /// Writes `draft` as a task folder named by its id. `Ok(Err(..))` when the folder
    /// does not load as a task (it is removed again); `Err` when the disk refuses.
    pub fn write(&mut self, draft: &Draft, origin: &str) -> Result<Result<String, String>> {
        let id = self.unique_id(&draft.id);
        let dir = self.out.join(&id);
        if dir.exists() && self.force {
            std::fs::remove_dir_all(&dir).with_context(|| format!("cannot replace {}", dir.display()))?;
        }
        write_folder(&dir, &id, draft, origin)
            .with_context(|| format!("cannot write the task folder {}", dir.display()))?;
        if let Err(e) = crate::task::load(&dir) {
            std::fs::remove_dir_all(&dir).with_context(|| format!("cannot remove {}", dir.display()))?;
            self.taken.remove(&id.to_lowercase());
            return Ok(Err(format!("{e:#}")));
        }
        Ok(Ok(id))
    }

    fn unique_id(&mut self, raw: &str) -> String {
        let base = slug(raw);
        let mut id = base.clone();
        let mut n = 2;
        while !self.taken.insert(id.to_lowercase()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

fn write_folder(dir: &Path, id: &str, draft: &Draft, origin: &str) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("prompt.md"), with_newline(&draft.prompt))?;
    let mut reference = solutions(dir, &draft.references, |i| match i {
        0 => "reference.py".to_string(),
        _ => format!("reference-{}.py", i + 1),
    })?;
    let mut wrong = solutions(dir, &draft.wrong, |i| format!("wrong/wrong-{}.py", i + 1))?;
    reference.extend(solutions(dir, &draft.cpp_references, |i| format!("reference-cpp-{}.cpp", i + 1))?);
    wrong.extend(solutions(dir, &draft.cpp_wrong, |i| format!("wrong/wrong-cpp-{}.cpp", i + 1))?);
    let (mode, languages, entry_point, setup, checker, tests) = match &draft.tests {
        Tests::Stdio { checker, tests } => {
            let tests = tests
                .iter()
                .map(|t| stdio_test(dir, &t.name, &t.stdin, &t.expected))
                .collect::<Result<Vec<RawTest>>>()?;
            let checker = RawChecker {
                kind: spanned(checker.to_string()),
                abs: None,
                rel: None,
                module: None,
                args: None,
                limits: None,
            };
            ("stdio", None, None, None, Some(checker), tests)
        }
        Tests::Function { entry_point, tests } => {
            let tests = tests
                .iter()
                .map(|t| call_test(dir, &t.name, &t.args, &t.expected))
                .collect::<Result<Vec<RawTest>>>()?;
            ("function", None, Some(entry_point.clone()), None, None, tests)
        }
        Tests::Script { entry_point, setup, tests } => {
            let tests = tests.iter().map(|t| script_test(dir, &t.name, &t.script)).collect::<Result<Vec<RawTest>>>()?;
            ("script", Some(vec!["python".to_string()]), entry_point.clone(), setup.clone(), None, tests)
        }
    };
    let DraftLimits { fuel, timeout_ms, memory_mb } = draft.limits;
    // With a reference, each test's fuel is derived from what it uses (as EvalPlus
    // derives time limits from the ground truth): an endless loop ends soon after the
    // reference would have finished, not at the dataset's time limit.
    let fuel = match reference.is_empty() {
        true => fuel.map(RawFuel::Fixed),
        false => Some(RawFuel::Auto(AutoFuel::DEFAULT)),
    };
    let limits = RawLimits { fuel, timeout_ms, memory_mb, output_kb: None };
    let task = RawTask {
        id: spanned(id.to_string()),
        title: draft.title.clone(),
        prompt: None,
        prompt_file: Some(spanned("prompt.md".to_string())),
        mode: Some(spanned(mode.to_string())),
        languages: languages.map(spanned),
        entry_point: entry_point.map(spanned),
        setup: setup.map(spanned),
        reference: reference.into_iter().map(spanned).collect(),
        wrong: wrong.into_iter().map(spanned).collect(),
        limits: ((fuel, timeout_ms, memory_mb) != (None, None, None)).then(|| spanned(limits)),
        checker: checker.map(spanned),
        compile: None,
        tests: tests.into_iter().map(spanned).collect(),
    };
    let mut text = String::new();
    for note in
        std::iter::once(format!("Imported by `gradebox import` from {origin}.")).chain(draft.notes.iter().cloned())
    {
        text.push_str(&format!("# {}\n", note.replace(['\n', '\r'], " ")));
    }
    text.push('\n');
    text.push_str(&toml::to_string(&task)?);
    std::fs::write(dir.join("task.toml"), text)?;
    Ok(())
}

fn with_newline(s: &str) -> String {
    if s.ends_with('\n') { s.to_string() } else { format!("{s}\n") }
}

fn solutions(dir: &Path, sources: &[String], name: impl Fn(usize) -> String) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for (i, code) in sources.iter().enumerate() {
        let rel = name(i);
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, with_newline(code))?;
        names.push(rel);
    }
    Ok(names)
}

fn stdio_test(dir: &Path, name: &str, stdin: &str, expected: &str) -> Result<RawTest> {
    if stdin.len() <= INLINE_BYTES && expected.len() <= INLINE_BYTES {
        let expected = Some(toml::Value::String(expected.to_string()));
        return Ok(RawTest { stdin: Some(stdin.into()), expected: expected.map(spanned), ..RawTest::named(name) });
    }
    std::fs::create_dir_all(dir.join("tests"))?;
    let (input, output) = (format!("tests/{name}.in"), format!("tests/{name}.out"));
    std::fs::write(dir.join(&input), stdin)?;
    std::fs::write(dir.join(&output), expected)?;
    Ok(RawTest { stdin_file: Some(spanned(input)), expected_file: Some(spanned(output)), ..RawTest::named(name) })
}

fn script_test(dir: &Path, name: &str, script: &str) -> Result<RawTest> {
    if script.len() <= INLINE_BYTES {
        return Ok(RawTest { script: Some(spanned(script.to_string())), ..RawTest::named(name) });
    }
    std::fs::create_dir_all(dir.join("tests"))?;
    let file = format!("tests/{name}.py");
    std::fs::write(dir.join(&file), script)?;
    Ok(RawTest { script_file: Some(spanned(file)), ..RawTest::named(name) })
}

/// Arguments go inline (task.toml has no arguments file); an answer TOML cannot write
/// (null, an integer past 64 bits) goes to a JSON file instead.
fn call_test(dir: &Path, name: &str, args: &[Value], expected: &Value) -> Result<RawTest> {
    let args = args.iter().map(json_to_toml).collect::<Option<Vec<_>>>();
    let args = args.with_context(|| format!("test {name}: arguments TOML cannot write reached the writer"))?;
    let mut test = RawTest { args: Some(spanned(args)), ..RawTest::named(name) };
    match json_to_toml(expected) {
        Some(v) if expected.to_string().len() <= INLINE_BYTES => test.expected = Some(spanned(v)),
        _ => {
            std::fs::create_dir_all(dir.join("tests"))?;
            let file = format!("tests/{name}.json");
            std::fs::write(dir.join(&file), expected.to_string())?;
            test.expected_file = Some(spanned(file));
        }
    }
    Ok(test)
}

/// The TOML form of a JSON value; `None` when TOML has no way to write it: null (TOML
/// has none) or an integer outside 64-bit signed range.
pub fn json_to_toml(v: &Value) -> Option<toml::Value> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(b) => toml::Value::Boolean(*b),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => toml::Value::Integer(i),
            (None, _) if n.is_u64() => return None,
            (None, Some(f)) => toml::Value::Float(f),
            (None, None) => return None,
        },
        Value::String(s) => toml::Value::String(s.clone()),
        Value::Array(a) => toml::Value::Array(a.iter().map(json_to_toml).collect::<Option<_>>()?),
        Value::Object(o) => {
            toml::Value::Table(o.iter().map(|(k, v)| Some((k.clone(), json_to_toml(v)?))).collect::<Option<_>>()?)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{CallTest, ScriptTest, StdioTest};
    use crate::task::{Expected, TestInput};
    use serde_json::json;

    fn draft(tests: Tests) -> Draft {
        Draft {
            id: "demo-1".into(),
            title: Some("Demo \"quoted\" '''".into()),
            prompt: "Say hi.\n\n'''\n\"\"\"".into(),
            notes: vec!["a note\nthat had a newline".into()],
            tests,
            limits: DraftLimits { fuel: Some(5), ..DraftLimits::default() },
            references: vec!["print(input())".into()],
            wrong: vec!["print(1)".into(), "print(2)".into()],
            cpp_references: Vec::new(),
            cpp_wrong: Vec::new(),
            left_out: vec![],
        }
    }

    #[test]
    fn awkward_text_round_trips_through_task_toml() {
        let dir = tempfile::tempdir().unwrap();
        let nasty = ["a'''b\"\"\"c\n", "tab\tcr\r\nlf\n", "\n\nleading newlines", "\\ back \\n slash", "\u{1}\u{7f}é"];
        let long = "x ".repeat(INLINE_BYTES);
        let mut tests: Vec<StdioTest> = nasty
            .iter()
            .enumerate()
            .map(|(i, s)| StdioTest { name: format!("t{i}"), stdin: s.to_string(), expected: s.to_string() })
            .collect();
        tests.push(StdioTest { name: "long".into(), stdin: long.clone(), expected: "ok".into() });
        let mut w = Writer::new(dir.path(), false).unwrap();
        let id = w.write(&draft(Tests::Stdio { checker: "exact", tests }), "x.jsonl:3").unwrap().unwrap();
        assert_eq!(id, "demo-1");
        let task = crate::task::load(&dir.path().join(&id)).unwrap();
        for (i, s) in nasty.iter().enumerate() {
            assert!(matches!(&task.tests[i].input, TestInput::Stdin(b) if b == s.as_bytes()), "{s:?}");
            assert_eq!(task.tests[i].expected, Expected::Text(s.to_string()));
        }
        assert!(matches!(&task.tests[5].input, TestInput::Stdin(b) if b == long.as_bytes()));
        assert!(dir.path().join("demo-1/tests/long.in").is_file());
        assert_eq!(task.reference.len(), 1);
        assert_eq!(task.wrong.len(), 2);
        assert_eq!(task.prompt, "Say hi.\n\n'''\n\"\"\"\n");
        let text = std::fs::read_to_string(dir.path().join("demo-1/task.toml")).unwrap();
        assert!(text.starts_with("# Imported by `gradebox import` from x.jsonl:3.\n# a note that had a newline\n"));
    }

    #[test]
    fn answers_toml_cannot_write_go_to_json_files() {
        let dir = tempfile::tempdir().unwrap();
        let tests = vec![
            CallTest {
                name: "plain".into(),
                args: vec![json!([1, 2]), json!({"k": "v"})],
                expected: json!([[1], {"a": 2.5}]),
            },
            CallTest { name: "null".into(), args: vec![], expected: json!([1, null]) },
            CallTest { name: "big".into(), args: vec![json!(1)], expected: json!(18446744073709551615u64) },
            CallTest { name: "table".into(), args: vec![json!("s")], expected: json!({"x": [1, 2], "y": {"z": true}}) },
        ];
        let mut w = Writer::new(dir.path(), false).unwrap();
        let id = w.write(&draft(Tests::Function { entry_point: "Solution.f".into(), tests }), "x:1").unwrap().unwrap();
        let task = crate::task::load(&dir.path().join(&id)).unwrap();
        assert!(matches!(&task.tests[0].input, TestInput::Args(a) if a == &vec![json!([1, 2]), json!({"k": "v"})]));
        assert_eq!(task.tests[0].expected, Expected::Json(json!([[1], {"a": 2.5}])));
        assert_eq!(task.tests[1].expected, Expected::Json(json!([1, null])));
        assert_eq!(task.tests[2].expected, Expected::Json(json!(18446744073709551615u64)));
        assert_eq!(task.tests[3].expected, Expected::Json(json!({"x": [1, 2], "y": {"z": true}})));
        assert_eq!(task.entry_point.as_deref(), Some("Solution.f"));
    }

    #[test]
    fn ids_are_unique_and_an_occupied_folder_needs_force() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Writer::new(dir.path(), false).unwrap();
        let one = || Tests::Stdio {
            checker: "tokens",
            tests: vec![StdioTest { name: "a".into(), stdin: String::new(), expected: "1".into() }],
        };
        let mut d = draft(one());
        d.id = "Dup".into();
        assert_eq!(w.write(&d, "x:1").unwrap().unwrap(), "Dup");
        d.id = "dup".into();
        assert_eq!(w.write(&d, "x:2").unwrap().unwrap(), "dup-2");
        let err = Writer::new(dir.path(), false).err().unwrap().to_string();
        assert!(err.contains("--force"), "{err}");
        let mut forced = Writer::new(dir.path(), true).unwrap();
        d.id = "Dup".into();
        assert_eq!(forced.write(&d, "x:1").unwrap().unwrap(), "Dup");
    }

    #[test]
    fn a_draft_that_does_not_load_leaves_no_folder() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Writer::new(dir.path(), false).unwrap();
        let tests = vec![
            StdioTest { name: "same".into(), stdin: String::new(), expected: "1".into() },
            StdioTest { name: "same".into(), stdin: String::new(), expected: "2".into() },
        ];
        let problem = w.write(&draft(Tests::Stdio { checker: "tokens", tests }), "x:1").unwrap().unwrap_err();
        assert!(problem.contains("used by an earlier test"), "{problem}");
        assert!(!dir.path().join("demo-1").exists());
    }

    #[test]
    fn script_tests_keep_setup_entry_point_and_long_scripts() {
        const SCRIPT: &str = r#"assert f('''a"""''') == 'a"""'"#;
        let dir = tempfile::tempdir().unwrap();
        let long = format!("assert f(1) == 1\n{}", "x = 1\n".repeat(INLINE_BYTES));
        let tests = vec![
            ScriptTest { name: "a".into(), script: SCRIPT.into() },
            ScriptTest { name: "long".into(), script: long.clone() },
        ];
        let draft = draft(Tests::Script { entry_point: Some("f".into()), setup: Some("import math".into()), tests });
        let id = Writer::new(dir.path(), false).unwrap().write(&draft, "x:1").unwrap().unwrap();
        let task = crate::task::load(&dir.path().join(id)).unwrap();
        assert_eq!(task.mode, crate::task::Mode::Script);
        assert_eq!((task.entry_point.as_deref(), task.setup.as_deref()), (Some("f"), Some("import math")));
        assert!(matches!(&task.tests[0].input, TestInput::Script(s) if s == SCRIPT));
        assert!(matches!(&task.tests[1].input, TestInput::Script(s) if s == &long));
    }

    #[test]
    fn json_values_toml_cannot_hold() {
        assert_eq!(json_to_toml(&json!([1, null])), None);
        assert_eq!(json_to_toml(&json!(u64::MAX)), None);
        assert_eq!(json_to_toml(&json!(-3)), Some(toml::Value::Integer(-3)));
        assert_eq!(json_to_toml(&json!(0.5)), Some(toml::Value::Float(0.5)));
    }
}
