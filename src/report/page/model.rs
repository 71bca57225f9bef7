//! Everything the page shows, as one serializable value: built from the inputs in a
//! fixed order (by task, then response) so the same results give the same page.

use super::human::{self, Human};
use super::inputs::Inputs;
use super::rows::{self, FlagRow, ResponseRow, Tables, TestRow};
use super::runs::{self, Compare};
use super::summary::{self, Summary};
use super::tasks::{self, TaskInfo};
use crate::result::Verdict;
use crate::result::{InputError, ResponseResult};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Serialize, Debug)]
pub struct PageData {
    pub title: String,
    /// The files the page was made from, as given.
    pub sources: Vec<(String, String)>,
    pub generated_by: String,
    pub strings: Vec<String>,
    pub verdicts: Vec<&'static str>,
    pub languages: Vec<String>,
    pub outcomes: Vec<String>,
    pub flag_kinds: Vec<String>,
    pub tasks: Vec<TaskInfo>,
    pub responses: Vec<ResponseRow>,
    pub tests: Vec<TestRow>,
    pub flags: Vec<FlagRow>,
    pub input_errors: Vec<InputError>,
    pub summary: Summary,
    pub human: Option<Human>,
    pub compare: Option<Compare>,
}

pub fn build(inputs: &Inputs, title: &str, sources: Vec<(String, String)>) -> PageData {
    let mut results: Vec<&ResponseResult> = inputs.results.iter().collect();
    results.sort_by(|a, b| (&a.task, &a.response).cmp(&(&b.task, &b.response)));
    results.dedup_by(|a, b| a.task == b.task && a.response == b.response);
    let ids: BTreeSet<&str> =
        results.iter().map(|r| r.task.as_str()).chain(inputs.tasks.iter().map(|t| t.id.as_str())).collect();
    let task_index: HashMap<&str, u32> = ids.iter().enumerate().map(|(i, id)| (*id, i as u32)).collect();
    let mut by_task: HashMap<&str, Vec<&ResponseResult>> = HashMap::new();
    results.iter().for_each(|r| by_task.entry(r.task.as_str()).or_default().push(r));
    let tasks: Vec<TaskInfo> = ids
        .iter()
        .map(|id| {
            let of_task = by_task.get(id).map(Vec::as_slice).unwrap_or_default();
            tasks::info(id, inputs.tasks.iter().find(|t| t.id == *id), of_task)
        })
        .collect();
    let mut tables = Tables::default();
    let rows = rows::build(&results, &task_index, &inputs.code, &mut tables);
    let languages = tables.languages.into_list();
    let counts = summary::Counts { tasks: tasks.len(), languages: languages.len() };
    let summary = summary::build(&results, &rows.responses, &rows.tests, &inputs.input_errors, counts);
    let row_of: HashMap<(&str, &str), u32> =
        results.iter().enumerate().map(|(i, r)| ((r.task.as_str(), r.response.as_str()), i as u32)).collect();
    let human = inputs.judgments.as_ref().map(|j| human::build(j, &results, &row_of));
    let compare = inputs.baseline.as_ref().map(|b| {
        let name = sources.iter().find(|(k, _)| k == "compare").map(|(_, v)| v.as_str()).unwrap_or("baseline");
        runs::build(name, b, &results)
    });
    PageData {
        title: title.to_string(),
        sources,
        generated_by: format!("gradebox {}", env!("CARGO_PKG_VERSION")),
        strings: tables.strings.into_list(),
        verdicts: Verdict::ALL.iter().map(|v| v.as_str()).collect(),
        languages,
        outcomes: tables.outcomes.into_list(),
        flag_kinds: tables.flag_kinds.into_list(),
        tasks,
        responses: rows.responses,
        tests: rows.tests,
        flags: rows.flags,
        input_errors: inputs.input_errors.clone(),
        summary,
        human,
        compare,
    }
}
