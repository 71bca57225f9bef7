//! The results file of a batch: opened for appending (refused when it already holds
//! results, unless resuming), one write per line, flushed at once, so a kill never
//! leaves a half line behind except the one being written, which `--resume` trims.

use super::resume;
use anyhow::{Context, Result, bail};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

pub(super) struct Output {
    file: std::fs::File,
}

/// Opens `out`, with what it already holds when resuming.
pub(super) fn open(out: &Path, resume: bool) -> Result<(Output, resume::Done)> {
    let done = if resume {
        resume::completed(out)?
    } else {
        if std::fs::metadata(out).is_ok_and(|m| m.len() > 0) {
            bail!("{} already holds results; pass --resume to continue it, or choose another --out", out.display());
        }
        resume::Done::default()
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(out)
        .with_context(|| format!("cannot open {} for writing", out.display()))?;
    Ok((Output { file }, done))
}

impl Output {
    pub(super) fn write(&mut self, record: &impl Serialize) -> Result<()> {
        let mut buf = serde_json::to_vec(record)?;
        buf.push(b'\n');
        self.file.write_all(&buf)?;
        self.file.flush()?;
        Ok(())
    }

    pub(super) fn finish(self) {
        self.file.sync_data().ok();
    }
}
