/**
 * Parses JSON, and when it is not JSON says where: the line and column of the first character
 * that breaks it (V8's own message gives no position for many errors). For files people hand over.
 */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const offset = firstError(text);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const found = offset < text.length ? `"${text[offset]}"` : 'the end of the file';
    const message = e instanceof Error ? e.message.split(',')[0]! : 'not JSON';
    return { ok: false, line, column, message: `${message}: unexpected ${found}` };
  }
}

class Stop extends Error {
  constructor(readonly at: number) {
    super(`JSON breaks at ${at}`);
  }
}

/** The offset of the first character a JSON parser would refuse (a small recursive descent). */
function firstError(s: string): number {
  let i = 0;
  const ws = () => {
    while (i < s.length && ' \t\n\r'.includes(s[i]!)) i++;
  };
  const fail = (): never => {
    throw new Stop(i);
  };
  const literal = (word: string) => {
    if (s.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < s.length && s[i] !== '"') {
      if (s[i] === '\\') i++;
      else if (s.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= s.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') return void i++;
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        string();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value();
    ws();
    if (i < s.length) fail();
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
  return s.length;
}
