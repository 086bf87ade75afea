/**
 * One press release is a few kilobytes; a 10 MB "document" is almost always a dump or a
 * mistake, and annotating it would take gigabytes of memory. Callers may raise the limit.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function tooLarge(size: number, maxBytes: number): string {
  return `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit for one document; split it into documents or raise --max-mb`;
}
