/** A relative link to a path inside the release: each segment percent-encoded, so no scheme or query can sneak in. */
export function relativeHref(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map(encodeURIComponent)
    .join('/');
}
