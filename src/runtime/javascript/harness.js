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
      out.puts("syntax_error " + String(e) + "\n");
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
    // Everything the harness needs later is taken now, before candidate code can patch it.
    const evalScript = std.evalScript;
    const out = std.out;
    const puts = out.puts.bind(out);
    const flush = out.flush.bind(out);
    const readStdin = std.in.readAsString.bind(std.in);
    const exit = std.exit;
    const parseJSON = JSON.parse;
    const getProto = Object.getPrototypeOf;
    const ObjectProto = Object.prototype;
    const ArrayProto = Array.prototype;
    const SetProto = Set.prototype;
    const PromiseProto = Promise.prototype;
    const isArray = Array.isArray;
    const ownKeys = Object.keys;
    const numToString = Number.prototype.toString;
    const call = Function.prototype.call.bind(Function.prototype.call);
    const promiseThen = Promise.prototype.then;
    const setValues = Set.prototype.values;
    const stringOf = String;
    const codeAt = String.prototype.charCodeAt;
    const padStart = String.prototype.padStart;
    const sortArray = Array.prototype.sort;
    const joinArray = Array.prototype.join;

    const control = parseJSON(readStdin());
    const nonce = control.nonce;

    function quote(s) {
      let r = '"';
      for (let i = 0; i < s.length; i++) {
        const c = call(codeAt, s, i);
        if (c === 34) r += '\\"';
        else if (c === 92) r += "\\\\";
        else if (c < 32 || (c >= 0xd800 && c <= 0xdfff)) r += "\\u" + call(padStart, call(numToString, c, 16), 4, "0");
        else r += s[i];
      }
      return r + '"';
    }

    function Unserializable(detail) {
      this.detail = detail;
    }

    // Only plain data passes: an object with a custom prototype (say, one whose
    // valueOf or toJSON always matches) is reported, never trusted.
    function encode(v, depth) {
      if (depth > 200) throw new Unserializable("nested deeper than 200 levels");
      if (v === null || v === undefined) return "null";
      const t = typeof v;
      if (t === "boolean") return v ? "true" : "false";
      if (t === "number") {
        if (v !== v) return '"NaN"';
        if (v === Infinity) return '"Infinity"';
        if (v === -Infinity) return '"-Infinity"';
        return call(numToString, v);
      }
      if (t === "bigint") return stringOf(v);
      if (t === "string") return quote(v);
      if (t === "object") {
        const proto = getProto(v);
        if (isArray(v) && proto === ArrayProto) {
          const parts = [];
          for (let i = 0; i < v.length; i++) parts[i] = encode(v[i], depth + 1);
          return "[" + call(joinArray, parts, ",") + "]";
        }
        if (proto === SetProto) {
          const parts = [];
          const it = call(setValues, v);
          for (let r = it.next(); !r.done; r = it.next()) parts[parts.length] = encode(r.value, depth + 1);
          call(sortArray, parts);
          return '{"$set":[' + call(joinArray, parts, ",") + "]}";
        }
        if (proto === ObjectProto || proto === null) {
          const keys = ownKeys(v);
          const parts = [];
          for (let i = 0; i < keys.length; i++) parts[i] = quote(keys[i]) + ":" + encode(v[keys[i]], depth + 1);
          return "{" + call(joinArray, parts, ",") + "}";
        }
        throw new Unserializable("an object that is not plain data");
      }
      throw new Unserializable("a value of type " + t);
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
        return e instanceof Error ? stringOf(e.name) + ": " + stringOf(e.message) : "thrown value " + stringOf(e);
      } catch (_) {
        return "an exception that cannot be described";
      }
    }
    function reportValue(v) {
      try {
        report("returned", encode(v, 0));
      } catch (e) {
        if (e instanceof Unserializable) report("unserializable", undefined, e.detail);
        else report("unserializable", undefined, describe(e));
      }
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
        result = fn.apply(receiver, control.args);
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
      if (typeof ex === "function" && (ex.name === name || ownKeys(ex).length === 0) && !name.includes(".")) return ex;
      if (ex && Object.prototype.hasOwnProperty.call(ex, name)) return ex[name];
      if (global.exports !== ex && global.exports && Object.prototype.hasOwnProperty.call(global.exports, name)) return global.exports[name];
      try {
        return evalScript("typeof " + name + " === 'undefined' ? undefined : " + name);
      } catch (_) {
        return undefined;
      }
    }
    function resolve(entry) {
      const dot = entry.indexOf(".");
      if (dot < 0) return lookup(entry);
      const cls = lookup(entry.slice(0, dot));
      if (typeof cls !== "function") return undefined;
      receiver = new cls();
      return receiver[entry.slice(dot + 1)];
    }
  }
  //#end

  if (mode === "function") makeFunctionMode({ node, module, source, kind });
})(globalThis);
