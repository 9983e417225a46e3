// @vitest-environment happy-dom
// The editor converts with the browser's parser, the server with parse5: the
// same clipboard gives the same Markdown either way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownFromHtml as viaDom } from './markdown-from-dom';
import { markdownFromHtml as viaParse5 } from './markdown-from-html';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../e2e/fixtures/paste', name), 'utf8');

describe('the two HTML parsers agree', () => {
  for (const name of ['word.html', 'docs.html']) {
    it(`on the ${name} clipboard`, () => {
      const dom = viaDom(fixture(name));
      expect(dom.markdown).toContain('[^1]:');
      expect(dom).toEqual(viaParse5(fixture(name)));
    });
  }
});
