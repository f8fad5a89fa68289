import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './html.js';

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const hostile = `"><img src=x onerror=alert(1)>&'`;
    const markup = html`<a title="${hostile}">${hostile}</a>`.toString();
    expect(markup).toBe(
      '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;</a>',
    );
  });

  it('keeps markup built by html and escapes strings inside lists', () => {
    const items = ['<b>', 'ok'].map((text) => html`<li>${text}</li>`);
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul><li>&lt;b&gt;</li><li>ok</li></ul>');
  });

  it('prints nothing for null, undefined and false, and numbers as digits', () => {
    expect(html`[${null}${undefined}${false}${0}${12.5}]`.toString()).toBe('[012.5]');
  });

  it('does not treat a plain string that looks like markup as safe', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
