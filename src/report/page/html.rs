//! The HTML file: the page's own styles and scripts (written for gradebox, in
//! `report/html/`, compiled in) around the data as JSON. Nothing is fetched at view
//! time; a Content-Security-Policy allows only this page's own script to run.

use super::model::PageData;
use base64::Engine;
use sha2::{Digest, Sha256};

const TEMPLATE: &str = include_str!("../html/page.html");
const STYLE: &str = include_str!("../html/style.css");
/// In this order: later files use what earlier ones define.
const SCRIPTS: [&str; 12] = [
    include_str!("../html/data.js"),
    include_str!("../html/format.js"),
    include_str!("../html/highlight.js"),
    include_str!("../html/diff.js"),
    include_str!("../html/charts.js"),
    include_str!("../html/filters.js"),
    include_str!("../html/view_summary.js"),
    include_str!("../html/view_list.js"),
    include_str!("../html/view_task.js"),
    include_str!("../html/view_response.js"),
    include_str!("../html/view_people.js"),
    include_str!("../html/app.js"),
];

/// JSON that can sit inside a <script> element: `<` only ever occurs inside JSON
/// strings, where `\u003c` means the same, so `</script>` in a candidate's output
/// cannot end the element. U+2028/2029 are escaped for old parsers' sake.
pub fn embed_json(data: &PageData) -> serde_json::Result<String> {
    let json = serde_json::to_string(data)?;
    Ok(json.replace('<', "\\u003c").replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029"))
}

pub fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The template with each `{{NAME}}` replaced once, scanning the template only (a
/// value that happens to contain "{{DATA}}" is never expanded).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let end = start + rest[start..].find("}}").expect("template markers are closed");
        let name = &rest[start + 2..end];
        let value = values.iter().find(|(k, _)| *k == name).unwrap_or_else(|| panic!("no value for {name}")).1;
        out.push_str(&rest[..start]);
        out.push_str(value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

pub fn render(data: &PageData) -> serde_json::Result<String> {
    let script = format!("(function () {{\n\"use strict\";\n{}\n}})();\n", SCRIPTS.concat());
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()));
    let policy = format!(
        "default-src 'none'; script-src 'sha256-{hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    );
    Ok(fill(
        TEMPLATE,
        &[
            ("POLICY", &policy),
            ("TITLE", &escape_text(&data.title)),
            ("STYLE", STYLE),
            ("DATA", &embed_json(data)?),
            ("SCRIPT", &script),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_script_never_ends_its_own_element() {
        for s in SCRIPTS.iter().chain([&STYLE]) {
            assert!(!s.to_ascii_lowercase().contains("</script"), "an asset contains </script");
        }
    }

    #[test]
    fn fill_does_not_expand_markers_inside_values() {
        let out = fill("<a>{{X}}</a><b>{{Y}}</b>", &[("X", "{{Y}}"), ("Y", "y")]);
        assert_eq!(out, "<a>{{Y}}</a><b>y</b>");
    }
}
