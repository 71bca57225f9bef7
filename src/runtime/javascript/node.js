// gradebox's Node.js layer for QuickJS-NG: the Node APIs that model-written programs
// use, built only on what a run is given (its stdin, stdout and stderr). Evaluated
// before the candidate's code; see harness.js for how the code itself is run.
//
// The event loop follows Node's order: the main script, then process.nextTick
// callbacks, then promise jobs; then timers (by due time), stdin (poll phase) and
// setImmediate callbacks (check phase), draining nextTicks and promise jobs after each
// callback. Time is virtual: when only timers remain, the clock jumps to the next one,
// so `setTimeout(f, 1000)` costs no real second and runs the same on every machine.
//
// QuickJS compiles every byte it is given on every run, and that costs fuel and time,
// so only a small core is compiled up front. Each `//#lazy` section is one factory that
// mod.rs passes as a separate argument and `lazy` compiles on first use: a program
// that only prints never pays for the event loop, Buffer, util.inspect or readline.
(function (global) {
  "use strict";
  const std = global.std;
  const os = global.os;
  const out = std.out;
  const err = std.err;
  const exitNow = std.exit;
  const osSetTimeout = os.setTimeout;
  const evalScript = std.evalScript;
  // The factory passed as argument `index`, compiled once: the runtime's build
  // compiles every factory before it snapshots the interpreter (see mod.rs).
  const compiled = [];
  const lazy = (index) =>
    compiled[index] || (compiled[index] = evalScript("(" + scriptArgs[index] + ")"));
  const once = (factory) => {
    let value;
    return () => value || (value = factory());
  };

  //#lazy
  function makeBuffer() {
    "use strict";
  function utf8Encode(s) {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else c = 0xfffd;
      } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return bytes;
  }
  function utf8Decode(b, start, end) {
    let s = "";
    const parts = [];
    for (let i = start; i < end; ) {
      const c = b[i];
      let cp = 0xfffd;
      let n = 1;
      if (c < 0x80) cp = c;
      else if (c >= 0xc2 && c < 0xe0 && i + 1 < end && (b[i + 1] & 0xc0) === 0x80) {
        cp = ((c & 31) << 6) | (b[i + 1] & 63);
        n = 2;
      } else if (c >= 0xe0 && c < 0xf0 && i + 2 < end && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) {
        cp = ((c & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63);
        n = 3;
      } else if (c >= 0xf0 && c < 0xf5 && i + 3 < end && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80 && (b[i + 3] & 0xc0) === 0x80) {
        cp = ((c & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63);
        n = 4;
      }
      s += String.fromCodePoint(cp);
      if (s.length > 8192) {
        parts.push(s);
        s = "";
      }
      i += n;
    }
    parts.push(s);
    return parts.join("");
  }

  class Buffer extends Uint8Array {
    static from(value, encodingOrOffset, length) {
      if (typeof value === "string") {
        const enc = normalizeEncoding(encodingOrOffset);
        let bytes;
        if (enc === "hex") {
          bytes = [];
          for (let i = 0; i + 1 < value.length; i += 2) bytes.push(parseInt(value.slice(i, i + 2), 16));
        } else if (enc === "base64") {
          bytes = base64Decode(value);
        } else if (enc === "latin1" || enc === "ascii") {
          bytes = [];
          for (let i = 0; i < value.length; i++) bytes.push(value.charCodeAt(i) & 255);
        } else {
          bytes = utf8Encode(value);
        }
        const buf = new Buffer(bytes.length);
        buf.set(bytes);
        if (enc === "utf8") buf._text = value;
        return buf;
      }
      if (value instanceof ArrayBuffer) return new Buffer(value, encodingOrOffset || 0, length);
      const buf = new Buffer(value.length);
      for (let i = 0; i < value.length; i++) buf[i] = value[i];
      return buf;
    }
    static alloc(size, fill) {
      const b = new Buffer(size);
      if (fill !== undefined) b.fill(typeof fill === "string" ? fill.charCodeAt(0) : fill);
      return b;
    }
    static allocUnsafe(size) {
      return new Buffer(size);
    }
    static isBuffer(b) {
      return b instanceof Buffer;
    }
    static byteLength(s) {
      return typeof s === "string" ? utf8Encode(s).length : s.length;
    }
    static concat(list, total) {
      if (total === undefined) total = list.reduce((n, b) => n + b.length, 0);
      const out = new Buffer(total);
      let at = 0;
      for (const b of list) {
        out.set(b.subarray(0, Math.min(b.length, total - at)), at);
        at += b.length;
        if (at >= total) break;
      }
      return out;
    }
    toString(encoding, start, end) {
      start = start || 0;
      end = end === undefined ? this.length : Math.min(end, this.length);
      const enc = normalizeEncoding(encoding);
      if (enc === "utf8" && this._text !== undefined && start === 0 && end === this.length) return this._text;
      if (enc === "hex") {
        let s = "";
        for (let i = start; i < end; i++) s += (this[i] < 16 ? "0" : "") + this[i].toString(16);
        return s;
      }
      if (enc === "base64") return base64Encode(this.subarray(start, end));
      if (enc === "latin1" || enc === "ascii") {
        let s = "";
        for (let i = start; i < end; i++) s += String.fromCharCode(enc === "ascii" ? this[i] & 127 : this[i]);
        return s;
      }
      return utf8Decode(this, start, end);
    }
    toJSON() {
      return { type: "Buffer", data: Array.from(this) };
    }
    equals(other) {
      if (this.length !== other.length) return false;
      for (let i = 0; i < this.length; i++) if (this[i] !== other[i]) return false;
      return true;
    }
    write(string, offset) {
      const bytes = utf8Encode(string);
      this.set(bytes.slice(0, this.length - (offset || 0)), offset || 0);
      return Math.min(bytes.length, this.length - (offset || 0));
    }
    slice(start, end) {
      return this.subarray(start, end);
    }
    subarray(start, end) {
      const s = Uint8Array.prototype.subarray.call(this, start, end);
      return new Buffer(s.buffer, s.byteOffset, s.length);
    }
  }
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  function base64Encode(bytes) {
    let s = "";
    for (let i = 0; i < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
      s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < bytes.length ? B64[n & 63] : "=");
    }
    return s;
  }
  function base64Decode(s) {
    const bytes = [];
    let bits = 0;
    let acc = 0;
    for (const ch of s.replace(/[^A-Za-z0-9+/]/g, "")) {
      acc = (acc << 6) | B64.indexOf(ch);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((acc >> bits) & 255);
      }
    }
    return bytes;
  }
  function normalizeEncoding(e) {
    if (e === undefined || e === null) return "utf8";
    if (typeof e === "object") e = e.encoding;
    if (e === undefined || e === null) return "utf8";
    const l = String(e).toLowerCase();
    if (l === "utf-8" || l === "utf8") return "utf8";
    if (l === "binary") return "latin1";
    return l;
  }

    return { Buffer, utf8Encode, utf8Decode, normalizeEncoding };
  }
  //#end

  //#lazy
  function makeInspect() {
    "use strict";
  const kArray = 1;
  const kObject = 0;
  const IDENT = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

  function quoteString(s) {
    let q = "'";
    if (s.includes("'")) {
      if (!s.includes('"')) q = '"';
      else if (!s.includes("`") && !s.includes("${")) q = "`";
    }
    let r = q;
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      const c = s.charCodeAt(i);
      if (ch === q || ch === "\\") r += "\\" + ch;
      else if (ch === "\n") r += "\\n";
      else if (ch === "\t") r += "\\t";
      else if (ch === "\r") r += "\\r";
      else if (ch === "\b") r += "\\b";
      else if (ch === "\f") r += "\\f";
      else if (ch === "\v") r += "\\v";
      else if (c < 0x20 || c === 0x7f) r += "\\x" + (c < 16 ? "0" : "") + c.toString(16).toUpperCase();
      else r += ch;
    }
    return r + q;
  }

  function formatNumber(n) {
    return Object.is(n, -0) ? "-0" : String(n);
  }

  function fnName(fn) {
    const src = Function.prototype.toString.call(fn);
    const name = fn.name;
    if (/^class\b/.test(src)) {
      const proto = Object.getPrototypeOf(fn);
      const ext = proto && proto.name ? ` extends ${proto.name}` : "";
      return `[class ${name || "(anonymous)"}${ext}]`;
    }
    const kind = /^async\b/.test(src) ? (/^async\s*function\s*\*/.test(src) ? "AsyncGeneratorFunction" : "AsyncFunction") : /^function\s*\*/.test(src) ? "GeneratorFunction" : "Function";
    return name ? `[${kind}: ${name}]` : `[${kind} (anonymous)]`;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      total += output[i].length;
      if (total > ctx.breakLength) return false;
    }
    return base === "" || !base.includes("\n");
  }

  // Lays long arrays of short entries out in aligned columns, as Node does.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.extraItems) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
            padStart = false;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = "";
        let j = i;
        for (; j < max - 1; j++) {
          const cell = `${output[j]}, `;
          str += padStart ? cell.padStart(maxLineLength[j - i], " ") : cell.padEnd(maxLineLength[j - i], " ");
        }
        str += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, " ") : output[j];
        tmp.push(str);
      }
      if (ctx.extraItems) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    const entries = output.length;
    if (extrasType === kArray && entries > 6) output = groupArrayElements(ctx, output, value);
    if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
      const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const joined = output.join(", ");
        if (!joined.includes("\n")) return `${base ? `${base} ` : ""}${braces[0]} ${joined} ${braces[1]}`;
      }
    }
    const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }

  function formatKey(key) {
    if (typeof key === "symbol") return `[${key.toString()}]`;
    return IDENT.test(key) ? key : quoteString(key);
  }

  function constructorName(obj) {
    let proto = Object.getPrototypeOf(obj);
    while (proto) {
      const desc = Object.getOwnPropertyDescriptor(proto, "constructor");
      if (desc && typeof desc.value === "function" && desc.value.name !== "") return desc.value.name;
      proto = Object.getPrototypeOf(proto);
    }
    return null;
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (value === null) return "null";
    switch (typeof value) {
      case "undefined":
        return "undefined";
      case "string":
        return quoteString(value.length > 10000 ? value.slice(0, 10000) : value) + (value.length > 10000 ? `... ${value.length - 10000} more characters` : "");
      case "number":
        return formatNumber(value);
      case "bigint":
        return `${value}n`;
      case "boolean":
        return String(value);
      case "symbol":
        return value.toString();
      case "function":
        if (Object.keys(value).length === 0) return fnName(value);
    }
    if (ctx.seen.includes(value)) {
      ctx.circular = true;
      return "[Circular *1]";
    }
    if (typeof value === "object" && typeof value[inspect.custom] === "function") {
      const r = value[inspect.custom](ctx.depth - recurseTimes, ctx, inspect);
      if (typeof r === "string") return r;
      return formatValue(ctx, r, recurseTimes);
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatRaw(ctx, value, recurseTimes) {
    let keys = Object.keys(value);
    let base = "";
    let braces;
    let extrasType = kObject;
    let formatter;
    const name = constructorName(value);
    const prefix = (fallback, size) => {
      const n = name === null ? `[${fallback}: null prototype]` : name;
      const s = size !== undefined ? `(${size}) ` : name !== fallback || name === null ? " " : "";
      return n === fallback && size === undefined ? "" : `${n}${s}`.replace(/ $/, "") + " ";
    };
    if (Array.isArray(value)) {
      keys = keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
      const p = name === "Array" ? "" : prefix("Array", value.length);
      braces = [`${p}[`, "]"];
      extrasType = kArray;
      formatter = formatArray;
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    } else if (value instanceof Set) {
      const p = `${name || "Set"}(${value.size}) `;
      braces = [`${p}{`, "}"];
      formatter = (ctx, v, rt) => Array.from(v, (x) => indented(ctx, () => formatValue(ctx, x, rt)));
      if (value.size === 0 && keys.length === 0) return `${p}{}`;
    } else if (value instanceof Map) {
      const p = `${name || "Map"}(${value.size}) `;
      braces = [`${p}{`, "}"];
      formatter = (ctx, v, rt) => Array.from(v, ([k, x]) => indented(ctx, () => `${formatValue(ctx, k, rt)} => ${formatValue(ctx, x, rt)}`));
      if (value.size === 0 && keys.length === 0) return `${p}{}`;
    } else if (value instanceof Uint8Array && value.constructor && value.constructor.name === "Buffer") {
      let s = "<Buffer";
      for (let i = 0; i < Math.min(50, value.length); i++) s += " " + (value[i] < 16 ? "0" : "") + value[i].toString(16);
      if (value.length > 50) s += ` ... ${value.length - 50} more bytes`;
      return s + ">";
    } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      keys = keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
      braces = [`${name}(${value.length}) [`, "]"];
      extrasType = kArray;
      formatter = formatArray;
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    } else if (typeof value === "function") {
      base = fnName(value);
      braces = ["{", "}"];
      formatter = () => [];
    } else if (value instanceof Date) {
      return isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    } else if (value instanceof RegExp) {
      return RegExp.prototype.toString.call(value);
    } else if (value instanceof Error) {
      const stack = value.stack ? `${value.name}: ${value.message}\n${value.stack}`.replace(/\n$/, "") : `[${value.name}: ${value.message}]`;
      keys = keys.filter((k) => k !== "stack" && k !== "message");
      if (keys.length === 0) return stack;
      base = stack;
      braces = ["{", "}"];
      formatter = () => [];
    } else if (value instanceof Promise) {
      braces = ["Promise {", "}"];
      formatter = () => ["<pending>"];
    } else {
      braces = ["{", "}"];
      if (name === null) braces[0] = "[Object: null prototype] {";
      else if (name !== "Object") braces[0] = `${name} {`;
      formatter = () => [];
      if (keys.length === 0) return name === "Object" ? "{}" : `${braces[0]}}`;
    }
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      if (Array.isArray(value)) return "[Array]";
      return `[${name || "Object"}]`;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    const savedExtra = ctx.extraItems;
    ctx.extraItems = false;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (const k of keys) {
        ctx.indentationLvl += 2;
        output.push(`${formatKey(k)}: ${formatValue(ctx, value[k], recurseTimes)}`);
        ctx.indentationLvl -= 2;
      }
      if (ctx.showHidden && (Array.isArray(value) || ArrayBuffer.isView(value))) output.push(`[length]: ${value.length}`);
    } finally {
      ctx.seen.pop();
    }
    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    ctx.extraItems = savedExtra;
    return res;
  }

  function indented(ctx, f) {
    ctx.indentationLvl += 2;
    try {
      return f();
    } finally {
      ctx.indentationLvl -= 2;
    }
  }

  function formatArray(ctx, value, recurseTimes) {
    const output = [];
    const len = value.length;
    const shown = Math.min(100, len);
    let holes = 0;
    for (let i = 0; i < shown; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
        holes = 0;
      }
      ctx.indentationLvl += 2;
      output.push(formatValue(ctx, value[i], recurseTimes));
      ctx.indentationLvl -= 2;
    }
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
    if (len > shown) {
      output.push(`... ${len - shown} more item${len - shown > 1 ? "s" : ""}`);
      ctx.extraItems = true;
    }
    return output;
  }

  function inspect(value, opts) {
    const ctx = {
      depth: 2,
      breakLength: 80,
      compact: 3,
      indentationLvl: 0,
      currentDepth: 0,
      seen: [],
      extraItems: false,
    };
    if (opts && typeof opts === "object") {
      if ("depth" in opts) ctx.depth = opts.depth === Infinity ? null : opts.depth;
      if ("breakLength" in opts) ctx.breakLength = opts.breakLength;
      if ("compact" in opts) ctx.compact = opts.compact === false ? 0 : opts.compact;
      if (opts.showHidden) ctx.showHidden = true;
    }
    return formatValue(ctx, value, 0);
  }
  inspect.custom = Symbol.for("nodejs.util.inspect.custom");
  inspect.defaultOptions = { depth: 2, breakLength: 80, compact: 3 };

  function format(...args) {
    if (args.length === 0) return "";
    const first = args[0];
    let i = 1;
    let str = "";
    if (typeof first === "string") {
      if (args.length === 1) return first;
      let last = 0;
      for (let p = 0; p < first.length - 1; p++) {
        if (first[p] !== "%") continue;
        const c = first[p + 1];
        let rep;
        if (c === "%") {
          str += first.slice(last, p) + "%";
          last = p + 2;
          p++;
          continue;
        }
        if (i >= args.length) continue;
        const a = args[i];
        switch (c) {
          case "s":
            rep = typeof a === "string" ? a : typeof a === "bigint" ? `${a}n` : typeof a === "object" && a !== null ? inspect(a, { depth: 0 }) : formatNumberLike(a);
            break;
          case "d":
          case "i": {
            if (typeof a === "bigint") rep = `${a}n`;
            else if (typeof a === "symbol") rep = "NaN";
            else {
              const n = Number(a);
              rep = formatNumber(c === "i" ? Math.trunc(n) : n);
            }
            break;
          }
          case "f":
            rep = typeof a === "symbol" ? "NaN" : formatNumber(parseFloat(a));
            break;
          case "j":
            try {
              rep = JSON.stringify(a);
            } catch (_) {
              rep = "[Circular]";
            }
            break;
          case "o":
            rep = inspect(a, { depth: 4, showHidden: true });
            break;
          case "O":
            rep = inspect(a);
            break;
          case "c":
            rep = "";
            break;
          default:
            continue;
        }
        str += first.slice(last, p) + rep;
        last = p + 2;
        p++;
        i++;
      }
      str += first.slice(last);
    } else {
      i = 0;
    }
    for (; i < args.length; i++) {
      const a = args[i];
      str += (str.length > 0 || i > 0 ? " " : "") + (typeof a === "string" ? a : inspect(a));
    }
    return str;
  }
  function formatNumberLike(a) {
    return typeof a === "number" ? formatNumber(a) : String(a);
  }

    return { inspect, format, formatNumber };
  }
  //#end

  //#lazy
  function makeLoop(ctx) {
    "use strict";
    const { std, os, out, err, exitNow, osSetTimeout, state, fatal, exitProcess, inspect } = ctx;
    const stdinModule = ctx.stdinModule;
    class EventEmitter {
      constructor() {
        this._events = Object.create(null);
      }
      on(name, fn) {
        if (!this._events) this._events = Object.create(null);
        (this._events[name] || (this._events[name] = [])).push(fn);
        if (this._onListen) this._onListen(name);
        return this;
      }
      addListener(name, fn) {
        return this.on(name, fn);
      }
      prependListener(name, fn) {
        (this._events[name] || (this._events[name] = [])).unshift(fn);
        if (this._onListen) this._onListen(name);
        return this;
      }
      once(name, fn) {
        const wrapper = (...args) => {
          this.off(name, wrapper);
          fn.apply(this, args);
        };
        wrapper.listener = fn;
        return this.on(name, wrapper);
      }
      off(name, fn) {
        const list = this._events && this._events[name];
        if (list) {
          const i = list.findIndex((l) => l === fn || l.listener === fn);
          if (i >= 0) list.splice(i, 1);
        }
        return this;
      }
      removeListener(name, fn) {
        return this.off(name, fn);
      }
      removeAllListeners(name) {
        if (name === undefined) this._events = Object.create(null);
        else delete this._events[name];
        return this;
      }
      emit(name, ...args) {
        const list = this._events && this._events[name];
        if (!list || list.length === 0) {
          if (name === "error") throw args[0];
          return false;
        }
        for (const fn of list.slice()) fn.apply(this, args);
        return true;
      }
      listenerCount(name) {
        return (this._events && this._events[name] ? this._events[name].length : 0);
      }
      listeners(name) {
        return (this._events && this._events[name] ? this._events[name].slice() : []);
      }
      setMaxListeners() {
        return this;
      }
    }
    EventEmitter.EventEmitter = EventEmitter;
    EventEmitter.once = function (emitter, name) {
      return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
    };

    let now = 0; // virtual milliseconds since start
    let seq = 0;
    let timers = []; // sorted by (due, seq)
    let immediates = [];
    const ticks = [];
    let driverScheduled = false;
  
    function drainTicks() {
      while (ticks.length > 0) {
        const [fn, args] = ticks.shift();
        fn(...args);
      }
    }
    function runCallback(fn, args) {
      try {
        fn(...args);
        drainTicks();
      } catch (e) {
        fatal(e);
      }
    }
    function ensureDriver() {
      if (!driverScheduled && !state.exiting) {
        driverScheduled = true;
        osSetTimeout(step, 0);
      }
    }

    class Timeout {
      constructor(fn, ms, args, repeat) {
        ms = Number(ms);
        if (!(ms >= 1 && ms <= 2147483647)) ms = 1;
        this._fn = fn;
        this._args = args;
        this._ms = ms;
        this._repeat = repeat;
        this._ref = true;
        this._id = ++seq;
        this._schedule();
      }
      _schedule() {
        this._due = now + this._ms;
        this._seq = ++seq;
        let i = timers.length;
        while (i > 0 && (timers[i - 1]._due > this._due || (timers[i - 1]._due === this._due && timers[i - 1]._seq > this._seq))) i--;
        timers.splice(i, 0, this);
        ensureDriver();
      }
      ref() {
        this._ref = true;
        return this;
      }
      unref() {
        this._ref = false;
        return this;
      }
      hasRef() {
        return this._ref;
      }
      refresh() {
        clearTimer(this);
        this._schedule();
        return this;
      }
      close() {
        clearTimer(this);
        return this;
      }
      [Symbol.toPrimitive]() {
        return this._id;
      }
    }
    function clearTimer(t) {
      if (t == null) return;
      const i = timers.findIndex((x) => x === t || x._id === Number(t));
      if (i >= 0) timers.splice(i, 1);
    }
    class Immediate {
      constructor(fn, args) {
        this._fn = fn;
        this._args = args;
        immediates.push(this);
        ensureDriver();
      }
      ref() {
        return this;
      }
      unref() {
        return this;
      }
      hasRef() {
        return true;
      }
    }
    const timerApi = {
      setTimeout: (fn, ms, ...args) => new Timeout(fn, ms, args, false),
      setInterval: (fn, ms, ...args) => new Timeout(fn, ms, args, true),
      setImmediate: (fn, ...args) => new Immediate(fn, args),
      clearTimeout: clearTimer,
      clearInterval: clearTimer,
      clearImmediate: (im) => {
        const i = immediates.indexOf(im);
        if (i >= 0) immediates.splice(i, 1);
      },
    };

    // One callback per call: QuickJS drains promise jobs between calls, as Node
    // drains microtasks after each callback.
    let checkQueue = null;
    function step() {
      driverScheduled = false;
      // Node's loop starts a millisecond or more after the clock the main script's
      // timers were set by (bootstrap takes that long), so a zero-delay timer set by
      // the main script is due by the first iteration.
      if (now === 0) state.skew = now = 1;
      // Check phase: setImmediate callbacks queued before the phase began.
      if (checkQueue && checkQueue.length > 0) {
        const im = checkQueue.shift();
        ensureDriver();
        runCallback(im._fn, im._args);
        return;
      }
      checkQueue = null;
      // Timers phase: the earliest timer that is due.
      if (timers.length > 0 && timers[0]._due <= now) {
        const t = timers.shift();
        if (t._repeat) t._schedule();
        ensureDriver();
        runCallback(t._fn, t._args);
        return;
      }
      // Poll phase: stdin.
      if (stdinState.wanted && !stdinState.finished) {
        ensureDriver();
        stdinModule().deliver();
        return;
      }
      if (immediates.length > 0) {
        checkQueue = immediates;
        immediates = [];
        step();
        return;
      }
      const next = timers.find((t) => t._ref);
      if (next) {
        state.skew = now = Math.max(now, next._due);
        ensureDriver();
        return;
      }
      // Nothing is pending: let promise jobs run once more, then exit as Node does.
      osSetTimeout(finish, 0);
    }
    function finish() {
      if (driverScheduled || immediates.length > 0 || timers.some((t) => t._ref) || (stdinState.wanted && !stdinState.finished)) {
        ensureDriver();
        return;
      }
      try {
        process.emit("beforeExit", process.exitCode || 0);
      } catch (e) {
        fatal(e);
      }
      if (driverScheduled || immediates.length > 0 || timers.some((t) => t._ref)) return;
      exitProcess(process.exitCode === undefined ? 0 : process.exitCode);
    }
    const stdinState = { text: null, bytes: null, wanted: false, finished: false, pos: 0, encoding: null, flowing: false };
    function stdinText() {
      if (stdinState.text === null) stdinState.text = std.in.readAsString();
      return stdinState.text;
    }

    class WriteStream extends EventEmitter {
      constructor(file, fd) {
        super();
        this._file = file;
        this.fd = fd;
        this.isTTY = false;
        this.writable = true;
        this.columns = undefined;
      }
      write(chunk, encoding, cb) {
        if (typeof encoding === "function") cb = encoding;
        this._file.puts(typeof chunk === "string" ? chunk : chunk instanceof Uint8Array ? ctx.buffer().Buffer.prototype.toString.call(chunk) : String(chunk));
        if (typeof cb === "function") ticks.push([cb, []]);
        return true;
      }
      end(chunk, encoding, cb) {
        if (chunk !== undefined && typeof chunk !== "function") this.write(chunk, encoding);
        const done = [chunk, encoding, cb].find((x) => typeof x === "function");
        if (done) ticks.push([done, []]);
        this.emit("finish");
        return this;
      }
      cork() {}
      uncork() {}
    }

    const process = new EventEmitter();
    const hrtimeNs = () => BigInt(Math.round(now * 1e6)) + BigInt(Math.round((os.now ? os.now() : 0) * 1000));
    Object.assign(process, {
      argv: ["/usr/local/bin/node", "/main.js"],
      argv0: "node",
      execArgv: [],
      env: {},
      exitCode: undefined,
      platform: "linux",
      arch: "x64",
      pid: 1,
      ppid: 0,
      title: "node",
      version: "v20.0.0",
      versions: { node: "20.0.0" },
      release: { name: "node" },
      stdout: new WriteStream(out, 1),
      stderr: new WriteStream(err, 2),
      cwd: () => "/",
      chdir: () => {},
      umask: () => 0o22,
      uptime: () => now / 1000,
      memoryUsage: () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }),
      cpuUsage: () => ({ user: 0, system: 0 }),
      emitWarning: (w) => {
        err.puts(`(node) Warning: ${w}\n`);
      },
      nextTick: (fn, ...args) => {
        ticks.push([fn, args]);
        if (ticks.length === 1) queueMicrotask(drainTicks);
      },
      exit: (code) => {
        if (code !== undefined) process.exitCode = code;
        exitProcess(process.exitCode === undefined ? 0 : process.exitCode);
      },
      abort: () => exitNow(134),
      hrtime: Object.assign(
        (prev) => {
          const ns = hrtimeNs();
          let s = Number(ns / 1000000000n);
          let n = Number(ns % 1000000000n);
          if (prev) {
            s -= prev[0];
            n -= prev[1];
            if (n < 0) {
              s--;
              n += 1e9;
            }
          }
          return [s, n];
        },
        { bigint: hrtimeNs },
      ),
    });
    process.mainModule = undefined;
    Object.defineProperty(process, "stdin", { get: () => ctx.stdinModule().stdin, enumerable: true, configurable: true });

    // `for await` over an emitter: one value per `item` event until `end`.
    function eventIterator(emitter, item, end, alreadyDone, onReturn) {
      const queue = [];
      let done = alreadyDone;
      let waiting = null;
      const settle = (result) => {
        const w = waiting;
        waiting = null;
        w(result);
      };
      emitter.on(item, (v) => (waiting ? settle({ value: v, done: false }) : queue.push(v)));
      emitter.on(end, () => {
        done = true;
        if (waiting) settle({ value: undefined, done: true });
      });
      return {
        next: () => {
          if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
          if (done) return Promise.resolve({ value: undefined, done: true });
          return new Promise((r) => (waiting = r));
        },
        return: () => {
          onReturn();
          return Promise.resolve({ value: undefined, done: true });
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    }

    return { EventEmitter, eventIterator, process, timerApi, ensureDriver, drainTicks, runCallback, stdinState, stdinText, WriteStream };
  }
  //#end
  //#lazy
  function makeStdin(ctx) {
    "use strict";
    const { EventEmitter, eventIterator, stdinState, stdinText, ensureDriver, runCallback } = ctx;
    const { Buffer, normalizeEncoding } = ctx.buffer();
  function stdinBuffer() {
    if (stdinState.bytes === null) stdinState.bytes = Buffer.from(stdinText(), "utf8");
    return stdinState.bytes;
  }
  const CHUNK = 65536;
  function deliverStdin() {
    const text = stdinText();
    if (stdinState.pos < text.length && stdinState.flowing) {
      const piece = text.slice(stdinState.pos, stdinState.pos + CHUNK);
      stdinState.pos += piece.length;
      const chunk = stdinState.encoding ? piece : Buffer.from(piece, "utf8");
      runCallback(() => stdin.emit("data", chunk), []);
      return;
    }
    if (stdinState.pos >= text.length || !stdinState.flowing) {
      if (!stdinState.flowing && stdinState.pos < text.length) {
        // Paused with data left: nothing more happens until resume().
        stdinState.wanted = false;
        return;
      }
      stdinState.finished = true;
      runCallback(() => {
        stdin.readableEnded = true;
        stdin.emit("end");
        stdin.emit("close");
      }, []);
    }
  }
  class ReadStream extends EventEmitter {
    constructor() {
      super();
      this.fd = 0;
      this.isTTY = false;
      this.readable = true;
      this.readableEnded = false;
      this._onListen = (name) => {
        if (name === "data" || name === "end" || name === "readable") this.resume();
      };
    }
    setEncoding(enc) {
      stdinState.encoding = normalizeEncoding(enc);
      return this;
    }
    resume() {
      stdinState.flowing = true;
      if (!stdinState.finished) {
        stdinState.wanted = true;
        ensureDriver();
      }
      return this;
    }
    pause() {
      stdinState.flowing = false;
      return this;
    }
    read() {
      const text = stdinText();
      if (stdinState.pos >= text.length) return null;
      const rest = text.slice(stdinState.pos);
      stdinState.pos = text.length;
      return stdinState.encoding ? rest : Buffer.from(rest, "utf8");
    }
    pipe(dest) {
      this.on("data", (d) => dest.write(d));
      return dest;
    }
    unref() {
      return this;
    }
    ref() {
      return this;
    }
    [Symbol.asyncIterator]() {
      return eventIterator(this, "data", "end", false, () => {});
    }
  }
  const stdin = new ReadStream();

    return { stdin, stdinBuffer, deliver: deliverStdin };
  }
  //#end


  const bufferModule = once(makeBuffer);
  const inspectModule = once(makeInspect);
  const inspect = (v, o) => inspectModule().inspect(v, o);
  const formatNumber = (n) => (Object.is(n, -0) ? "-0" : String(n));
  // Plain strings and numbers (most console.log calls) need no inspect.
  function format(...args) {
    let text = "";
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const t = typeof a;
      if (t === "string") {
        if (i === 0 && args.length > 1 && a.includes("%")) return inspectModule().format(...args);
        text += (i ? " " : "") + a;
      } else if (t === "number") text += (i ? " " : "") + formatNumber(a);
      else if (t === "boolean" || a === undefined || a === null) text += (i ? " " : "") + String(a);
      else return inspectModule().format(...args);
    }
    return text;
  }


  // ------------------------------------------------------------ exit and errors
  // skew: milliseconds the event loop's virtual time is ahead of the run's clock.
  const state = { loop: null, exiting: false, skew: 0 };
  function printUncaught(e) {
    let text;
    if (e instanceof Error) {
      text = e.stack ? `${e.name}: ${e.message}\n${e.stack}` : `${e.name}: ${e.message}`;
      const extra = Object.keys(e).filter((k) => k !== "stack" && k !== "message");
      if (extra.length) text += " " + inspect(Object.fromEntries(extra.map((k) => [k, e[k]])));
    } else {
      text = `Uncaught ${inspect(e)}`;
    }
    // The candidate's own file name in its positions, and none of the harness's frames.
    const file = String(global.__filename || "/main.js").slice(1);
    text = text
      .split("\n")
      .filter((l) => !/^\s+at (evalScript \(native\)|.*<cmdline>)/.test(l))
      .join("\n")
      .replace(/<evalScript>/g, file);
    out.flush();
    err.puts(`${text.replace(/\n$/, "")}\n\nNode.js v20.0.0 (gradebox)\n`);
    err.flush();
  }
  function exitProcess(code) {
    if (!state.exiting) {
      state.exiting = true;
      if (state.loop) {
        try {
          state.loop.process.emit("exit", code);
        } catch (e) {
          printUncaught(e);
          code = 7;
        }
      }
    }
    out.flush();
    err.flush();
    exitNow(Number(code) | 0);
  }
  function fatal(e) {
    if (state.loop && state.loop.process.listenerCount("uncaughtException") > 0) {
      state.loop.process.emit("uncaughtException", e, "uncaughtException");
      return;
    }
    printUncaught(e);
    state.exiting = true;
    out.flush();
    exitNow(1);
  }

  // ------------------------------------------------------------ clocks
  // When the loop jumps to a timer (virtual time), the clocks a program reads jump with
  // it, as they would have moved in Node: Date.now(), new Date(), performance.now().
  // The wrappers are made the first time a program touches `Date` or `performance`.
  const RealDate = Date;
  const realPerformance = global.performance;
  const clocks = once(() => {
    const made = makeClocks({ state, RealDate, realPerformance });
    for (const name of ["Date", "performance"]) {
      Object.defineProperty(global, name, { value: made[name], writable: true, configurable: true, enumerable: false });
    }
    return made;
  });
  const clockMs = () => clocks().clockMs();

  //#lazy
  function makeClocks(ctx) {
    "use strict";
    const { state, RealDate, realPerformance } = ctx;
    const realNow = RealDate.now;
    const perfNow = realPerformance.now.bind(realPerformance);
    const wallMs = () => realNow() + state.skew;
    const clockMs = () => perfNow() + state.skew;
    function Date(...args) {
      if (!new.target) return new RealDate(wallMs()).toString();
      return Reflect.construct(RealDate, args.length ? args : [wallMs()], new.target);
    }
    Object.defineProperties(Date, {
      length: { value: 7 },
      prototype: { value: RealDate.prototype },
      now: { value: wallMs, writable: true, configurable: true },
      parse: { value: RealDate.parse, writable: true, configurable: true },
      UTC: { value: RealDate.UTC, writable: true, configurable: true },
    });
    Object.defineProperty(RealDate.prototype, "constructor", { value: Date, writable: true, configurable: true });
    // QuickJS's performance.now is read-only: the global becomes a new object over it.
    const performance = Object.create(realPerformance, {
      now: { value: clockMs, writable: true, enumerable: true, configurable: true },
    });
    return { Date, performance, clockMs };
  }
  //#end

  const ctx = { std, os, out, err, exitNow, osSetTimeout, state, fatal, exitProcess, inspect, format, buffer: () => bufferModule() };
  const loop = () => state.loop || (state.loop = makeLoop(ctx));
  ctx.stdinModule = once(() => makeStdin(Object.assign({ buffer: ctx.buffer }, loop())));

  // ------------------------------------------------------------ console
  const counts = new Map();
  const timersByLabel = new Map();
  let groupIndent = "";
  const line = (file, args) => {
    const text = format(...args);
    file.puts((groupIndent ? text.replace(/^/gm, groupIndent) : text) + "\n");
  };
  const console = {
    log: (...a) => line(out, a),
    info: (...a) => line(out, a),
    debug: (...a) => line(out, a),
    error: (...a) => line(err, a),
    warn: (...a) => line(err, a),
    trace: (...a) => line(err, ["Trace: " + format(...a)]),
    dir: (v, o) => line(out, [inspect(v, o)]),
    table: (v) => line(out, [inspect(v)]),
    assert: (cond, ...a) => {
      if (!cond) line(err, ["Assertion failed" + (a.length ? ": " + format(...a) : "")]);
    },
    count: (label = "default") => {
      counts.set(label, (counts.get(label) || 0) + 1);
      line(out, [`${label}: ${counts.get(label)}`]);
    },
    countReset: (label = "default") => counts.delete(label),
    group: (...a) => {
      if (a.length) line(out, a);
      groupIndent += "  ";
    },
    groupEnd: () => {
      groupIndent = groupIndent.slice(2);
    },
    time: (label = "default") => timersByLabel.set(label, clockMs()),
    timeEnd: (label = "default") => {
      console.timeLog(label);
      timersByLabel.delete(label);
    },
    timeLog: (label = "default") => {
      const start = timersByLabel.get(label);
      line(out, [`${label}: ${(clockMs() - (start === undefined ? clockMs() : start)).toFixed(3)}ms`]);
    },
  };
  console.groupCollapsed = console.group;



  // ------------------------------------------------------------ modules
  // The loop's parts, made only when a module that needs them is made.
  const internals = ctx;
  for (const name of ["EventEmitter", "eventIterator", "process", "stdinState", "stdinText"]) {
    Object.defineProperty(internals, name, { get: () => loop()[name], enumerable: true });
  }
  //#lazy
  function makeFs(ctx) {
    "use strict";
    const { stdinState, stdinText, process, out, err } = ctx;
    const { Buffer, normalizeEncoding } = ctx.buffer();
    const stdinBuffer = () => ctx.stdinModule().stdinBuffer();
    const stdin = () => ctx.stdinModule().stdin;
  function fsError(code, syscall, path) {
    const messages = { ENOENT: "no such file or directory", EACCES: "permission denied", EBADF: "bad file descriptor" };
    const e = new Error(`${code}: ${messages[code]}, ${syscall}${path !== undefined ? ` '${path}'` : ""}`);
    e.errno = code === "ENOENT" ? -2 : -13;
    e.code = code;
    e.syscall = syscall;
    if (path !== undefined) e.path = path;
    return e;
  }
  const isStdin = (p) => p === 0 || p === "/dev/stdin" || p === "/proc/self/fd/0" || p === "/dev/fd/0";
  const isStdout = (p) => p === 1 || p === "/dev/stdout";
  const isStderr = (p) => p === 2 || p === "/dev/stderr";
  const fs = {
    readFileSync(path, options) {
      if (isStdin(path)) {
        const enc = typeof options === "string" ? options : options && options.encoding;
        if (enc) {
          const text = stdinText().slice(stdinState.pos);
          stdinState.pos = stdinText().length;
          return normalizeEncoding(enc) === "utf8" ? text : Buffer.from(text, "utf8").toString(enc);
        }
        const rest = stdinState.pos === 0 ? stdinBuffer() : Buffer.from(stdinText().slice(stdinState.pos), "utf8");
        stdinState.pos = stdinText().length;
        return rest;
      }
      throw fsError("ENOENT", "open", String(path));
    },
    readSync(fd, buffer, offset, length) {
      if (!isStdin(fd)) throw fsError("EBADF", "read");
      if (typeof offset === "object" && offset !== null) ({ offset = 0, length = buffer.length - offset } = offset);
      offset = offset || 0;
      if (length === undefined) length = buffer.length - offset;
      const all = stdinBuffer();
      if (stdinState.bytePos === undefined) stdinState.bytePos = 0;
      const n = Math.min(length, all.length - stdinState.bytePos);
      buffer.set(all.subarray(stdinState.bytePos, stdinState.bytePos + n), offset);
      stdinState.bytePos += n;
      return n;
    },
    writeSync(fd, data) {
      const s = typeof data === "string" ? data : Buffer.prototype.toString.call(data);
      if (isStdout(fd)) out.puts(s);
      else if (isStderr(fd)) err.puts(s);
      else throw fsError("EBADF", "write");
      return s.length;
    },
    writeFileSync(path, data) {
      if (isStdout(path) || isStderr(path)) return void fs.writeSync(isStdout(path) ? 1 : 2, data);
      throw fsError("EACCES", "open", String(path));
    },
    appendFileSync(path, data) {
      return fs.writeFileSync(path, data);
    },
    existsSync: () => false,
    openSync(path) {
      if (isStdin(path)) return 0;
      if (isStdout(path)) return 1;
      throw fsError("ENOENT", "open", String(path));
    },
    closeSync() {},
    fstatSync: () => ({ size: stdinBuffer().length, isFile: () => false, isFIFO: () => true }),
    readFile(path, options, cb) {
      if (typeof options === "function") cb = options;
      let result, error = null;
      try {
        result = fs.readFileSync(path, typeof options === "function" ? undefined : options);
      } catch (e) {
        error = e;
      }
      process.nextTick(() => cb(error, result));
    },
    createReadStream(path) {
      if (isStdin(path)) return stdin();
      throw fsError("ENOENT", "open", String(path));
    },
    createWriteStream(path) {
      if (isStdout(path)) return process.stdout;
      if (isStderr(path)) return process.stderr;
      throw fsError("EACCES", "open", String(path));
    },
  };
  fs.promises = {
    readFile: (path, options) => new Promise((res, rej) => fs.readFile(path, options || {}, (e, d) => (e ? rej(e) : res(d)))),
    writeFile: async (path, data) => fs.writeFileSync(path, data),
  };
  fs.constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };

    return fs;
  }
  //#end

  //#lazy
  function makeReadline(ctx) {
    "use strict";
    const { EventEmitter, eventIterator } = ctx;
  class Interface extends EventEmitter {
    constructor(input, output) {
      super();
      if (input && typeof input === "object" && !(input instanceof EventEmitter) && input.input) {
        output = input.output;
        input = input.input;
      }
      this.input = input;
      this.output = output;
      this.terminal = false;
      this.closed = false;
      this.line = "";
      this._pending = "";
      this._paused = false;
      this._questions = [];
      this._prompt = "> ";
      this._onData = (chunk) => this._feed(typeof chunk === "string" ? chunk : chunk.toString());
      this._onEnd = () => {
        if (this._pending.length > 0) {
          const rest = this._pending;
          this._pending = "";
          this._emitLine(rest);
        }
        this.close();
      };
      input.on("data", this._onData);
      input.on("end", this._onEnd);
    }
    _feed(text) {
      let s = this._pending + text;
      let i;
      while ((i = s.search(/\r\n|\n|\r/)) !== -1) {
        const nl = s[i] === "\r" && s[i + 1] === "\n" ? 2 : 1;
        if (s[i] === "\r" && i + 1 === s.length) break; // maybe half of \r\n
        const lineText = s.slice(0, i);
        s = s.slice(i + nl);
        this._emitLine(lineText);
        if (this.closed) return;
      }
      this._pending = s;
    }
    _emitLine(text) {
      if (this._questions.length) {
        const cb = this._questions.shift();
        cb(text);
        return;
      }
      this.emit("line", text);
    }
    close() {
      if (this.closed) return;
      this.closed = true;
      this.input.off("data", this._onData);
      this.input.off("end", this._onEnd);
      this.emit("close");
    }
    pause() {
      this._paused = true;
      this.emit("pause");
      return this;
    }
    resume() {
      this._paused = false;
      this.emit("resume");
      return this;
    }
    setPrompt(p) {
      this._prompt = p;
    }
    getPrompt() {
      return this._prompt;
    }
    prompt() {
      if (this.output) this.output.write(this._prompt);
    }
    write(d) {
      if (this.output) this.output.write(d);
    }
    question(query, opts, cb) {
      if (typeof opts === "function") cb = opts;
      if (this.output) this.output.write(query);
      this._questions.push(cb);
    }
    [Symbol.asyncIterator]() {
      return eventIterator(this, "line", "close", this.closed, () => this.close());
    }
  }
  const readline = {
    Interface,
    createInterface: (input, output) => new Interface(input, output),
    clearLine: () => true,
    cursorTo: () => true,
    emitKeypressEvents: () => {},
  };
  const readlinePromises = {
    Interface,
    createInterface: (input, output) => {
      const rl = new Interface(input, output);
      const question = rl.question.bind(rl);
      rl.question = (q) => new Promise((r) => question(q, r));
      return rl;
    },
  };

    return { readline, readlinePromises };
  }
  //#end

  //#lazy
  function makeAssert(ctx) {
    "use strict";
    const { inspect } = ctx;
  class AssertionError extends Error {
    constructor(options) {
      super(options.message);
      this.name = "AssertionError";
      this.code = "ERR_ASSERTION";
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = options.operator;
      this.generatedMessage = !options.userMessage;
    }
  }
  function isDeepEqual(a, b, strict, seen = []) {
    if (strict ? Object.is(a, b) : a == b || (a !== a && b !== b)) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
    for (const [x, y] of seen) if (x === a && y === b) return true;
    seen.push([a, b]);
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [k, v] of a) if (!b.has(k) || !isDeepEqual(v, b.get(k), strict, seen)) return false;
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const v of a) if (!b.has(v) && ![...b].some((w) => isDeepEqual(v, w, strict, seen))) return false;
      return true;
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !isDeepEqual(a[k], b[k], strict, seen)) return false;
    return true;
  }
  function fail(actual, expected, message, operator, defaultMsg) {
    if (message instanceof Error) throw message;
    throw new AssertionError({ message: message || defaultMsg(), actual, expected, operator, userMessage: message !== undefined });
  }
  function makeAssert(strict) {
    const assert = (value, message) => assert.ok(value, message);
    Object.assign(assert, {
      AssertionError,
      ok: (value, message) => {
        if (!value) fail(value, true, message, "==", () => `The expression evaluated to a falsy value:\n\n  assert.ok(${inspect(value)})\n`);
      },
      equal: (a, b, m) => {
        if (strict ? !Object.is(a, b) : !(a == b || (a !== a && b !== b))) fail(a, b, m, strict ? "strictEqual" : "==", () => (strict ? `Expected values to be strictly equal:\n\n${inspect(a)} !== ${inspect(b)}\n` : `${inspect(a)} == ${inspect(b)}`));
      },
      notEqual: (a, b, m) => {
        if (strict ? Object.is(a, b) : a == b) fail(a, b, m, strict ? "notStrictEqual" : "!=", () => `${inspect(a)} != ${inspect(b)}`);
      },
      strictEqual: (a, b, m) => {
        if (!Object.is(a, b)) fail(a, b, m, "strictEqual", () => `Expected values to be strictly equal:\n\n${inspect(a)} !== ${inspect(b)}\n`);
      },
      notStrictEqual: (a, b, m) => {
        if (Object.is(a, b)) fail(a, b, m, "notStrictEqual", () => `Expected "actual" to be strictly unequal to: ${inspect(b)}`);
      },
      deepEqual: (a, b, m) => {
        if (!isDeepEqual(a, b, strict)) fail(a, b, m, strict ? "deepStrictEqual" : "deepEqual", () => `Expected values to be ${strict ? "strictly " : "loosely "}deep-equal:\n\n${inspect(a)}\n\nshould equal\n\n${inspect(b)}`);
      },
      deepStrictEqual: (a, b, m) => {
        if (!isDeepEqual(a, b, true)) fail(a, b, m, "deepStrictEqual", () => `Expected values to be strictly deep-equal:\n${inspect(a)}\n\nshould equal\n\n${inspect(b)}`);
      },
      notDeepStrictEqual: (a, b, m) => {
        if (isDeepEqual(a, b, true)) fail(a, b, m, "notDeepStrictEqual", () => `Expected "actual" not to be strictly deep-equal to: ${inspect(b)}`);
      },
      notDeepEqual: (a, b, m) => {
        if (isDeepEqual(a, b, strict)) fail(a, b, m, "notDeepEqual", () => `Expected "actual" not to be deep-equal to: ${inspect(b)}`);
      },
      throws: (fn, expected, m) => {
        try {
          fn();
        } catch (e) {
          if (typeof expected === "function" && expected.prototype !== undefined && !(e instanceof expected)) throw e;
          return;
        }
        fail(undefined, expected, typeof expected === "string" ? expected : m, "throws", () => "Missing expected exception.");
      },
      doesNotThrow: (fn) => fn(),
      rejects: async (p, expected, m) => {
        try {
          await (typeof p === "function" ? p() : p);
        } catch (_) {
          return;
        }
        fail(undefined, expected, m, "rejects", () => "Missing expected rejection.");
      },
      match: (s, re, m) => {
        if (!re.test(s)) fail(s, re, m, "match", () => `The input did not match the regular expression ${re}. Input:\n\n${inspect(s)}\n`);
      },
      fail: (m) => fail(undefined, undefined, m || "Failed", "fail", () => "Failed"),
    });
    if (strict) {
      assert.deepEqual = assert.deepStrictEqual;
      assert.notDeepEqual = assert.notDeepStrictEqual;
      assert.notEqual = assert.notStrictEqual;
    }
    return assert;
  }
  const assert = makeAssert(false);
  assert.strict = makeAssert(true);
  assert.strict.strict = assert.strict;

    return { assert, isDeepEqual };
  }
  //#end

  //#lazy
  function makeSmall(ctx) {
    "use strict";
    const { inspect, format, isDeepEqual } = ctx;
    const { normalizeEncoding, Buffer } = ctx.buffer();
  const util = {
    inspect,
    format,
    formatWithOptions: (_o, ...a) => format(...a),
    isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
    promisify: (fn) => (...args) => new Promise((res, rej) => fn(...args, (e, v) => (e ? rej(e) : res(v)))),
    inherits: (ctor, superCtor) => Object.setPrototypeOf(ctor.prototype, superCtor.prototype),
    deprecate: (fn) => fn,
    types: { isPromise: (p) => p instanceof Promise, isDate: (d) => d instanceof Date, isRegExp: (r) => r instanceof RegExp },
    isArray: Array.isArray,
    TextEncoder: undefined,
    TextDecoder: undefined,
  };
  const path = {
    sep: "/",
    delimiter: ":",
    basename: (p, ext) => {
      const b = p.replace(/\/+$/, "").split("/").pop();
      return ext && b.endsWith(ext) ? b.slice(0, -ext.length) : b;
    },
    dirname: (p) => p.replace(/\/+$/, "").replace(/\/[^/]*$/, "") || (p.startsWith("/") ? "/" : "."),
    extname: (p) => {
      const m = /[^/.](\.[^./]*)$/.exec(p);
      return m ? m[1] : "";
    },
    join: (...parts) => path.normalize(parts.filter((x) => x !== "").join("/")),
    resolve: (...parts) => path.normalize(["/", ...parts].reduce((acc, p) => (p.startsWith("/") ? p : acc + "/" + p))),
    normalize: (p) => {
      const abs = p.startsWith("/");
      const out = [];
      for (const seg of p.split("/")) {
        if (seg === "" || seg === ".") continue;
        if (seg === "..") {
          if (out.length && out[out.length - 1] !== "..") out.pop();
          else if (!abs) out.push("..");
        } else out.push(seg);
      }
      return (abs ? "/" : "") + out.join("/") || (abs ? "/" : ".");
    },
    isAbsolute: (p) => p.startsWith("/"),
  };
  path.posix = path;
  const nodeOs = { EOL: "\n", platform: () => "linux", cpus: () => [{}], totalmem: () => 2 ** 31, freemem: () => 2 ** 30, homedir: () => "/", tmpdir: () => "/tmp", hostname: () => "sandbox", type: () => "Linux", arch: () => "x64" };
  class StringDecoder {
    constructor(enc) {
      this.encoding = normalizeEncoding(enc);
    }
    write(buf) {
      return typeof buf === "string" ? buf : Buffer.prototype.toString.call(buf, this.encoding);
    }
    end(buf) {
      return buf ? this.write(buf) : "";
    }
  }

    return { util, path, nodeOs, StringDecoder };
  }
  //#end

  const fsModule = once(() => makeFs(internals));
  const readlineModule = once(() => makeReadline(internals));
  const assertModule = once(() => makeAssert(internals));
  const smallModule = once(() => makeSmall(Object.assign({ format, isDeepEqual: (a, b, s) => assertModule().isDeepEqual(a, b, s) }, internals)));
  // Each built-in module is made the first time it is required.
  const builtins = {
    fs: () => fsModule(),
    "fs/promises": () => fsModule().promises,
    readline: () => readlineModule().readline,
    "readline/promises": () => readlineModule().readlinePromises,
    util: () => smallModule().util,
    assert: () => assertModule().assert,
    "assert/strict": () => assertModule().assert.strict,
    process: () => loop().process,
    events: () => loop().EventEmitter,
    buffer: () => ({ Buffer: bufferModule().Buffer }),
    timers: () => loop().timerApi,
    "timers/promises": () => ({
      setTimeout: (ms, v) => new Promise((r) => loop().timerApi.setTimeout(() => r(v), ms)),
      setImmediate: (v) => new Promise((r) => loop().timerApi.setImmediate(() => r(v))),
    }),
    path: () => smallModule().path,
    os: () => smallModule().nodeOs,
    string_decoder: () => ({ StringDecoder: smallModule().StringDecoder }),
    // QuickJS's own modules, for programs written for qjs rather than Node.
    "qjs:std": () => std,
    "qjs:os": () => os,
  };
  const loaded = Object.create(null);
  function require(name) {
    const key = typeof name === "string" && name.startsWith("node:") ? name.slice(5) : name;
    if (Object.prototype.hasOwnProperty.call(builtins, key)) return loaded[key] || (loaded[key] = builtins[key]());
    const e = new Error(`Cannot find module '${name}'\nRequire stack:\n- /main.js`);
    e.code = "MODULE_NOT_FOUND";
    e.requireStack = ["/main.js"];
    throw e;
  }
  require.resolve = (name) => {
    require(name);
    return name;
  };
  require.cache = {};

  // Globals that need the event loop or Buffer make them on first touch; a program
  // may still assign its own.
  const lazyGlobal = (name, get) =>
    Object.defineProperty(global, name, {
      get,
      set(v) {
        Object.defineProperty(global, name, { value: v, writable: true, configurable: true, enumerable: false });
      },
      configurable: true,
    });
  for (const name of ["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate"]) {
    lazyGlobal(name, () => loop().timerApi[name]);
  }
  lazyGlobal("process", () => loop().process);
  lazyGlobal("Date", () => clocks().Date);
  lazyGlobal("performance", () => clocks().performance);
  lazyGlobal("Buffer", () => bufferModule().Buffer);
  Object.assign(global, { console, require, global });

  // After the main script: if nothing needed the event loop, exit once the promise
  // jobs have run (a zero-delay QuickJS timer fires after them); else hand over.
  function finishMain() {
    if (state.loop) return state.loop.ensureDriver();
    osSetTimeout(() => (state.loop ? state.loop.ensureDriver() : exitProcess(0)), 0);
  }
  global.__gradebox_node = {
    lazy,
    fatal,
    finishMain,
    drainTicks: () => state.loop && state.loop.drainTicks(),
    printUncaught,
    exitProcess,
  };
})(globalThis);
