//! The summary at the top of the page: verdicts, pass rate and mean score per task and
//! per language, pass@k, fuel and memory distributions, flags, input errors and where
//! the results came from.

use super::rows::{ResponseRow, TestRow, verdict_index};
use crate::humaneval::pass_at_k;
use crate::result::Verdict;
use crate::result::{InputError, ResponseResult};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize, Debug)]
pub struct Summary {
    pub responses: usize,
    pub tests: usize,
    pub input_errors: usize,
    /// Input-error records where gradebox itself failed (never the input's fault).
    pub gradebox_faults: usize,
    /// Responses per verdict, in the order of the page's `verdicts`.
    pub verdicts: Vec<usize>,
    /// Test runs per verdict.
    pub test_verdicts: Vec<usize>,
    /// One per task of the page, in the same order.
    pub per_task: Vec<Group>,
    /// One per language of the page, in the same order.
    pub per_language: Vec<Group>,
    /// Mean pass@k over tasks (empty when no task has more than one sample).
    pub pass_at_k: Vec<(usize, f64)>,
    pub fuel: Histogram,
    pub memory: Histogram,
    pub provenance: Provenance,
}

#[derive(Serialize, Debug, Default, PartialEq)]
pub struct Group {
    pub responses: usize,
    pub passed: usize,
    pub mean_score: f64,
}

/// Counts of test runs in bins [edges[i], edges[i+1]); the last bin takes the rest.
#[derive(Serialize, Debug, PartialEq)]
pub struct Histogram {
    pub edges: Vec<u64>,
    pub counts: Vec<usize>,
}

#[derive(Serialize, Debug, Default)]
pub struct Provenance {
    /// gradebox versions, runtimes and limits, each with how many responses had it.
    pub gradebox: Vec<(String, usize)>,
    pub runtimes: Vec<(String, usize)>,
    pub limits: Vec<(String, usize)>,
    /// Every task's hash(es); more than one means the task changed during the batch.
    pub task_hashes: Vec<(String, Vec<String>)>,
}

const KS: [usize; 7] = [1, 2, 5, 10, 20, 50, 100];

fn groups(keys: impl Iterator<Item = usize>, n: usize, responses: &[ResponseRow]) -> Vec<Group> {
    let mut out: Vec<Group> = (0..n).map(|_| Group::default()).collect();
    for (key, r) in keys.zip(responses) {
        let g = &mut out[key];
        g.responses += 1;
        g.passed += usize::from(r.3 == verdict_index(Verdict::Pass));
        g.mean_score += r.4.0;
    }
    for g in &mut out {
        if g.responses > 0 {
            g.mean_score = (g.mean_score / g.responses as f64 * 1e4).round() / 1e4;
        }
    }
    out
}

/// Bins whose edges grow by `step` from `first`, trimmed to the range the values use.
pub fn histogram(values: impl Iterator<Item = u64>, first: u64, step: f64, bins: usize) -> Histogram {
    let edges: Vec<u64> = (0..=bins).map(|i| (first as f64 * step.powi(i as i32)).round() as u64).collect();
    let mut counts = vec![0usize; bins];
    for v in values {
        let bin = edges[1..bins].iter().take_while(|e| v >= **e).count();
        counts[bin] += 1;
    }
    let lo = counts.iter().position(|c| *c > 0).unwrap_or(0);
    let hi = counts.iter().rposition(|c| *c > 0).map_or(lo + 1, |i| i + 1);
    Histogram { edges: edges[lo..=hi].to_vec(), counts: counts[lo..hi].to_vec() }
}

fn tally<K: Ord>(items: impl Iterator<Item = K>) -> Vec<(K, usize)> {
    let mut m = BTreeMap::new();
    for k in items {
        *m.entry(k).or_insert(0) += 1;
    }
    m.into_iter().collect()
}

fn provenance(results: &[&ResponseResult]) -> Provenance {
    let mut hashes: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for r in results {
        let list = hashes.entry(&r.task).or_default();
        if !list.contains(&r.provenance.task_sha256) {
            list.push(r.provenance.task_sha256.clone());
        }
    }
    let l = |r: &&ResponseResult| {
        let l = &r.provenance.limits;
        format!(
            "fuel {} · {} ms · {} MiB memory · {} KiB output",
            l.fuel.0,
            l.timeout_ms,
            l.memory_bytes >> 20,
            l.output_bytes >> 10
        )
    };
    Provenance {
        gradebox: tally(results.iter().map(|r| r.provenance.gradebox.clone())),
        runtimes: tally(results.iter().map(|r| {
            let rt = &r.provenance.runtime;
            format!("{} · {} · sha256 {}", rt.name, rt.version, rt.sha256)
        })),
        limits: tally(results.iter().map(l)),
        task_hashes: hashes.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
    }
}

pub struct Counts {
    pub tasks: usize,
    pub languages: usize,
}

pub fn build(
    results: &[&ResponseResult],
    responses: &[ResponseRow],
    tests: &[TestRow],
    input_errors: &[InputError],
    counts: Counts,
) -> Summary {
    let mut verdicts = vec![0; Verdict::ALL.len()];
    responses.iter().for_each(|r| verdicts[r.3 as usize] += 1);
    let mut test_verdicts = vec![0; Verdict::ALL.len()];
    tests.iter().for_each(|t| test_verdicts[t.1 as usize] += 1);
    let per_task = groups(responses.iter().map(|r| r.0 as usize), counts.tasks, responses);
    let samples: Vec<(usize, usize)> =
        per_task.iter().filter(|g| g.responses > 0).map(|g| (g.responses, g.passed)).collect();
    let several = samples.iter().any(|(n, _)| *n > 1);
    Summary {
        responses: responses.len(),
        tests: tests.len(),
        input_errors: input_errors.len(),
        gradebox_faults: input_errors.iter().filter(|e| e.gradebox_fault).count(),
        verdicts,
        test_verdicts,
        per_language: groups(responses.iter().map(|r| r.2 as usize), counts.languages, responses),
        per_task,
        pass_at_k: if several { pass_at_k::table(&samples, &KS) } else { Vec::new() },
        fuel: histogram(tests.iter().map(|t| t.5), 1_000, 10f64.sqrt(), 16),
        memory: histogram(tests.iter().map(|t| t.7), 1 << 20, 2.0, 13),
        provenance: provenance(results),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_bins_are_trimmed_to_the_values() {
        let h = histogram([1u64 << 20, 3 << 20, 3 << 20, 100 << 20].into_iter(), 1 << 20, 2.0, 13);
        assert_eq!(h.edges.first(), Some(&(1 << 20)));
        assert_eq!(h.counts.iter().sum::<usize>(), 4);
        assert_eq!(h.counts[1], 2, "3 MiB falls in [2, 4) MiB");
        assert_eq!(h.edges.len(), h.counts.len() + 1);
        let huge = histogram([u64::MAX, 5].into_iter(), 1_000, 10f64.sqrt(), 16);
        assert_eq!(huge.counts.first(), Some(&1), "below the first edge counts in the first bin");
        assert_eq!(huge.counts.last(), Some(&1), "past the last edge counts in the last bin");
    }
}
