// A small syntax highlighter: one regular expression per language splits the code into
// comments, strings, numbers, keywords and the rest. It colours; it never parses.
const JS_WORDS = "await break case catch class const continue debugger default delete do else export extends " +
  "false finally for function if import in instanceof let new null of return static super switch this throw " +
  "true try typeof undefined var void while with yield async";
const C_WORDS = "auto break case char const continue default do double else enum extern float for goto if " +
  "inline int long register restrict return short signed sizeof static struct switch typedef union unsigned " +
  "void volatile while bool true false NULL size_t";
const KEYWORDS = {
  python: "False None True and as assert async await break class continue def del elif else except finally " +
    "for from global if import in is lambda nonlocal not or pass raise return try while with yield match case " +
    "self print len range int str list dict set tuple",
  javascript: JS_WORDS,
  typescript: JS_WORDS + " interface type enum implements declare readonly abstract namespace keyof any " +
    "unknown never number string boolean private public protected as satisfies",
  c: C_WORDS,
  cpp: C_WORDS + " class namespace template typename using public private protected virtual override new " +
    "delete this nullptr auto constexpr std vector string map unordered_map operator friend try catch throw",
  wasm: "module func param result local global memory export import type table elem data start call " +
    "call_indirect br br_if br_table loop block if then else end return drop select unreachable nop mut " +
    "i32 i64 f32 f64",
};
const WORDS = {};
for (const k in KEYWORDS) WORDS[k] = new Set(KEYWORDS[k].split(" "));

const NUMBER = "0[xX][0-9a-fA-F_]+n?|0[bB][01_]+n?|0[oO][0-7_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?[jJnLlUuFf]*|\\.\\d+(?:[eE][+-]?\\d+)?";
const DQ = '"(?:\\\\.|[^"\\\\\\n])*"?';
const SQ = "'(?:\\\\.|[^'\\\\\\n])*'?";
const TOKENS = {
  python: ["#[^\\n]*", '[rRbBfFuU]{0,2}(?:"""[\\s\\S]*?(?:"""|$)|\'\'\'[\\s\\S]*?(?:\'\'\'|$)|' + DQ + "|" + SQ + ")"],
  javascript: ["//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|$)", DQ + "|" + SQ + "|`(?:\\\\.|[^`\\\\])*`?"],
  c: ["//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|$)|^[ \\t]*#[ \\t]*\\w+", DQ + "|" + SQ],
  wasm: [";;[^\\n]*|\\(;[\\s\\S]*?(?:;\\)|$)", DQ],
};
TOKENS.typescript = TOKENS.javascript;
TOKENS.cpp = TOKENS.c;

const PATTERNS = {};
function pattern(lang) {
  if (!PATTERNS[lang]) {
    const t = TOKENS[lang];
    PATTERNS[lang] = new RegExp("(" + t[0] + ")|(" + t[1] + ")|(" + NUMBER + ")|([A-Za-z_$][\\w$]*)", "gm");
  }
  return PATTERNS[lang];
}

/** The code as lines of HTML, each with its tokens wrapped in classed spans. */
function highlightLines(code, lang) {
  if (!TOKENS[lang]) lang = lang === "ts" ? "typescript" : lang === "c++" ? "cpp" : null;
  const out = [];
  let line = "";
  const push = (cls, text) => {
    const parts = text.split("\n");
    parts.forEach((p, k) => {
      if (k > 0) { out.push(line); line = ""; }
      if (p) line += cls ? '<span class="' + cls + '">' + shown(p) + "</span>" : shown(p);
    });
  };
  if (!lang) { push(null, code); out.push(line); return out; }
  const re = pattern(lang);
  const words = WORDS[lang];
  re.lastIndex = 0;
  let at = 0;
  let m;
  while ((m = re.exec(code)) !== null) {
    if (m[0] === "") { re.lastIndex++; continue; }
    if (m.index > at) push(null, code.slice(at, m.index));
    let cls = m[1] ? "tok-com" : m[2] ? "tok-str" : m[3] ? "tok-num" : null;
    if (m[4]) {
      cls = words.has(m[4]) ? "tok-kw" : code[re.lastIndex] === "(" ? "tok-fn" : null;
    }
    if (m[1] && lang.startsWith("c") && /^\s*#/.test(m[1])) cls = "tok-pre";
    push(cls, m[0]);
    at = re.lastIndex;
  }
  push(null, code.slice(at));
  out.push(line);
  return out;
}

/** The code with line numbers, highlighted, as an ordered list (copyable as text). */
function codeBlock(code, lang, label) {
  const lines = highlightLines(code, lang);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return '<div class="code" role="region" tabindex="0" aria-label="' + esc(label) + '"><ol>' +
    lines.map((l) => "<li><code>" + (l || " ") + "</code></li>").join("") + "</ol></div>";
}
