/**
 * @module cli/format-table
 * Plain-text columns for terminal listings; a cell may hold a second line (an error under a URL).
 * Everything printed to a terminal passes {@link terminalText}: titles and errors come from remote bodies.
 */
import { stripControlCharacters } from '../sources/strip-control-characters.js';

/**
 * `text` safe to write to a terminal: no escape sequences (colours, cursor moves, window titles,
 * hyperlinks), no NUL or other control characters; line feeds are kept, tabs become spaces.
 */
export function terminalText(text: string): string {
  return stripControlCharacters(text, { keepNewlines: true });
}

/** Left-aligned columns separated by two spaces, header first; continuation lines are indented. */
export function formatTable(headers: string[], rows: string[][]): string {
  const cleanRows = rows.map((row) => row.map(terminalText));
  const firstLines = cleanRows.map((row) => row.map((cell) => cell.split('\n')[0] ?? ''));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...firstLines.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const output = [line(headers.map(terminalText))];
  cleanRows.forEach((row, index) => {
    output.push(line(firstLines[index]!));
    for (const cell of row) {
      for (const extra of cell.split('\n').slice(1)) output.push(`    ${extra.trim()}`);
    }
  });
  return `${output.join('\n')}\n`;
}
