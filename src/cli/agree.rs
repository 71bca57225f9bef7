//! `gradebox agree`: gradebox's results beside human judgments.

use super::read_results;
use crate::agree::{disagreements, judgments, pairs, report};
use anyhow::{Context, Result};
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
pub struct AgreeArgs {
    /// Result lines from `gradebox run` (or `check --json`).
    #[arg(long)]
    pub results: PathBuf,
    /// Human judgments, JSONL: pairwise, ranking or rating lines.
    #[arg(long)]
    pub human: PathBuf,
    /// Print one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
    /// Write each disagreement with its evidence here (JSONL).
    #[arg(long)]
    pub disagreements: Option<PathBuf>,
}

fn pct(x: Option<f64>) -> String {
    x.map(|v| format!("{:.1}%", v * 100.0)).unwrap_or_else(|| "n/a".into())
}
fn num(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "n/a".into())
}

pub fn main(a: AgreeArgs) -> Result<ExitCode> {
    let results = read_results(&a.results)?;
    let (judged, bad) = judgments::read(&a.human)?;
    for b in &bad {
        eprintln!("gradebox: skipped {b}");
    }
    let cut = pairs::beyond_cap(&judged);
    if cut > 0 {
        eprintln!(
            "gradebox: note: {cut} rankings or rating groups list more than {} responses; only their first {} vote on pairs",
            pairs::MAX_RANKED,
            pairs::MAX_RANKED
        );
    }
    let votes = pairs::votes(&judged);
    let index = report::index(&results);
    let agreement = report::compute(&votes, &judged, &index);
    let found = disagreements::find(&votes, &index);
    if let Some(path) = &a.disagreements {
        let mut f = std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
        for d in &found {
            writeln!(f, "{}", serde_json::to_string(d)?)?;
        }
    }
    if a.json {
        let mut v = serde_json::to_value(&agreement)?;
        v["disagreements"] = found.len().into();
        v["skipped_lines"] = bad.len().into();
        println!("{v}");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} pairs judged by people, {} with gradebox results ({} coverage)",
        agreement.human_pairs,
        agreement.pairs,
        pct(agreement.coverage)
    );
    println!(
        "agreement with the human majority: {} ({} without ties); Cohen's kappa {}",
        pct(agreement.percent_agreement),
        pct(agreement.percent_agreement_no_ties),
        num(agreement.cohen_kappa)
    );
    println!(
        "among annotators: Fleiss' kappa {}; Krippendorff's alpha {} (with gradebox as a rater: {})",
        num(agreement.fleiss_kappa),
        num(agreement.krippendorff_alpha_humans),
        num(agreement.krippendorff_alpha_with_gradebox)
    );
    if agreement.krippendorff_alpha_ratings_humans.is_some() {
        println!(
            "ratings (ordinal): Krippendorff's alpha {} (with gradebox: {})",
            num(agreement.krippendorff_alpha_ratings_humans),
            num(agreement.krippendorff_alpha_ratings_with_gradebox)
        );
    }
    println!("\nper annotator              pairs  with gradebox  with others");
    for (name, s) in &agreement.per_annotator {
        println!(
            "  {name:<24} {:>5}  {:>13}  {:>11}",
            s.pairs,
            pct(s.agreement_with_gradebox),
            pct(s.agreement_with_others)
        );
    }
    println!("\nconfusion (rows: gradebox, columns: people)   first  second   tie");
    for (label, row) in ["first", "second", "tie"].iter().zip(agreement.confusion_matrix) {
        println!("  {label:<44} {:>5}  {:>6}  {:>4}", row[0], row[1], row[2]);
    }
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in &found {
        *kinds.entry(d.kind).or_default() += 1;
    }
    println!(
        "\n{} disagreements{}",
        found.len(),
        if kinds.is_empty() {
            String::new()
        } else {
            format!(": {}", kinds.iter().map(|(k, n)| format!("{n} {k}")).collect::<Vec<_>>().join(", "))
        }
    );
    if let Some(path) = &a.disagreements {
        println!("written with their evidence to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
