//! Agreement statistics: Cohen's kappa (two raters), Fleiss' kappa (many raters,
//! nominal) and Krippendorff's alpha (any number of raters, missing values, nominal,
//! ordinal or interval). Checked against published values in the tests below.

use std::collections::BTreeMap;

/// Cohen's kappa for two raters' labels of the same items. None when undefined (no
/// items, or chance agreement is already 1).
pub fn cohen_kappa<L: Ord + Clone>(pairs: &[(L, L)]) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let observed = pairs.iter().filter(|(a, b)| a == b).count() as f64 / n;
    let mut first: BTreeMap<L, f64> = BTreeMap::new();
    let mut second: BTreeMap<L, f64> = BTreeMap::new();
    for (a, b) in pairs {
        *first.entry(a.clone()).or_default() += 1.0;
        *second.entry(b.clone()).or_default() += 1.0;
    }
    let expected: f64 = first.iter().map(|(l, c)| c / n * second.get(l).copied().unwrap_or(0.0) / n).sum();
    if (1.0 - expected).abs() < 1e-12 {
        return None;
    }
    Some((observed - expected) / (1.0 - expected))
}

/// Fleiss' kappa from per-item category counts (`counts[item][category]` = how many
/// raters chose that category). Items rated by fewer than two raters are skipped;
/// items may have different numbers of raters (each item's agreement is computed over
/// its own raters). None when undefined.
pub fn fleiss_kappa(counts: &[Vec<f64>]) -> Option<f64> {
    let items: Vec<&Vec<f64>> = counts.iter().filter(|row| row.iter().sum::<f64>() >= 2.0).collect();
    if items.is_empty() {
        return None;
    }
    let categories = items.iter().map(|r| r.len()).max().unwrap_or(0);
    let total: f64 = items.iter().map(|r| r.iter().sum::<f64>()).sum();
    let p_j: Vec<f64> =
        (0..categories).map(|j| items.iter().map(|r| r.get(j).copied().unwrap_or(0.0)).sum::<f64>() / total).collect();
    let p_bar = items
        .iter()
        .map(|r| {
            let n: f64 = r.iter().sum();
            (r.iter().map(|c| c * c).sum::<f64>() - n) / (n * (n - 1.0))
        })
        .sum::<f64>()
        / items.len() as f64;
    let p_e: f64 = p_j.iter().map(|p| p * p).sum();
    if (1.0 - p_e).abs() < 1e-12 {
        return None;
    }
    Some((p_bar - p_e) / (1.0 - p_e))
}

/// The distance metric of Krippendorff's alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    Nominal,
    Ordinal,
    Interval,
}

/// Krippendorff's alpha. `units[u]` holds the values the raters gave unit u (missing
/// ratings simply absent); units with fewer than two values are not pairable and
/// skipped. None when undefined (no pairable values, or no variation at all).
pub fn krippendorff_alpha(units: &[Vec<f64>], metric: Metric) -> Option<f64> {
    // Distinct values, in order, and the coincidence matrix over them.
    let mut values: Vec<f64> = units.iter().filter(|u| u.len() >= 2).flatten().copied().collect();
    values.sort_by(|a, b| a.partial_cmp(b).expect("ratings are numbers"));
    values.dedup();
    if values.len() < 2 {
        return None;
    }
    let index = |v: f64| values.iter().position(|x| *x == v).expect("a known value");
    let k = values.len();
    let mut o = vec![vec![0.0; k]; k];
    for unit in units.iter().filter(|u| u.len() >= 2) {
        let m = unit.len() as f64;
        for (i, a) in unit.iter().enumerate() {
            for (j, b) in unit.iter().enumerate() {
                if i != j {
                    o[index(*a)][index(*b)] += 1.0 / (m - 1.0);
                }
            }
        }
    }
    let n_c: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_c.iter().sum();
    let delta2 = |c: usize, d: usize| -> f64 {
        match metric {
            Metric::Nominal => f64::from(u8::from(c != d)),
            Metric::Interval => (values[c] - values[d]).powi(2),
            Metric::Ordinal => {
                let (lo, hi) = if c <= d { (c, d) } else { (d, c) };
                let between: f64 = n_c[lo..=hi].iter().sum();
                (between - (n_c[lo] + n_c[hi]) / 2.0).powi(2)
            }
        }
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..k {
        for d in 0..k {
            let dd = delta2(c, d);
            observed += o[c][d] * dd;
            expected += n_c[c] * n_c[d] * dd;
        }
    }
    if expected == 0.0 {
        return None;
    }
    Some(1.0 - (n - 1.0) * observed / expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round3(x: f64) -> f64 {
        (x * 1000.0).round() / 1000.0
    }

    /// The worked example on Wikipedia's "Fleiss' kappa" page: 10 subjects, 14 raters,
    /// 5 categories; kappa = 0.210.
    #[test]
    fn fleiss_kappa_matches_the_published_example() {
        let table = [
            [0, 0, 0, 0, 14],
            [0, 2, 6, 4, 2],
            [0, 0, 3, 5, 6],
            [0, 3, 9, 2, 0],
            [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0],
            [3, 2, 6, 3, 0],
            [2, 5, 3, 2, 2],
            [6, 5, 2, 1, 0],
            [0, 2, 2, 3, 7],
        ];
        let counts: Vec<Vec<f64>> = table.iter().map(|r| r.iter().map(|c| f64::from(*c)).collect()).collect();
        assert_eq!(round3(fleiss_kappa(&counts).unwrap()), 0.210);
    }

    /// The reliability data of the R package irr (`kripp.alpha`): 4 coders, 12 units,
    /// missing values; alpha = 0.743 nominal, 0.815 ordinal, 0.849 interval.
    #[test]
    fn krippendorff_alpha_matches_the_published_example() {
        const NA: f64 = f64::NAN;
        let matrix = [
            [1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, NA, NA, NA],
            [1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, NA, 3.0],
            [NA, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, NA],
            [1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, NA],
        ];
        let units: Vec<Vec<f64>> =
            (0..12).map(|u| matrix.iter().map(|coder| coder[u]).filter(|v| !v.is_nan()).collect()).collect();
        assert_eq!(round3(krippendorff_alpha(&units, Metric::Nominal).unwrap()), 0.743);
        assert_eq!(round3(krippendorff_alpha(&units, Metric::Ordinal).unwrap()), 0.815);
        assert_eq!(round3(krippendorff_alpha(&units, Metric::Interval).unwrap()), 0.849);
    }

    #[test]
    fn cohen_kappa_of_a_textbook_table() {
        // 50 items: both yes 20, both no 15, yes/no 5, no/yes 10 -> kappa 0.4.
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n(("yes", "yes"), 20));
        pairs.extend(std::iter::repeat_n(("no", "no"), 15));
        pairs.extend(std::iter::repeat_n(("yes", "no"), 5));
        pairs.extend(std::iter::repeat_n(("no", "yes"), 10));
        assert_eq!(round3(cohen_kappa(&pairs).unwrap()), 0.4);
        assert_eq!(cohen_kappa::<&str>(&[]), None);
        assert_eq!(cohen_kappa(&[("a", "a"), ("a", "a")]), None, "no variation: undefined");
    }
}
