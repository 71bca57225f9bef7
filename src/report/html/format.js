// Text for the page. Everything from the data goes through esc() or shown(): a
// candidate's output is hostile and must never become markup.
const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function esc(s) { return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]); }

// Control characters (and the bidirectional overrides of "Trojan source") become
// visible symbols instead of acting on the page: ESC shows as ␛, CR as ␍, a
// right-to-left override as [U+202E].
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function shown(s) {
  return esc(s).replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    const hex = "U+" + code.toString(16).toUpperCase().padStart(4, "0");
    const glyph = code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "[" + hex + "]";
    return '<span class="ctl" title="' + hex + '">' + glyph + "</span>";
  });
}

function fuel(n) {
  if (n >= 1e9) return (n / 1e9).toFixed(1) + "G";
  if (n >= 1e6) return (n / 1e6).toFixed(1) + "M";
  if (n >= 1e3) return (n / 1e3).toFixed(0) + "k";
  return String(n);
}

function bytes(n) {
  if (n >= 1 << 30) return (n / (1 << 30)).toFixed(1) + " GiB";
  if (n >= 1 << 20) return (n / (1 << 20)).toFixed(1) + " MiB";
  if (n >= 1 << 10) return (n / (1 << 10)).toFixed(0) + " KiB";
  return n + " B";
}

function pct(x) { return x === null || x === undefined ? "n/a" : (x * 100).toFixed(1) + "%"; }
function num(x, places) { return x === null || x === undefined ? "n/a" : x.toFixed(places === undefined ? 3 : places); }
function count(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many || one + "s"); }

/** A verdict as a coloured badge (colour and text, so it never depends on colour alone). */
function badge(v) {
  const name = verdictName(v);
  return '<span class="badge v-' + name + '">' + esc(name) + "</span>";
}
