function parse(json: string): unknown {
  return JSON.parse(json);
}

const data = parse('{"items":[{"id":1,"tags":["a"]},{"id":2}]}') as { items: { id: number; tags?: string[] }[] };
const withTags = data.items.filter((i) => i.tags !== undefined);
console.log(withTags[0]!.tags!.length, <number>data.items.length);
let maybe: string | null = Math.random() > 2 ? null : "set";
console.log(maybe!.toUpperCase());
