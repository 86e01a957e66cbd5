import { Token } from 'cdktf';

/**
 * True when `value` is a string holding a reference that Terraform resolves at plan time: a cdktf
 * token (`${TfToken[...]}`) or a Terraform interpolation written by hand (`${var.name}`). Policy
 * text treats such a reference as an opaque word, so checks look only at the literal text around it.
 */
export function containsReference(value: unknown): boolean {
  return typeof value === 'string' && (Token.isUnresolved(value) || value.includes('${'));
}

/**
 * True when `value` is the string that cdktf puts in an array to stand for a whole list token, as
 * the one element of `variable.listValue` or `Token.asList(...)` is.
 */
export function isListTokenElement(value: unknown): boolean {
  // Token.isUnresolved tests one-element arrays for the list marker (`#{TfToken[...]}`), and strings only for the string marker.
  return typeof value === 'string' && !Token.isUnresolved(value) && Token.isUnresolved([value]);
}

/**
 * Returns the position after the reference that starts with `${` at `start`, or undefined when the
 * braces do not close. Braces inside double-quoted strings of the interpolation do not count.
 */
export function referenceEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let position = start + 1; position < text.length; position += 1) {
    const character = text[position];
    if (inString) {
      if (character === '\\') {
        position += 1;
      } else if (character === '"') {
        inString = false;
      }
    } else if (character === '"') {
      inString = true;
    } else if (character === '{') {
      depth += 1;
    } else if (character === '}') {
      depth -= 1;
      if (depth === 0) {
        return position + 1;
      }
    }
  }
  return undefined;
}

/** True when `text` consists of references and whitespace only, such as `${TfToken[TOKEN.1]}`. */
export function isReferenceOnly(text: string): boolean {
  let found = false;
  let position = 0;
  while (position < text.length) {
    const end = text.startsWith('${', position) ? referenceEnd(text, position) : undefined;
    if (end !== undefined) {
      found = true;
      position = end;
    } else if (/\s/.test(text[position])) {
      position += 1;
    } else {
      return false;
    }
  }
  return found;
}
