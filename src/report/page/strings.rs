//! The page's string table: every text is stored once and rows refer to it by number,
//! so the expected output shared by a thousand responses costs its length once.

use std::collections::HashMap;

pub struct Strings {
    index: HashMap<String, u32>,
    list: Vec<String>,
}

impl Default for Strings {
    fn default() -> Self {
        let mut s = Strings { index: HashMap::new(), list: Vec::new() };
        s.id("");
        s
    }
}

impl Strings {
    /// The number of `text` in the table (0 is the empty string).
    pub fn id(&mut self, text: &str) -> u32 {
        if let Some(&i) = self.index.get(text) {
            return i;
        }
        let i = self.list.len() as u32;
        self.index.insert(text.to_string(), i);
        self.list.push(text.to_string());
        i
    }

    pub fn into_list(self) -> Vec<String> {
        self.list
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_text_is_stored_once() {
        let mut s = super::Strings::default();
        assert_eq!(s.id(""), 0);
        let a = s.id("<script>");
        assert_eq!(s.id("b"), 2);
        assert_eq!(s.id("<script>"), a);
        assert_eq!(s.into_list(), vec!["", "<script>", "b"]);
    }
}

/// A short list of names (verdicts, languages, outcomes) that rows refer to by position.
#[derive(Default)]
pub struct Names {
    list: Vec<String>,
}

impl Names {
    pub fn index(&mut self, name: &str) -> u8 {
        if let Some(i) = self.list.iter().position(|n| n == name) {
            return i as u8;
        }
        self.list.push(name.to_string());
        (self.list.len() - 1) as u8
    }

    pub fn into_list(self) -> Vec<String> {
        self.list
    }
}

/// The snake_case name serde gives a unit enum variant (`OutcomeKind::TimedOut` -> "timed_out").
pub fn serde_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}
