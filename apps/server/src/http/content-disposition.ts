/**
 * A Content-Disposition header for a file name from anywhere (RFC 6266, RFC 5987): an ASCII
 * fallback (`filename`, non-ASCII and quoting characters replaced by `_`) and the exact name,
 * percent-encoded in UTF-8 (`filename*`), which browsers prefer.
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const base = fileName.replace(/[\\/]/g, '_');
  const ascii = base.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(base).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
