function is_palindrome(s) {
  const t = s.toLowerCase().replace(/ /g, "");
  return t === t.split("").reverse().join("");
}
