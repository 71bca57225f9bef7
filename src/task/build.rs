//! A task from `task.toml` as written: each field checked, every problem collected.

use super::checker_spec::{auto_fuel_from, checker_from, limits_from};
use super::problems::Problems;
use super::schema::RawTask;
use super::test_case::test_from;
use super::{Mode, Task, TestCase};
use crate::runtime::Language;
use crate::sandbox::Limits;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The task `raw` describes, with every problem found added to `p`.
pub(super) fn build(dir: &Path, raw: RawTask, p: &mut Problems) -> Task {
    let id = raw.id.get_ref().clone();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
        p.at(&raw.id.span(), "id", format!("{id:?} may only use letters, digits, '.', '_' and '-'"));
    }
    let prompt = prompt_from(&raw, p);
    let mode = mode_from(&raw, p);
    let languages = languages_from(&raw, mode, p);
    let entry_point = entry_point_from(&raw, mode, p);
    let setup = setup_from(&raw, mode, p);
    let limits = match &raw.limits {
        Some(l) => limits_from(l, Limits::default(), "limits", p),
        None => Limits::default(),
    };
    let checker = checker_from(dir, raw.checker.as_ref(), mode, p);
    let reference = solution_paths(dir, &raw.reference, "reference", &languages, p);
    let wrong = solution_paths(dir, &raw.wrong, "wrong", &languages, p);
    if raw.tests.is_empty() {
        p.file("tests", "no tests: add at least one [[tests]] table");
    }
    let mut names = HashSet::new();
    let auto_fuel = auto_fuel_from(raw.limits.as_ref(), None);
    let tests: Vec<TestCase> =
        raw.tests.iter().map(|t| test_from(t, mode, (limits, auto_fuel), &checker, &mut names, p)).collect();
    Task {
        id,
        title: raw.title,
        prompt,
        mode,
        languages,
        entry_point,
        setup,
        reference,
        wrong,
        limits,
        build: super::compile::build_options(raw.compile.as_ref(), p),
        checker,
        tests,
        dir: dir.to_path_buf(),
        sha256: String::new(),
        reference_fuel: Default::default(),
    }
}

fn prompt_from(raw: &RawTask, p: &mut Problems) -> String {
    match (&raw.prompt, &raw.prompt_file) {
        (Some(t), None) => t.clone(),
        (None, Some(f)) => match p.files.read(f.get_ref()).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(_)) => {
                p.at(&f.span(), "prompt_file", format!("{} is not UTF-8 text", f.get_ref()));
                String::new()
            }
            Err(why) => {
                p.at(&f.span(), "prompt_file", why);
                String::new()
            }
        },
        (Some(_), Some(f)) => {
            p.at(&f.span(), "prompt_file", "give either `prompt` or `prompt_file`, not both");
            String::new()
        }
        (None, None) => {
            p.file("prompt", "missing: add `prompt = \"...\"` or `prompt_file = \"prompt.md\"`");
            String::new()
        }
    }
}

fn mode_from(raw: &RawTask, p: &mut Problems) -> Mode {
    match raw.mode.as_ref().map(|m| (m.get_ref().as_str(), m.span())) {
        None | Some(("stdio", _)) => Mode::Stdio,
        Some(("function", _)) => Mode::Function,
        Some(("script", _)) => Mode::Script,
        Some((other, span)) => {
            p.at(&span, "mode", format!("unknown mode {other:?}; use \"stdio\", \"function\" or \"script\""));
            Mode::Stdio
        }
    }
}

fn languages_from(raw: &RawTask, mode: Mode, p: &mut Problems) -> Vec<Language> {
    match &raw.languages {
        None if mode == Mode::Function => vec![Language::Python, Language::Javascript, Language::Typescript],
        None if mode == Mode::Script => vec![Language::Python],
        None => Language::ALL.to_vec(),
        Some(list) => {
            let mut langs = Vec::new();
            for name in list.get_ref() {
                match Language::from_name(name) {
                    Some(l @ (Language::Wasm | Language::C | Language::Cpp)) if mode == Mode::Function => p.at(
                        &list.span(),
                        "languages",
                        format!("function mode supports python, javascript and typescript; {l} answers use stdio mode"),
                    ),
                    Some(l) if mode == Mode::Script && l != Language::Python => p.at(
                        &list.span(),
                        "languages",
                        format!("script mode runs Python only; remove {l} (or use function mode)"),
                    ),
                    Some(l) if !langs.contains(&l) => langs.push(l),
                    Some(_) => {}
                    None => p.at(
                        &list.span(),
                        "languages",
                        format!("unknown language {name:?}; use python, javascript, typescript, c, cpp or wasm"),
                    ),
                }
            }
            if langs.is_empty() {
                p.at(&list.span(), "languages", "list at least one language");
            }
            langs
        }
    }
}

fn entry_point_from(raw: &RawTask, mode: Mode, p: &mut Problems) -> Option<String> {
    match (mode, &raw.entry_point) {
        (Mode::Function | Mode::Script, Some(e)) => {
            let valid = e.get_ref().split('.').count() <= 2
                && e.get_ref().split('.').all(|part| {
                    !part.is_empty()
                        && part.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$')
                        && !part.chars().next().unwrap().is_ascii_digit()
                });
            if !valid {
                p.at(&e.span(), "entry_point", format!("{:?} is not a function name (or `Class.method`)", e.get_ref()));
            }
            Some(e.get_ref().clone())
        }
        (Mode::Function, None) => {
            p.file("entry_point", "function mode needs `entry_point = \"name\"`, the function each test calls");
            None
        }
        (Mode::Stdio, Some(e)) => {
            p.at(
                &e.span(),
                "entry_point",
                "only function mode calls an entry point; remove it or set `mode = \"function\"`",
            );
            None
        }
        (Mode::Stdio | Mode::Script, None) => None,
    }
}

fn setup_from(raw: &RawTask, mode: Mode, p: &mut Problems) -> Option<String> {
    match (&raw.setup, mode) {
        (Some(s), Mode::Script) => Some(s.get_ref().clone()),
        (Some(s), _) => {
            p.at(&s.span(), "setup", "only script mode runs setup code; remove it or set `mode = \"script\"`");
            None
        }
        (None, _) => None,
    }
}

/// Reference and wrong solutions: files inside the task folder in allowed languages.
fn solution_paths(
    dir: &Path,
    raw: &[Spanned<String>],
    field: &str,
    languages: &[Language],
    p: &mut Problems,
) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for s in raw {
        let name = s.get_ref();
        // Checked (and hashed) inside the folder; kept as the task names it, for people.
        let path = match p.files.read(name) {
            Ok(_) => dir.join(name),
            Err(why) => {
                p.at(&s.span(), field, why);
                continue;
            }
        };
        match Language::from_path(&path) {
            Some(l) if languages.contains(&l) => {}
            Some(l) => p.at(&s.span(), field, format!("{name} is {l}, which `languages` does not allow")),
            None => p.at(&s.span(), field, format!("cannot tell the language of {name} from its extension")),
        }
        paths.push(path);
    }
    paths
}
