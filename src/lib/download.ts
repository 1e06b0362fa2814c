/** Saves an address (a `blob:` or `data:` URL) as a file named `filename`. */
export function downloadUrl(filename: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves text as a file through a temporary blob: link (nothing leaves the browser). */
export function downloadFile(filename: string, parts: string | BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(typeof parts === 'string' ? [parts] : parts, { type }));
  downloadUrl(filename, url);
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Architect, evenings!" → "architect-evenings": safe in a file name on every system. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'plan';
}
