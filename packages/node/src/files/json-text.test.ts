import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it('parses JSON', () => {
    expect(parseJsonText('{"a": [1, "x", null, true]}')).toEqual({
      ok: true,
      value: { a: [1, 'x', null, true] },
    });
  });
  it.each([
    ['{\n "schema": "lens-share/1",\n "items": [,]\n}\n', 3, 12],
    ['{"a": 1,}', 1, 9],
    ['{"a": 1', 1, 8],
    ['[1, 2]\nx', 2, 1],
    ['{"a": tru}', 1, 7],
  ])('names the line and column where %j breaks', (text, line, column) => {
    expect(parseJsonText(text)).toMatchObject({ ok: false, line, column });
  });
});
