/** The share token in a URL's hash (`#p=v1.…`, what Certpath writes) or query (`?p=v1.…`). */
export function readShareToken(search: string, hash: string): string | null {
  const fromHash = /^#p=(.*)$/s.exec(hash)?.[1];
  if (fromHash !== undefined) return safeDecode(fromHash);
  const fromQuery = new URLSearchParams(search).get('p');
  // URLSearchParams already turned "+" into " "; the decoder turns it back.
  return fromQuery;
}

/** The example a landing-page link asks for (`?example=student`), or null. */
export function readExampleId(search: string): string | null {
  return new URLSearchParams(search).get('example');
}

/** The query without `p` or `example` (other parameters stay), for replacing the address once read. */
export function searchWithoutToken(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('p');
  params.delete('example');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

// A hand-edited link may hold a broken %-escape; the decoder then names the problem.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
