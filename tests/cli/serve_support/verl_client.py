#!/usr/bin/env python3
"""verl's SandboxFusion reward client, reimplemented for the test of `gradebox serve`.

verl (volcengine/verl, verl/utils/reward_score/sandbox_fusion/utils.py) calls a
SandboxFusion server once per test case: `call_sandbox_api` POSTs a JSON body with
`compile_timeout`, `run_timeout`, `code`, `stdin`, `memory_limit_MB`, `language`,
`files` ({}) and `fetch_files` ([]) and takes the JSON answer of any 2xx (it retries a
504 and gives up on other errors); `_process_single_case` then turns the answer into a
result: True (ran, output equal up to trailing newlines), False (wrong answer), -1
(API or sandbox error: `SandboxError`, an unknown status), -2 (runtime error: `Failed`
with run_result `Error`, or `Finished` with a non-zero return_code), -3 (run_result
`TimeLimitExceeded`), -4 (compile_result `Error`/`TimeLimitExceeded`, or `Finished`
with a non-zero return_code). This file reproduces that request and that decision
(standard library only, urllib instead of requests) and checks gradebox's answers.

Usage: verl_client.py URL   (URL ends in /run_code)
Prints one line per case and a closing "N passed, M failed"; exit 1 if any failed.
"""

import json
import sys
import urllib.error
import urllib.request


def call_sandbox_api(url, code, stdin, compile_timeout, run_timeout, memory_limit_mb, language):
    """(response JSON, None) on a 2xx answer, else (None, error text); 504 is retried."""
    payload = json.dumps({
        "compile_timeout": compile_timeout,
        "run_timeout": run_timeout,
        "code": code,
        "stdin": stdin,
        "memory_limit_MB": memory_limit_mb,
        "language": language,
        "files": {},
        "fetch_files": [],
    }).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    last_error = None
    for _attempt in range(3):
        req = urllib.request.Request(url, data=payload, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=compile_timeout + run_timeout + 10) as r:
                return json.loads(r.read()), None
        except urllib.error.HTTPError as e:
            last_error = f"HTTP {e.code}: {e.read()[:300]!r}"
            if e.code == 504:
                continue
            break
        except (urllib.error.URLError, OSError, ValueError) as e:
            last_error = str(e)
            break
    return None, last_error


def decide(api_response, expected_output):
    """verl's result for one case from the sandbox's answer."""
    status = api_response.get("status")
    compile_result = api_response.get("compile_result")
    run_result = api_response.get("run_result")
    if status == "SandboxError":
        return -1
    if status == "Failed":
        if compile_result and (compile_result.get("status") in ("Error", "TimeLimitExceeded")
                               or (compile_result.get("status") == "Finished"
                                   and compile_result.get("return_code") != 0)):
            return -4
        if run_result:
            run_status = run_result.get("status")
            if run_status == "TimeLimitExceeded":
                return -3
            if run_status == "Error" or (run_status == "Finished" and run_result.get("return_code") != 0):
                return -2
        return -1
    if status == "Success":
        if run_result and run_result.get("status") == "Finished":
            out = run_result.get("stdout") or ""
            if expected_output is None or str(out).rstrip("\n") == str(expected_output).rstrip("\n"):
                return True
            return False
        return -1
    return -1


SPIN = "while True:\n    pass\n"
WAT_HELLO = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 8) "hi\\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 8)) (i32.store (i32.const 4) (i32.const 3))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 20)))))
"""

# (name, language, code, stdin, expected_output, run_timeout, verl's result)
CASES = [
    ("python sums stdin", "python", "a, b = map(int, input().split())\nprint(a + b)\n", "2 3\n", "5", 10, True),
    ("python wrong answer", "python", "print(6)\n", "2 3\n", "5", 10, False),
    ("python no stdin (null)", "python", "print('ok')\n", None, "ok\n", 10, True),
    ("python raises", "python", "raise ValueError('no')\n", "", "", 10, -2),
    ("python syntax error", "python", "print(\n", "", "", 10, -2),
    ("python exit 3", "python", "import sys\nsys.exit(3)\n", "", "", 10, -2),
    ("python spins past run_timeout", "python", SPIN, "", "", 1, -3),
    ("python memory bomb", "python", "x = bytearray(1 << 31)\n", "", "", 10, -2),
    ("nodejs echoes", "nodejs", "const s = require('fs').readFileSync(0, 'utf8');\nconsole.log(s.trim().toUpperCase());\n",
     "abc\n", "ABC", 10, True),
    ("nodejs throws", "nodejs", "throw new Error('x');\n", "", "", 10, -2),
    ("wasm module runs", "wasm", WAT_HELLO, "", "hi", 10, True),
    ("wasm module does not compile", "wasm", "(module (func (export \"_start\") (i32.add)))", "", "", 10, -4),
]


def main():
    url = sys.argv[1]
    passed = failed = 0
    for name, language, code, stdin, expected, run_timeout, want in CASES:
        response, error = call_sandbox_api(url, code, stdin, 10, run_timeout, 1024, language)
        got = -1 if error else decide(response, expected)
        ok = got == want and type(got) is type(want)
        if ok:
            passed += 1
            print(f"ok   {name}: {got!r}")
        else:
            failed += 1
            print(f"FAIL {name}: verl would score {got!r}, expected {want!r}; error={error!r} response={response!r}")
    # A language gradebox does not run is refused with 400, which verl records as an API error (-1).
    response, error = call_sandbox_api(url, "package main\nfunc main() {}", "", 10, 10, 1024, "go")
    if response is None and error and error.startswith("HTTP 400"):
        passed += 1
        print("ok   go refused with 400 naming the language")
    else:
        failed += 1
        print(f"FAIL go: {response!r} {error!r}")
    # C++ compiles inside the sandbox: a compile step, then the run.
    response, error = call_sandbox_api(url, "#include <cstdio>\nint main(){int a,b;scanf(\"%d %d\",&a,&b);printf(\"%d\\n\",a+b);}", "2 3\n", 10, 10, 1024, "cpp")
    if response and response.get("status") == "Success" and (response.get("run_result") or {}).get("stdout") == "5\n" and response.get("compile_result"):
        passed += 1
        print("ok   cpp compiles and runs")
    else:
        failed += 1
        print(f"FAIL cpp: {response!r} {error!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
