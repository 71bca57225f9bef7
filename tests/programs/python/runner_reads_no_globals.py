# Function and script modes: the runner's code that runs after the candidate's must read
# no module global and no builtin (the candidate can rebind those), and keep no state a
# program could rebind (closure cells, mutable defaults). Checked on the bytecode of the
# runner as built into the runtime. Prints "ok" or the problems found.
import dis
import sys
import types

runner = sys.modules["gradebox_runner"]
GUARDED = """
_flush _type_name _quote _float_text _encode _quoted_list _envelope _describe_exception
_syntax_text _exit_detail _trusted_changes _changed_names _patched_now _rigged _watch_call
_watched _print_reduced_traceback _call_function _script_report _run_script
""".split()
LOOKUPS = {
    "LOAD_GLOBAL", "LOAD_NAME", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_DEREF", "STORE_DEREF",
    "LOAD_FROM_DICT_OR_GLOBALS", "LOAD_FROM_DICT_OR_DEREF", "IMPORT_NAME", "LOAD_BUILD_CLASS",
    "MAKE_CELL", "COPY_FREE_VARS", "LOAD_CLOSURE",
}
# Mutable defaults allowed: the two dicts whose changes the runner looks for.
WATCHED_DICTS = {"_runner", "_bdict"}
problems = []


def codes(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from codes(const)


def check_code(label, code):
    for c in codes(code):
        for ins in dis.get_instructions(c):
            if ins.opname in LOOKUPS:
                problems.append(f"{label}: {ins.opname} {ins.argval} at line {ins.positions.lineno}")


for name in GUARDED:
    fn = getattr(runner, name)
    if fn.__closure__ or fn.__kwdefaults__:
        problems.append(f"{name}: has a closure or keyword-only defaults")
    params = fn.__code__.co_varnames[: fn.__code__.co_argcount]
    for param, value in zip(params[len(params) - len(fn.__defaults__ or ()) :], fn.__defaults__ or ()):
        if type(value) in (list, dict, set, bytearray) and param not in WATCHED_DICTS:
            problems.append(f"{name}: mutable default {param}")
    check_code(name, fn.__code__)

# The audit hook `_arm` makes (its code is a constant of `_arm`).
hooks = [c for c in runner._arm.__code__.co_consts if isinstance(c, types.CodeType)]
if len(hooks) != 1:
    problems.append(f"_arm: {len(hooks)} nested functions")
for hook in hooks:
    check_code("the guard's hook", hook)

# The exported guarded calls look things up only before their last call, which hands
# over to the guarded code.
for method, callee in (("call_function", "_call_function"), ("run_script", "_run_script")):
    ins = [i for i in dis.get_instructions(getattr(runner.WitWorld, method)) if i.opname != "CACHE"]
    last = max(k for k, i in enumerate(ins) if i.opname.startswith("CALL"))
    after = [i.opname for i in ins[last + 1 :]]
    if after != ["RETURN_VALUE"]:
        problems.append(f"WitWorld.{method}: {after} after its last call")
    loads = [i.argval for i in ins if i.opname == "LOAD_GLOBAL"]
    if not loads or loads[-1] != callee or loads[0] != "_arm":
        problems.append(f"WitWorld.{method}: arms with {loads[:1]}, hands over to {loads[-1:]}")

print("\n".join(problems) or "ok")
