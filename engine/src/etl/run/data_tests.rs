//! Stage 4½, the data tests' results. Takes the load's per-test counts of failing rows; says in
//! the run's step log how each test of `spec.tests` went, and counts the rows that failed a
//! `warn` test (`warned`; they loaded). A failing `fail_run` test never gets here: the
//! transform failed the run on the chunk that broke it. Rows a `reject_row` test rejected
//! are failed records ([`super::failures`]).

use super::{Journal, load::Loaded};
use crate::spec::{OnFail, PipelineSpec};

pub(super) fn report(spec: &PipelineSpec, loaded: &mut Loaded, journal: &mut Journal) {
    for (i, test) in spec.tests.iter().enumerate() {
        let failing = loaded.tested.get(i).copied().unwrap_or(0);
        let outcome = match (failing, test.on_fail) {
            (0, _) => "passed".to_owned(),
            (n, OnFail::RejectRow) => format!("{n} row(s) failed and were rejected"),
            (n, OnFail::Warn) => {
                loaded.counts.warned += n;
                format!("{n} row(s) failed and loaded anyway (warn)")
            }
            (n, OnFail::FailRun) => format!("{n} row(s) failed"),
        };
        journal.log(format!(
            "data test tests[{i}] ({}, {}): {outcome}",
            test.label(),
            test.on_fail.as_str()
        ));
    }
}
