function parse(json) {
  return JSON.parse(json);
}

const data = parse('{"items":[{"id":1,"tags":["a"]},{"id":2}]}');
const withTags = data.items.filter((i) => i.tags !== undefined);
console.log(withTags[0].tags.length, data.items.length);
let maybe = Math.random() > 2 ? null : "set";
console.log(maybe.toUpperCase());
