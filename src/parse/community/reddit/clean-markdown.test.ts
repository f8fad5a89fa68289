import { describe, expect, it } from 'vitest';
import { cleanMarkdown } from './clean-markdown.js';

describe('cleanMarkdown', () => {
  it('keeps link and image text and drops their URLs', () => {
    expect(cleanMarkdown('See [the notes](https://x.example/a_(b)) and ![a chart](https://x.example/c.png).')).toBe(
      'See the notes and a chart.',
    );
  });

  it('drops emphasis, strike-through and inline code markers but not snake_case or lone asterisks', () => {
    expect(cleanMarkdown('**bold** *it* ~~gone~~ `code` my_var_name 2 * 3 * 4')).toBe(
      'bold it gone code my_var_name 2 * 3 * 4',
    );
  });

  it('turns list items and headings into paragraphs of their own', () => {
    expect(cleanMarkdown('# Notes\nIntro line\n- one\n- two\n1. three')).toBe(
      'Notes\n\nIntro line\n\none\n\ntwo\n\nthree',
    );
  });

  it('keeps quoted words without the quote marker', () => {
    expect(cleanMarkdown('> earlier point\n\nMy answer')).toBe('earlier point\n\nMy answer');
  });

  it('keeps each indented code line apart', () => {
    expect(cleanMarkdown('Try:\n\n    make clean\n    make all\n\nDone')).toBe(
      'Try:\n\nmake clean\n\nmake all\n\nDone',
    );
  });

  it('decodes entities and backslash escapes', () => {
    expect(cleanMarkdown('Fish &amp; chips \\*not italic\\*')).toBe('Fish & chips *not italic*');
  });
});
