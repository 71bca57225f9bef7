//! Reports: what people and machines read. They know results, never how runs happened.

pub mod compare;
pub mod page;
pub mod summary;

use crate::result::Verdict;
use console::Style;

/// The colour a verdict is shown in on a terminal.
pub fn verdict_style(v: Verdict) -> Style {
    match v {
        Verdict::Pass => Style::new().green(),
        Verdict::Partial => Style::new().yellow(),
        Verdict::GraderError => Style::new().magenta(),
        _ => Style::new().red(),
    }
}

/// `s` safe to print on a terminal: control characters (ESC, CR, OSC, clear-screen
/// and the rest) from candidate output, messages or names are shown escaped, never
/// obeyed. Line breaks and tabs are kept; callers of one-line contexts replace them.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return s.into();
    }
    s.chars()
        .map(|c| if c.is_control() && c != '\n' && c != '\t' { c.escape_unicode().to_string() } else { c.to_string() })
        .collect::<String>()
        .into()
}

/// "1.2M fuel", "830k fuel", "412 fuel".
pub fn fuel_short(fuel: u64) -> String {
    match fuel {
        f if f >= 1_000_000_000 => format!("{:.1}G", f as f64 / 1e9),
        f if f >= 1_000_000 => format!("{:.1}M", f as f64 / 1e6),
        f if f >= 1_000 => format!("{:.0}k", f as f64 / 1e3),
        f => f.to_string(),
    }
}
