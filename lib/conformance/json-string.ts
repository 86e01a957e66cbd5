/**
 * Kind of a string in Terraform's JSON syntax, where every string is a template.
 *
 * - `literal`: no `${...}` or `%{...}` sequence, so the value is the text itself.
 * - `expression`: exactly one `${...}` interpolation and nothing around it, so the value has the type of
 *   the expression, which only Terraform determines.
 * - `template`: interpolations or directives mixed with text, so the value is a string.
 */
export type JsonStringKind = 'literal' | 'expression' | 'template';

/** Classifies a JSON string value as a literal, a single expression or a string template. */
export function classifyJsonString(text: string): JsonStringKind {
  let hasSequence = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const introducesSequence = char === '$' || char === '%';

    // `$${` and `%%{` are escapes for a literal `${` and `%{`.
    if (introducesSequence && text[index + 1] === char && text[index + 2] === '{') {
      index += 3;
      continue;
    }

    if (introducesSequence && text[index + 1] === '{') {
      const end = findSequenceEnd(text, index + 2);
      if (end < 0) {
        // An unbalanced sequence is a syntax error that Terraform reports itself. The check treats the
        // value as an expression so that a scanner gap (such as a heredoc inside `${...}`) never
        // produces a finding.
        return 'expression';
      }
      if (char === '$' && index === 0 && end === text.length - 1) {
        return 'expression';
      }
      hasSequence = true;
      index = end + 1;
      continue;
    }

    index++;
  }
  return hasSequence ? 'template' : 'literal';
}

/** Returns the index of the `}` closing a sequence whose contents start at `start`, or -1 when unbalanced. */
function findSequenceEnd(text: string, start: number): number {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      index = skipQuotedString(text, index);
      if (index < 0) {
        return -1;
      }
      continue;
    }
    if (char === '{') {
      depth++;
    } else if (char === '}') {
      if (depth === 0) {
        return index;
      }
      depth--;
    }
    index++;
  }
  return -1;
}

/** Returns the index after the quoted string starting at `start`, or -1 when it never closes. */
function skipQuotedString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '"') {
      return index + 1;
    }

    // A quoted string inside an expression is a template too, so it can hold `${...}` with its own quotes.
    const introducesSequence = char === '$' || char === '%';
    if (introducesSequence && text[index + 1] === char && text[index + 2] === '{') {
      index += 3;
      continue;
    }
    if (introducesSequence && text[index + 1] === '{') {
      const end = findSequenceEnd(text, index + 2);
      if (end < 0) {
        return -1;
      }
      index = end + 1;
      continue;
    }

    index++;
  }
  return -1;
}
