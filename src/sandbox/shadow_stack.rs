//! Whether a core module keeps a C-style call stack in linear memory (a "shadow
//! stack"), as C, C++ and Rust compiled by LLVM do. Such a stack grows down from a
//! fixed address; when it overflows, its pointer wraps below zero and the next access
//! faults just under 4 GiB. Only for these modules is that fault a stack overflow.

use wasmparser::{ExternalKind, KnownCustom, Name, Operator, Parser, Payload, TypeRef, ValType};

const STACK_POINTER: &str = "__stack_pointer";

/// True when the module has a shadow stack: it imports gradebox's stack guard (the
/// instrumented QuickJS), has a global named or exported `__stack_pointer`, or (a
/// stripped binary) its global 0 is wasm-ld's stack pointer: a mutable i32 it defines,
/// starting at a positive, 16-byte-aligned constant.
pub(crate) fn has_shadow_stack(wasm: &[u8]) -> bool {
    let mut imported_globals = 0u32;
    let mut first_global_is_stack = false;
    for payload in Parser::new(0).parse_all(wasm) {
        let Ok(payload) = payload else { return false };
        match payload {
            Payload::ImportSection(section) => {
                for import in section.into_imports().flatten() {
                    if import.module == "gradebox" && import.name == "stack_overflow" {
                        return true;
                    }
                    if let TypeRef::Global(_) = import.ty {
                        if import.name == STACK_POINTER {
                            return true;
                        }
                        imported_globals += 1;
                    }
                }
            }
            Payload::GlobalSection(section) => {
                if imported_globals == 0
                    && let Some(Ok(global)) = section.into_iter().next()
                    && global.ty.mutable
                    && global.ty.content_type == ValType::I32
                {
                    let mut ops = global.init_expr.get_operators_reader();
                    first_global_is_stack = matches!(
                        (ops.read(), ops.read()),
                        (Ok(Operator::I32Const { value }), Ok(Operator::End)) if value > 0 && value % 16 == 0
                    );
                }
            }
            Payload::ExportSection(section)
                if section
                    .clone()
                    .into_iter()
                    .flatten()
                    .any(|e| e.kind == ExternalKind::Global && e.name == STACK_POINTER) =>
            {
                return true;
            }
            Payload::CustomSection(custom) => {
                if let KnownCustom::Name(names) = custom.as_known() {
                    for name in names.into_iter().flatten() {
                        if let Name::Global(map) = name
                            && map.into_iter().flatten().any(|n| n.name == STACK_POINTER)
                        {
                            return true;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    first_global_is_stack
}

#[cfg(test)]
mod tests {
    use super::has_shadow_stack;

    fn check(wat: &str) -> bool {
        has_shadow_stack(&wat::parse_str(wat).unwrap())
    }

    #[test]
    fn only_modules_with_a_stack_pointer_have_a_shadow_stack() {
        assert!(!check("(module (memory 1) (func (export \"_start\")))"));
        assert!(!check("(module (global (mut i32) (i32.const 0)) (func (export \"_start\")))"));
        assert!(!check("(module (global i32 (i32.const 65536)))"));
        assert!(check("(module (global (mut i32) (i32.const 65536)) (func (export \"_start\")))"));
        assert!(check("(module (global (mut i32) (i32.const 0)) (global $__stack_pointer (mut i32) (i32.const 1)))"));
        assert!(check("(module (global (export \"__stack_pointer\") (mut i32) (i32.const 7)))"));
        assert!(check("(module (import \"gradebox\" \"stack_overflow\" (func)))"));
    }
}
