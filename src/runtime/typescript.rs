//! TypeScript answers: types stripped in process by oxc (parser, TypeScript transform,
//! code generator), then run as JavaScript on the Node.js layer, as Node's own
//! `--experimental-strip-types`, Deno and Bun run TypeScript: no type checking.

use oxc::allocator::Allocator;
use oxc::codegen::Codegen;
use oxc::parser::Parser;
use oxc::semantic::SemanticBuilder;
use oxc::span::SourceType;
use oxc::transformer::{TransformOptions, Transformer};
use std::path::Path;

/// Named in provenance.
pub const STRIPPER: &str = "oxc 0.146";

/// The JavaScript of `source`, or the first syntax error as "FILE:LINE:COLUMN: message".
pub fn strip(source: &str, filename: &str) -> Result<String, String> {
    let path = Path::new(filename);
    let source_type = match path.extension().and_then(|e| e.to_str()) {
        Some("mts" | "cts" | "ts") => SourceType::from_path(path).unwrap_or_else(|_| SourceType::ts()),
        _ => SourceType::ts(),
    };
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, source_type).parse();
    if let Some(error) = parsed.diagnostics.errors().next() {
        return Err(located(source, filename, error));
    }
    let mut program = parsed.program;
    let semantic = SemanticBuilder::new().with_excess_capacity(2.0).build(&program);
    let scoping = semantic.semantic.into_scoping();
    let transformed =
        Transformer::new(&allocator, path, &TransformOptions::default()).build_with_scoping(scoping, &mut program);
    if let Some(error) = transformed.diagnostics.errors().next() {
        return Err(located(source, filename, error));
    }
    Ok(Codegen::new().build(&program).code)
}

/// "FILE:LINE:COLUMN: message" (1-based, columns in characters) for a diagnostic.
fn located(source: &str, filename: &str, error: &oxc::diagnostics::OxcDiagnostic) -> String {
    let offset = error.labels.iter().map(|l| l.offset() as usize).min();
    let mut message = error.message.to_string();
    if let Some(help) = &error.help {
        message.push_str(&format!(" ({help})"));
    }
    let Some(offset) = offset else {
        return format!("{filename}: {message}");
    };
    let before = &source[..source.floor_char_boundary(offset.min(source.len()))];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    format!("{filename}:{line}:{column}: {message}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_go_and_code_stays() {
        let js = strip("const n: number = 2;\ninterface P { x: number }\nconsole.log(n as number);\n", "a.ts").unwrap();
        assert!(js.contains("const n = 2"), "{js}");
        assert!(!js.contains("interface"), "{js}");
        let js = strip("enum Color { Red, Green }\nconsole.log(Color.Green);\n", "a.ts").unwrap();
        assert!(js.contains("Color"), "{js}");
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let err = strip("let a = 1;\nlet b: = 2;\n", "main.ts").unwrap_err();
        assert!(err.starts_with("main.ts:2:"), "{err}");
        let err = strip("é\nfunction (", "main.ts").unwrap_err();
        assert!(err.starts_with("main.ts:"), "{err}");
    }
}
