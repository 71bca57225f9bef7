//! Any valid answer: the test's input is a directed acyclic graph (`n m`, then `m`
//! lines `u v` meaning u must come before v, vertices 1..n); the candidate prints an
//! order of the vertices. Every order that lists each vertex once and respects every
//! edge passes; the expected answer is not needed.

use gradebox_grader::{CandidateRun, Grader, TestCase, Verdict};

struct TopologicalOrder;

fn parse_graph(input: &str) -> Result<(usize, Vec<(usize, usize)>), String> {
    let mut it = input.split_whitespace().map(|t| t.parse::<usize>().map_err(|_| format!("bad number {t:?} in the test input")));
    let mut next = || it.next().unwrap_or_else(|| Err("the test input ends early".into()));
    let (n, m) = (next()?, next()?);
    let edges = (0..m).map(|_| Ok((next()?, next()?))).collect::<Result<_, String>>()?;
    Ok((n, edges))
}

impl Grader for TopologicalOrder {
    fn grade(test: TestCase, run: CandidateRun) -> Verdict {
        let (n, edges) = match parse_graph(&test.input_text()) {
            Ok(g) => g,
            Err(e) => return Verdict::fail(format!("grader setup: {e}")),
        };
        let stdout = run.stdout_text();
        let order: Vec<&str> = stdout.split_whitespace().collect();
        if order.len() != n {
            return Verdict::fail(format!("printed {} vertices; the graph has {n}", order.len()));
        }
        let mut position = vec![usize::MAX; n + 1];
        for (i, tok) in order.iter().enumerate() {
            match tok.parse::<usize>() {
                Ok(v) if (1..=n).contains(&v) => {
                    if position[v] != usize::MAX {
                        return Verdict::fail(format!("vertex {v} appears twice (positions {} and {})", position[v] + 1, i + 1));
                    }
                    position[v] = i;
                }
                _ => return Verdict::fail(format!("{tok:?} at position {} is not a vertex of 1..{n}", i + 1)),
            }
        }
        for (u, v) in edges {
            if position[u] > position[v] {
                return Verdict::fail(format!(
                    "edge {u} -> {v} is violated: {v} is at position {}, before {u} at position {}",
                    position[v] + 1,
                    position[u] + 1
                ));
            }
        }
        Verdict::pass()
    }
}

gradebox_grader::export!(TopologicalOrder);
