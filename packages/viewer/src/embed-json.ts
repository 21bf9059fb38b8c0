/**
 * Serialises data for a `<script type="application/json">` block. `<`, `>` and `&` become
 * `\u003c`-style escapes so that no `</script>` or `<!--` in the data can end the block; U+2028/2029
 * are escaped too so the text stays valid in any JS context.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => {
    return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
  });
}
