//! A test's fuel as written: a fixed budget, or `"auto"`: a budget derived from what
//! the task's reference used on the same test, as EvalPlus derives its time limits
//! from the ground truth's time. Same reference, same runtime: same budget on any
//! machine, since fuel is counted, not timed.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// `budget = max(floor, factor × reference fuel)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AutoFuel {
    pub factor: f64,
    pub floor: u64,
}

impl AutoFuel {
    /// Calibrated on HumanEval (docs/humaneval.md): every slow-but-correct answer of the
    /// agreement corpus still passes, an endless loop ends after about 0.2 s.
    pub const DEFAULT: AutoFuel = AutoFuel { factor: 20.0, floor: 2_000_000_000 };

    /// The budget of a test the reference ran on with `reference_fuel`.
    pub fn budget(&self, reference_fuel: u64) -> u64 {
        let scaled = (reference_fuel as f64 * self.factor).ceil();
        (scaled.min(MAX_AUTO_FUEL as f64) as u64).max(self.floor)
    }
}

/// What a budget may grow to, whatever the reference: a few minutes of CPU.
pub const MAX_AUTO_FUEL: u64 = 2_000_000_000_000;

/// The fuel a reference is measured with under `"auto"`: enough for any reference a
/// task would carry (the time limit still bounds it).
pub const MEASURING_FUEL: u64 = 200_000_000_000;

/// `fuel = 2_000_000_000`, `fuel = "auto"` or `fuel = { factor = 20, floor = 1e9 }`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RawFuel {
    Fixed(u64),
    Auto(AutoFuel),
}

const EXPECTED: &str = "a number of fuel units, \"auto\" or { factor = 20, floor = 2000000000 }";

impl<'de> Deserialize<'de> for RawFuel {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawFuel;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawFuel, E> {
                u64::try_from(v).map(RawFuel::Fixed).map_err(|_| E::custom("fuel must be positive"))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawFuel, E> {
                Ok(RawFuel::Fixed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawFuel, E> {
                match v {
                    "auto" => Ok(RawFuel::Auto(AutoFuel::DEFAULT)),
                    _ => Err(E::custom(format!("fuel {v:?} is not understood; write {EXPECTED}"))),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawFuel, A::Error> {
                let mut auto = AutoFuel::DEFAULT;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "factor" => auto.factor = map.next_value::<f64>()?,
                        "floor" => auto.floor = map.next_value::<f64>().map(|f| f as u64)?,
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown key {other:?} in fuel; write {{ factor = 20, floor = 2000000000 }}"
                            )));
                        }
                    }
                }
                if !(auto.factor.is_finite() && auto.factor >= 1.0) {
                    return Err(de::Error::custom("fuel.factor must be a number >= 1"));
                }
                Ok(RawFuel::Auto(auto))
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for RawFuel {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            RawFuel::Fixed(n) => s.serialize_u64(*n),
            RawFuel::Auto(a) if *a == AutoFuel::DEFAULT => s.serialize_str("auto"),
            RawFuel::Auto(a) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("factor", &a.factor)?;
                m.serialize_entry("floor", &a.floor)?;
                m.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Serialize)]
    struct L {
        fuel: RawFuel,
    }

    fn parse(text: &str) -> Result<RawFuel, String> {
        toml::from_str::<L>(text).map(|l| l.fuel).map_err(|e| e.message().to_string())
    }

    #[test]
    fn every_spelling_reads_and_writes_back() {
        assert_eq!(parse("fuel = 5_000").unwrap(), RawFuel::Fixed(5000));
        assert_eq!(parse("fuel = \"auto\"").unwrap(), RawFuel::Auto(AutoFuel::DEFAULT));
        let custom = parse("fuel = { factor = 5, floor = 1e8 }").unwrap();
        assert_eq!(custom, RawFuel::Auto(AutoFuel { factor: 5.0, floor: 100_000_000 }));
        for f in [RawFuel::Fixed(7), RawFuel::Auto(AutoFuel::DEFAULT), custom] {
            let text = toml::to_string(&L { fuel: f }).unwrap();
            assert_eq!(parse(&text).unwrap(), f, "{text}");
        }
    }

    #[test]
    fn a_bad_fuel_says_how_to_write_it() {
        assert!(parse("fuel = \"fast\"").unwrap_err().contains("\"auto\""));
        assert!(parse("fuel = { factr = 2 }").unwrap_err().contains("factor = 20"));
        assert!(parse("fuel = { factor = 0.5 }").unwrap_err().contains(">= 1"));
        assert!(parse("fuel = -3").unwrap_err().contains("positive"));
    }

    #[test]
    fn the_budget_scales_the_reference_above_the_floor() {
        let a = AutoFuel { factor: 20.0, floor: 1000 };
        assert_eq!(a.budget(10), 1000, "the floor");
        assert_eq!(a.budget(100), 2000);
        assert_eq!(a.budget(u64::MAX), MAX_AUTO_FUEL);
    }
}
