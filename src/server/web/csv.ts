/** CSV files for Excel, shared by the exports. */

/**
 * A CSV document that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends, every
 * field quoted. A field starting with =, +, - or @ would make Excel evaluate it as a formula: it is
 * prefixed with an apostrophe so that it stays text.
 */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const quote = (value: string) => `"${value.replace(/^[=+\-@\t\r]/u, "'$&").replace(/"/g, '""')}"`;
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
