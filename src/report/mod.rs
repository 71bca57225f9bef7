//! Reports: what people and machines read. They know results, never how runs happened.

pub mod compare;
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

/// "1.2M fuel", "830k fuel", "412 fuel".
pub fn fuel_short(fuel: u64) -> String {
    match fuel {
        f if f >= 1_000_000_000 => format!("{:.1}G", f as f64 / 1e9),
        f if f >= 1_000_000 => format!("{:.1}M", f as f64 / 1e6),
        f if f >= 1_000 => format!("{:.0}k", f as f64 / 1e3),
        f => f.to_string(),
    }
}
