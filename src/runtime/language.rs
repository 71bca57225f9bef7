//! The languages gradebox runs, their names and aliases, and how a file's extension
//! names one.

use serde::Serialize;
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Language {
    Python,
    Javascript,
    Wasm,
    C,
    Cpp,
    Typescript,
}

impl Language {
    pub const ALL: [Language; 6] =
        [Language::Python, Language::Javascript, Language::Wasm, Language::C, Language::Cpp, Language::Typescript];

    pub fn as_str(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Javascript => "javascript",
            Language::Wasm => "wasm",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Typescript => "typescript",
        }
    }

    /// The file name a program in this language gets when it has none of its own
    /// (responses from a JSONL file): what error messages and tracebacks show.
    pub fn main_filename(self) -> &'static str {
        match self {
            Language::Python => "main.py",
            Language::Javascript => "main.js",
            Language::Wasm => "main.wasm",
            Language::C => "main.c",
            Language::Cpp => "main.cpp",
            Language::Typescript => "main.ts",
        }
    }

    /// The language a name means, in any letter case: the one alias table, used by
    /// task.toml's `languages`, responses' `language` and `--lang` alike.
    pub fn from_name(name: &str) -> Option<Language> {
        let name = name.trim().to_ascii_lowercase();
        ALIASES.iter().find(|(alias, _)| *alias == name).map(|(_, lang)| *lang)
    }

    /// The language a file's extension names, if any.
    pub fn from_path(path: &Path) -> Option<Language> {
        match path.extension()?.to_str()? {
            "py" => Some(Language::Python),
            "js" | "mjs" | "cjs" => Some(Language::Javascript),
            "wasm" | "wat" => Some(Language::Wasm),
            "c" => Some(Language::C),
            "cpp" | "cc" | "cxx" => Some(Language::Cpp),
            "ts" | "mts" | "cts" => Some(Language::Typescript),
            _ => None,
        }
    }
}

/// Every name a language is known by (docs/tasks.md lists them).
pub const ALIASES: &[(&str, Language)] = &[
    ("python", Language::Python),
    ("py", Language::Python),
    ("python3", Language::Python),
    ("cpython", Language::Python),
    ("javascript", Language::Javascript),
    ("js", Language::Javascript),
    ("node", Language::Javascript),
    ("nodejs", Language::Javascript),
    ("wasm", Language::Wasm),
    ("wat", Language::Wasm),
    ("wasi", Language::Wasm),
    ("c", Language::C),
    ("cpp", Language::Cpp),
    ("c++", Language::Cpp),
    ("cxx", Language::Cpp),
    ("cc", Language::Cpp),
    ("typescript", Language::Typescript),
    ("ts", Language::Typescript),
];

impl TryFrom<String> for Language {
    type Error = String;
    fn try_from(name: String) -> Result<Language, String> {
        Language::from_name(&name).ok_or_else(|| {
            let known: Vec<&str> = ALIASES.iter().map(|(a, _)| *a).collect();
            format!("unknown language {name:?}; use one of {}", known.join(", "))
        })
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
