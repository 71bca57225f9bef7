//! The host side of the grader ABI (`wit/grader.wit`, world `gradebox:grader/grader`
//! 1.0.0): typed calls into a grader component, run like any guest under its own limits.

mod bindings {
    wasmtime::component::bindgen!({
        path: "wit/grader.wit",
        world: "grader",
        exports: { default: async },
    });
}

pub use bindings::gradebox::grader::types::{
    CandidateRun as GraderRun, Outcome as GraderOutcome, TestCase as GraderTest, Verdict as GraderVerdict,
};

use super::{ProgramKind, RunState};
use wasmtime::Store;

pub(super) async fn call(
    store: &mut Store<RunState>,
    kind: &ProgramKind,
    test: &GraderTest,
    run: &GraderRun,
) -> wasmtime::Result<GraderVerdict> {
    let ProgramKind::Component(pre) = kind else {
        wasmtime::bail!("a grader must be a component (world gradebox:grader/grader@1.0.0)");
    };
    let pre = bindings::GraderPre::new(pre.clone())?;
    let grader = pre.instantiate_async(&mut *store).await?;
    grader.call_grade(&mut *store, test, run).await
}

impl From<super::OutcomeKind> for GraderOutcome {
    fn from(k: super::OutcomeKind) -> Self {
        use super::OutcomeKind as K;
        match k {
            K::Exited => GraderOutcome::Exited,
            K::FuelExhausted => GraderOutcome::FuelExhausted,
            K::TimedOut => GraderOutcome::TimedOut,
            K::MemoryLimit => GraderOutcome::MemoryLimit,
            K::OutputLimit => GraderOutcome::OutputLimit,
            K::StackOverflow => GraderOutcome::StackOverflow,
            K::Trapped => GraderOutcome::Trapped,
        }
    }
}
