/**
 * @module parse/community/reddit/clean-markdown
 * Light cleaning of Reddit-flavoured markdown into plain text: markers go, words and line structure stay.
 */
import { decodeHTML } from 'entities';
import { normaliseParagraphs } from '../../../extract/html-to-text.js';

const FENCE_LINE = /^\s*(```|~~~).*$/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const QUOTE_MARKER = /^\s*(>\s?)+/;
const LIST_MARKER = /^\s*([*+-]|\d+[.)])\s+/;
const HORIZONTAL_RULE = /^\s*([*_-]\s*){3,}$/;
/** Markdown's indented code: four spaces or a tab; each such line keeps its own paragraph. */
const CODE_LINE = /^( {4}|\t)\S/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Plain text of a markdown body. Removes heading, quote and list markers (a list item becomes its
 * own paragraph), code fences and rules; keeps link and image text without the URL, drops emphasis,
 * strike-through, superscript and inline-code markers, unescapes `\*` and decodes HTML entities;
 * an indented code line is kept verbatim as its own paragraph.
 * Quoted lines keep their words: a quote is part of what the author chose to post.
 */
export function cleanMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const cleaned: string[] = [];
  for (const line of lines) {
    if (FENCE_LINE.test(line) || HORIZONTAL_RULE.test(line) || TABLE_RULE.test(line)) {
      cleaned.push('');
      continue;
    }
    let text = line.replace(QUOTE_MARKER, '');
    if (CODE_LINE.test(text)) {
      cleaned.push('', text.trim(), '');
      continue;
    }
    const isListItem = LIST_MARKER.test(text) || HEADING.test(text);
    text = text.replace(HEADING, '').replace(LIST_MARKER, '');
    text = cleanInline(text);
    // A list item or heading stands apart from the lines around it.
    if (isListItem) cleaned.push('', text, '');
    else cleaned.push(text);
  }
  return normaliseParagraphs(cleaned.join('\n'));
}

/** Stands in for a backslash-escaped character until the markers around it are gone (a private-use code point). */
const ESCAPE_MARK = '\uE000';

function cleanInline(text: string): string {
  const escaped: string[] = [];
  const cleaned = text
    .replace(
      /\\([\\`*_{}[\]()#+\-.!>~^|])/g,
      (_match, character: string) => `${ESCAPE_MARK}${escaped.push(character) - 1}${ESCAPE_MARK}`,
    )
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\^\(([^)]*)\)/g, '$1')
    .replace(/(^|\s)\^(?=\S)/g, '$1')
    .replace(/&nbsp;/g, ' ');
  return decodeHTML(
    cleaned.replace(
      new RegExp(`${ESCAPE_MARK}(\\d+)${ESCAPE_MARK}`, 'g'),
      (_match, index: string) => escaped[Number(index)]!,
    ),
  );
}
