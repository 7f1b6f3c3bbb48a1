import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/render.ts';

describe('renderMarkdown', () => {
  test('keeps ordinary Markdown', () => {
    expect(renderMarkdown('## Context\n\nA [source](https://www.ohchr.org/) and **bold** text.')).toBe(
      '<h2>Context</h2>\n<p>A <a href="https://www.ohchr.org/">source</a> and <strong>bold</strong> text.</p>',
    );
  });

  test.each([
    ['a script', '<script>alert(1)</script>', /<script/i],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /<iframe/i],
    ['an event handler', 'Text <img src="x.png" onerror="alert(1)">', /onerror/i],
    ['a comment', '<!-- hidden -->', /<!--/],
    ['a javascript: link', '[x](JaVaScRiPt:alert(1))', /javascript:/i],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:/i],
    ['a remote image', '![A plenary](https://cdn.example.org/p.jpg)', /cdn\.example\.org/],
  ])('removes %s even when the validator was bypassed', (_, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  test('keeps local images with their alternative text', () => {
    expect(renderMarkdown('![A plenary](/images/p.jpg)')).toBe('<p><img src="/images/p.jpg" alt="A plenary"></p>');
  });
});
