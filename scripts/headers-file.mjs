// Reads a `_headers` file (the format of Netlify and Cloudflare Pages) and applies it to a path.

/** Rules: a path pattern (a trailing `*` matches the rest) and its indented `Name: value` lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const at = line.indexOf(':');
    if (at > 0 && rules.length > 0)
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return rules;
}

const matches = (pattern, path) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/** The rules that match `path`: every one applies, as on Netlify and Cloudflare Pages. */
export function rulesFor(rules, path) {
  return rules.filter((r) => matches(r.pattern, path));
}

/** The headers `path` gets. */
export function headersFor(rules, path) {
  return Object.assign({}, ...rulesFor(rules, path).map((r) => r.headers));
}
