/**
 * @module cli/format-table
 * Plain-text columns for terminal listings; a cell may hold a second line (an error under a URL).
 */

/** Left-aligned columns separated by two spaces, header first; continuation lines are indented. */
export function formatTable(headers: string[], rows: string[][]): string {
  const firstLines = rows.map((row) => row.map((cell) => cell.split('\n')[0] ?? ''));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...firstLines.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const output = [line(headers)];
  rows.forEach((row, index) => {
    output.push(line(firstLines[index]!));
    for (const cell of row) {
      for (const extra of cell.split('\n').slice(1)) output.push(`    ${extra.trim()}`);
    }
  });
  return `${output.join('\n')}\n`;
}
