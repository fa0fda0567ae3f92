// Word-sized repeats for phrase patterns. The phrase table bounds every `+` at 60 characters; a long pattern
// with many `\s+` and `\w+` can then match more than an entry may (1,200 characters) although no real phrase
// comes near it. Here a run of spaces is at most 4 characters and a word at most 24.
export function tight(source: string): string {
  return source.replace(/\\s\+/g, String.raw`\s{1,4}`).replace(/\\w\+/g, String.raw`\w{1,24}`);
}
