// gradebox's JavaScript harness, evaluated by QuickJS-NG after node.js and before the
// candidate's code. scriptArgs: [mode, filename, source, kind]; mode is "stdio",
// "function" or "check"; kind is "script", "module" or "module-async" (see esm.rs).
// Function mode reads its control line ({"nonce", "entry", "args"}) from stdin before
// any candidate code runs, and reports the result as one line "<nonce> <envelope>":
// the candidate never sees the nonce, so it cannot forge a result.
(function (global) {
  "use strict";
  const [mode, filename, source, kind] = scriptArgs;
  const node = global.__gradebox_node;
  const lazy = node.lazy;
  delete global.__gradebox_node;
  const evalScript = std.evalScript;
  const out = std.out;

  // CommonJS, as Node offers it to a script.
  const module = { exports: {}, id: ".", filename: "/" + filename, loaded: false };
  global.module = module;
  global.exports = module.exports;
  global.__filename = "/" + filename;
  global.__dirname = "/";
  global.require.main = module;
  global.__gradebox_import_meta = { url: "file:///" + filename, filename: "/" + filename, dirname: "/" };
  global.__gradebox_import = (name) => {
    try {
      const m = global.require(name);
      return Promise.resolve(Object.assign({ default: m }, m));
    } catch (e) {
      return Promise.reject(e);
    }
  };

  if (mode === "check") {
    try {
      evalScript(source, { compile_only: true });
      out.puts("ok\n");
    } catch (e) {
      // Where, as `file:line:column`, from the position QuickJS keeps in the stack.
      const at = /<evalScript>:(\d+):(\d+)/.exec(String(e && e.stack));
      const where = at ? `${filename}:${at[1]}:${at[2]}: ` : `${filename}: `;
      out.puts("syntax_error " + where + String(e) + "\n");
    }
    out.flush();
    return;
  }
  if (mode === "stdio") {
    try {
      const completion = evalScript(source);
      if (kind === "module-async") completion.then(undefined, node.fatal);
      node.drainTicks();
    } catch (e) {
      node.fatal(e);
    }
    node.finishMain();
    return;
  }

  //#lazy
  function makeFunctionMode(ctx) {
    "use strict";
    const { node, module, source, kind } = ctx;
    const global = globalThis;
    // Everything the harness needs later is taken now, before candidate code can patch
    // it: the candidate runs in this realm and may rewrite any prototype or global.
    // After it ran, the harness builds its output with `+` on primitive strings only
    // (never writes into an array, which Array.prototype setters could intercept),
    // calls intrinsics through the captured `call`, and reads only own properties of
    // objects the engine made (iterator results, Object.keys arrays).
    const evalScript = std.evalScript;
    const out = std.out;
    const puts = out.puts.bind(out);
    const flush = out.flush.bind(out);
    const readStdin = std.in.readAsString.bind(std.in);
    const parseJSON = JSON.parse;
    const getProto = Object.getPrototypeOf;
    const ownKeys = Object.keys;
    const defineProperty = Reflect.defineProperty;
    const reflectApply = Reflect.apply;
    const isArray = Array.isArray;
    const ObjectProto = Object.prototype;
    const ArrayProto = Array.prototype;
    const SetProto = Set.prototype;
    const PromiseProto = Promise.prototype;
    const ErrorCtor = Error;
    const call = Function.prototype.call.bind(Function.prototype.call);
    const numToString = Number.prototype.toString;
    const promiseThen = Promise.prototype.then;
    const setValues = Set.prototype.values;
    const setIteratorNext = getProto(new Set().values()).next;
    const sortArray = Array.prototype.sort;
    const hasOwn = Object.prototype.hasOwnProperty;
    const stringOf = String;
    const codeAt = String.prototype.charCodeAt;
    const padStart = String.prototype.padStart;
    const indexOf = String.prototype.indexOf;
    const slice = String.prototype.slice;
    // BigInts outside [-2^63, 2^64) cannot be read exactly by JSON readers.
    const BIG_LOW = -(2n ** 63n);
    const BIG_HIGH = 2n ** 64n;

    const control = parseJSON(readStdin());
    const nonce = control.nonce;

    function hex4(c) {
      return call(padStart, call(numToString, c, 16), 4, "0");
    }

    // A JSON string literal; unpaired surrogates, which UTF-8 cannot carry, become U+FFFD.
    function quote(s) {
      let r = '"';
      const n = s.length;
      for (let i = 0; i < n; i++) {
        const c = call(codeAt, s, i);
        if (c === 34) r += '\\"';
        else if (c === 92) r += "\\\\";
        else if (c < 32) r += "\\u" + hex4(c);
        else if (c >= 0xd800 && c <= 0xdfff) {
          const d = c <= 0xdbff && i + 1 < n ? call(codeAt, s, i + 1) : 0;
          if (d >= 0xdc00 && d <= 0xdfff) {
            r += "\\u" + hex4(c) + "\\u" + hex4(d);
            i++;
          } else r += "\\ufffd";
        } else r += s[i];
      }
      return r + '"';
    }

    // Only plain data passes: an object with a custom prototype (say, one whose
    // valueOf or toJSON always matches) is reported, never trusted. Returns the JSON
    // text, or undefined with `failure` saying why.
    let failure;
    function encode(v, depth) {
      if (depth > 200) {
        failure = "nested deeper than 200 levels";
        return undefined;
      }
      if (v === null || v === undefined) return "null";
      const t = typeof v;
      if (t === "boolean") return v ? "true" : "false";
      if (t === "number") {
        if (v !== v) return '"NaN"';
        if (v === Infinity) return '"Infinity"';
        if (v === -Infinity) return '"-Infinity"';
        return call(numToString, v);
      }
      if (t === "bigint") return v < BIG_LOW || v >= BIG_HIGH ? '{"$bigint":"' + stringOf(v) + '"}' : stringOf(v);
      if (t === "string") return quote(v);
      if (t === "object") {
        const proto = getProto(v);
        if (proto === ArrayProto && isArray(v)) {
          let r = "[";
          const n = v.length;
          for (let i = 0; i < n; i++) {
            const item = encode(v[i], depth + 1);
            if (item === undefined) return undefined;
            r += i ? "," + item : item;
          }
          return r + "]";
        }
        if (proto === SetProto) {
          // Written apart, then sorted: an array the harness fills by definition
          // (no setter can intercept) and sorts with the captured sort.
          const items = [];
          let n = 0;
          const it = call(setValues, v);
          for (let step = call(setIteratorNext, it); !step.done; step = call(setIteratorNext, it)) {
            const item = encode(step.value, depth + 1);
            if (item === undefined) return undefined;
            defineProperty(items, n++, { __proto__: null, value: item, writable: true, enumerable: true, configurable: true });
          }
          call(sortArray, items);
          let r = '{"$set":[';
          for (let i = 0; i < n; i++) r += i ? "," + items[i] : items[i];
          return r + "]}";
        }
        if (proto === ObjectProto || proto === null) {
          const keys = ownKeys(v);
          const n = keys.length;
          let r = "{";
          for (let i = 0; i < n; i++) {
            const item = encode(v[keys[i]], depth + 1);
            if (item === undefined) return undefined;
            r += (i ? "," : "") + quote(keys[i]) + ":" + item;
          }
          return r + "}";
        }
        failure = "an object that is not plain data";
        return undefined;
      }
      failure = "a value of type " + t;
      return undefined;
    }

    let reported = false;
    let receiver; // the instance a `Class.method` entry is called on
    function report(status, value, detail) {
      if (reported) return;
      reported = true;
      let body = '{"status":' + quote(status);
      if (value !== undefined) body += ',"value":' + value;
      if (detail !== undefined) body += ',"detail":' + quote(detail);
      puts("\n" + nonce + " " + body + "}\n");
      flush();
    }
    function describe(e) {
      try {
        return e instanceof ErrorCtor ? stringOf(e.name) + ": " + stringOf(e.message) : "thrown value " + stringOf(e);
      } catch (_) {
        return "an exception that cannot be described";
      }
    }
    function reportValue(v) {
      let text;
      failure = undefined;
      try {
        text = encode(v, 0);
      } catch (e) {
        text = undefined;
        failure = describe(e);
      }
      if (text !== undefined) report("returned", text);
      else report("unserializable", undefined, failure === undefined ? "a value that cannot be serialized" : failure);
    }

    function callEntry() {
      let fn;
      try {
        fn = resolve(control.entry);
      } catch (e) {
        report("raised", undefined, describe(e));
        node.printUncaught(e);
        return node.exitProcess(1);
      }
      if (typeof fn !== "function") {
        report("missing", undefined, "no function `" + control.entry + "` is defined or exported");
        return node.exitProcess(0);
      }
      let result;
      try {
        result = reflectApply(fn, receiver, control.args);
      } catch (e) {
        report("raised", undefined, describe(e));
        node.printUncaught(e);
        return node.exitProcess(1);
      }
      if (result !== null && typeof result === "object" && getProto(result) === PromiseProto) {
        call(
          promiseThen,
          result,
          (v) => {
            reportValue(v);
            node.exitProcess(0);
          },
          (e) => {
            report("raised", undefined, describe(e));
            node.printUncaught(e);
            node.exitProcess(1);
          },
        );
        node.finishMain();
      } else {
        reportValue(result);
        node.exitProcess(0);
      }
    }

    let completion;
    try {
      completion = evalScript(source);
      node.drainTicks();
    } catch (e) {
      report("raised", undefined, describe(e));
      node.printUncaught(e);
      node.exitProcess(1);
    }
    if (kind === "module-async") {
      call(promiseThen, completion, callEntry, (e) => {
        report("raised", undefined, describe(e));
        node.printUncaught(e);
        node.exitProcess(1);
      });
      node.finishMain();
    } else {
      callEntry();
    }

    // The entry: module.exports itself, a property of it, or a global binding
    // (function declarations, and let/const/class at the top level). `Class.method`
    // calls the method on a new instance.
    function lookup(name) {
      const ex = module.exports;
      if (typeof ex === "function" && (ex.name === name || ownKeys(ex).length === 0) && call(indexOf, name, ".") < 0) return ex;
      if (ex && call(hasOwn, ex, name)) return ex[name];
      if (global.exports !== ex && global.exports && call(hasOwn, global.exports, name)) return global.exports[name];
      try {
        return evalScript("typeof " + name + " === 'undefined' ? undefined : " + name);
      } catch (_) {
        return undefined;
      }
    }
    function resolve(entry) {
      const dot = call(indexOf, entry, ".");
      if (dot < 0) return lookup(entry);
      const cls = lookup(call(slice, entry, 0, dot));
      if (typeof cls !== "function") return undefined;
      receiver = new cls();
      return receiver[call(slice, entry, dot + 1)];
    }
  }
  //#end

  if (mode === "function") makeFunctionMode({ node, module, source, kind });
})(globalThis);
