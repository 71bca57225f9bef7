/*
 * gradebox's JavaScript runtime entry points, around QuickJS-NG (quickjs.c and
 * quickjs-libc.c unchanged).
 *
 * Built as a WASI reactor and pre-initialized (wasmtime-wizer):
 *   gradebox_init  (run once, at install): creates the runtime and the context, gives
 *                  them qjs:std / qjs:os / qjs:bjson as `qjs --std` does, evaluates
 *                  the Node layer and compiles the harness. The layer's text arrives
 *                  on stdin: NUL-separated [node part, harness part, factory 0, ...].
 *   _start         (every run): argv = [name, mode, filename, source, kind], exactly
 *                  the harness's scriptArgs today; runs the harness, then the event
 *                  loop, and exits as qjs does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasi/api.h>

#include "quickjs.h"
#include "quickjs-libc.h"

/* quickjs_gb.c: performance.timeOrigin and Math.random seed taken anew per run. */
void gradebox_reset_clock_state(JSContext *ctx);

static JSRuntime *rt;
static JSContext *ctx;
static JSValue harness; /* compiled harness part, evaluated by _start */
static int initialized;

#define FIXED_ARGS 4

static char *read_all(int fd, size_t *len_out)
{
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n <= 0)
            break;
        len += n;
    }
    buf[len] = 0;
    *len_out = len;
    return buf;
}

static void die(const char *what)
{
    js_std_dump_error(ctx);
    fprintf(stderr, "gradebox init: %s\n", what);
    fflush(stderr);
    abort();
}

static JSValue eval_module(const char *src)
{
    JSValue v = JS_Eval(ctx, src, strlen(src), "<input>",
                        JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
    if (JS_IsException(v))
        return v;
    if (js_module_set_import_meta(ctx, v, false, true) < 0)
        return JS_EXCEPTION;
    v = JS_EvalFunction(ctx, v);
    return js_std_await(ctx, v);
}

static void set_script_args(int argc, char **argv)
{
    JSValue global = JS_GetGlobalObject(ctx);
    JSValue args = JS_NewArray(ctx);
    for (int i = 0; i < argc; i++)
        JS_SetPropertyUint32(ctx, args, i, JS_NewString(ctx, argv[i]));
    JS_SetPropertyStr(ctx, global, "scriptArgs", args);
    JS_FreeValue(ctx, global);
}

__attribute__((export_name("gradebox_init")))
void gradebox_init(void)
{
    size_t len;
    char *input = read_all(0, &len);
    /* [node part, harness part, factories...] */
    char *parts[256];
    int nparts = 0;
    for (char *p = input; p < input + len && nparts < 256;) {
        parts[nparts++] = p;
        p += strlen(p) + 1;
    }
    if (nparts < 2)
        die("expected the Node layer and the harness on stdin");

    rt = JS_NewRuntime();
    js_std_init_handlers(rt);
    ctx = JS_NewContext(rt);
    js_init_module_std(ctx, "qjs:std");
    js_init_module_os(ctx, "qjs:os");
    js_init_module_bjson(ctx, "qjs:bjson");
    {
        /* what qjs's JS_NewCustomContext adds */
        JSValue global = JS_GetGlobalObject(ctx);
        JSValue exec_argv = JS_NewArray(ctx);
        JS_SetPropertyUint32(ctx, exec_argv, 0, JS_NewString(ctx, "qjs"));
        JS_SetPropertyStr(ctx, global, "execArgv", exec_argv);
        JS_SetPropertyStr(ctx, global, "argv0", JS_NewString(ctx, "qjs"));
        JS_FreeValue(ctx, global);
    }
    JS_SetModuleLoaderFunc(rt, NULL, js_module_loader, NULL);
    JS_SetHostPromiseRejectionTracker(rt, js_std_promise_rejection_tracker, NULL);

    /* scriptArgs during init: four placeholders, then the lazy factories */
    char *args[256];
    int nargs = 0;
    for (int i = 0; i < FIXED_ARGS; i++)
        args[nargs++] = "";
    for (int i = 2; i < nparts; i++)
        args[nargs++] = parts[i];
    js_std_add_helpers(ctx, nargs, args);

    JSValue v = eval_module("import * as bjson from 'qjs:bjson';\n"
                            "import * as std from 'qjs:std';\n"
                            "import * as os from 'qjs:os';\n"
                            "globalThis.bjson = bjson;\n"
                            "globalThis.std = std;\n"
                            "globalThis.os = os;\n");
    if (JS_IsException(v))
        die("std/os");
    JS_FreeValue(ctx, v);

    v = JS_Eval(ctx, parts[0], strlen(parts[0]), "<cmdline>", JS_EVAL_TYPE_GLOBAL);
    if (JS_IsException(v))
        die("evaluating the Node layer");
    JS_FreeValue(ctx, v);

    /* compile every lazy factory now, so no run pays for it */
    char pre[128];
    snprintf(pre, sizeof pre,
             "for (let i = %d; i < scriptArgs.length; i++) __gradebox_node.lazy(i);",
             FIXED_ARGS);
    v = JS_Eval(ctx, pre, strlen(pre), "<init>", JS_EVAL_TYPE_GLOBAL);
    if (JS_IsException(v))
        die("compiling the factories");
    JS_FreeValue(ctx, v);

    harness = JS_Eval(ctx, parts[1], strlen(parts[1]), "<cmdline>",
                      JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY);
    if (JS_IsException(harness))
        die("compiling the harness");

    set_script_args(0, NULL);
    free(input);
    JS_RunGC(rt);
    initialized = 1;
}

static char **read_argv(int *argc_out)
{
    __wasi_size_t argc, size;
    if (__wasi_args_sizes_get(&argc, &size) != 0)
        _Exit(71);
    char **argv = malloc((argc + 1) * sizeof(char *));
    char *buf = malloc(size);
    if (__wasi_args_get((uint8_t **)argv, (uint8_t *)buf) != 0)
        _Exit(71);
    argv[argc] = NULL;
    *argc_out = argc;
    return argv;
}

__attribute__((export_name("_start")))
void gradebox_start(void)
{
    if (!initialized) {
        fprintf(stderr, "gradebox: this QuickJS build must be pre-initialized\n");
        _Exit(70);
    }
    int argc;
    char **argv = read_argv(&argc);
    JS_UpdateStackTop(rt);
    gradebox_reset_clock_state(ctx);
    set_script_args(argc - 1, argv + 1);

    JSValue v = JS_EvalFunction(ctx, harness);
    harness = JS_UNDEFINED;
    int r = 0;
    if (JS_IsException(v)) {
        js_std_dump_error(ctx);
        r = 1;
    } else {
        JS_FreeValue(ctx, v);
        if (js_std_loop(ctx)) {
            js_std_dump_error(ctx);
            r = 1;
        }
    }
    /* qjs frees the runtime before returning; nothing observable depends on it */
    exit(r);
}
