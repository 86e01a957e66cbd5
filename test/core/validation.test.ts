import { Fn, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import { forEachKnown, formatValue, isUnresolved, isUnresolvedList, OciValidationError, Validator } from '../../lib/core/validation';

function variables() {
  const stack = new TerraformStack(Testing.app(), 'test');
  return {
    stack,
    list: new TerraformVariable(stack, 'list', { type: 'list(string)' }),
    numbers: new TerraformVariable(stack, 'numbers', { type: 'list(number)' }),
    text: new TerraformVariable(stack, 'text', { type: 'string' }),
  };
}

/** Runs `record` on a fresh validator and returns the lines of the error it throws, or [] when it records nothing. */
function problems(record: (validator: Validator) => void): string[] {
  const stack = new TerraformStack(Testing.app(), 'test');
  const validator = new Validator(new Construct(stack, 'thing'), 'Thing');
  record(validator);
  try {
    validator.throwIfInvalid();
  } catch (error) {
    expect(error).toBeInstanceOf(OciValidationError);
    const [header, ...lines] = (error as Error).message.split('\n');
    expect(header).toBe("Thing 'test/thing' has invalid configuration:");
    return lines;
  }
  return [];
}

describe('isUnresolved', () => {
  test('string list token element', () => {
    const { list } = variables();
    expect(list.listValue).toHaveLength(1);
    expect(Token.isUnresolved(list.listValue[0])).toBe(false);
    expect(isUnresolved(list.listValue[0])).toBe(true);
  });

  test('number list token element', () => {
    const { numbers } = variables();
    const elements = Token.asNumberList(numbers.value);
    expect(isUnresolved(elements[0])).toBe(true);
  });

  test('list token element inside a literal list', () => {
    const { list } = variables();
    expect(isUnresolved(['sg-a', ...list.listValue])).toBe(true);
  });

  test('string, number and element tokens', () => {
    const { list, text } = variables();
    expect(isUnresolved(text.stringValue)).toBe(true);
    expect(isUnresolved(`prefix-${text.stringValue}`)).toBe(true);
    expect(isUnresolved(text.numberValue)).toBe(true);
    expect(isUnresolved(Fn.element(list.listValue, 0))).toBe(true);
  });

  test('literals are resolved', () => {
    expect(isUnresolved('#{not a token}')).toBe(false);
    expect(isUnresolved(['a', 'b'])).toBe(false);
    expect(isUnresolved(3)).toBe(false);
    expect(isUnresolved(undefined)).toBe(false);
    expect(isUnresolved(null)).toBe(false);
  });
});

describe('isUnresolvedList', () => {
  test('token lists', () => {
    const { list, numbers } = variables();
    expect(isUnresolvedList(list.listValue)).toBe(true);
    expect(isUnresolvedList(Token.asNumberList(numbers.value))).toBe(true);
    expect(isUnresolvedList(['a', ...list.listValue])).toBe(true);
  });

  test('literal list with a token string', () => {
    const { text } = variables();
    expect(isUnresolvedList(['a', text.stringValue])).toBe(false);
    expect(isUnresolvedList([])).toBe(false);
    expect(isUnresolvedList('a')).toBe(false);
  });
});

describe('forEachKnown', () => {
  test('skips a token list', () => {
    const { list } = variables();
    const seen: unknown[] = [];
    forEachKnown(list.listValue, (item) => seen.push(item));
    expect(seen).toEqual([]);
  });

  test('skips token elements and keeps indexes', () => {
    const { text } = variables();
    const seen: Array<[string, number]> = [];
    forEachKnown(['a', text.stringValue, 'c'], (item, index) => seen.push([item, index]));
    expect(seen).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
  });

  test('undefined and non-lists', () => {
    const seen: unknown[] = [];
    forEachKnown(undefined, (item) => seen.push(item));
    forEachKnown('abc' as any, (item) => seen.push(item));
    expect(seen).toEqual([]);
  });
});

describe('Validator.check', () => {
  test('skips list token elements', () => {
    const { list } = variables();
    expect(problems((validator) => validator.check('nsgOcids[0]', list.listValue[0], false, 'is not an OCID'))).toEqual([]);
  });

  test('records known values', () => {
    expect(problems((validator) => validator.check('count', 0, false, 'must be at least 1'))).toEqual(['  - count: 0 must be at least 1']);
  });
});

describe('Validator type checks', () => {
  test('requireString', () => {
    expect(problems((validator) => validator.requireString('name', 123))).toEqual(['  - name: 123 must be a string']);
    expect(problems((validator) => validator.requireString('name', null))).toEqual(['  - name: null must be a string']);
    expect(problems((validator) => validator.requireString('name', undefined))).toEqual([]);
    expect(problems((validator) => validator.requireString('name', undefined, { missing: 'set a name' }))).toEqual([
      '  - name: undefined is missing: set a name',
    ]);
  });

  test('requireString results', () => {
    const { stack, text } = variables();
    const validator = new Validator(stack, 'Thing');
    expect(validator.requireString('a', 'web')).toBe(true);
    expect(validator.requireString('b', text.stringValue)).toBe(true);
    expect(validator.requireString('c', undefined)).toBe(false);
    expect(validator.requireString('d', 5)).toBe(false);
    expect(validator.recorded.map((problem) => problem.property)).toEqual(['d']);
  });

  test('requireBoolean', () => {
    expect(problems((validator) => validator.requireBoolean('isPublic', 'true'))).toEqual(["  - isPublic: 'true' must be true or false"]);
    expect(problems((validator) => validator.requireBoolean('isPublic', 0))).toEqual(['  - isPublic: 0 must be true or false']);
    expect(problems((validator) => validator.requireBoolean('isPublic', false))).toEqual([]);
  });

  test('requireBoolean passes a reference', () => {
    const { stack } = variables();
    const flag = new TerraformVariable(stack, 'flag', { type: 'bool' });
    expect(problems((validator) => validator.requireBoolean('isPublic', flag.booleanValue))).toEqual([]);
  });

  test('requireNumber', () => {
    expect(problems((validator) => validator.requireNumber('size', '3'))).toEqual(["  - size: '3' must be a number"]);
    expect(problems((validator) => validator.requireNumber('size', NaN))).toEqual(['  - size: NaN must be a number']);
    expect(problems((validator) => validator.requireNumber('size', 3))).toEqual([]);
  });

  test('requireNumber passes a reference', () => {
    const { text } = variables();
    expect(problems((validator) => validator.requireNumber('size', text.numberValue))).toEqual([]);
  });

  test('requireObject', () => {
    expect(problems((validator) => validator.requireObject('readme', null))).toEqual(['  - readme: null must be an object']);
    expect(problems((validator) => validator.requireObject('readme', ['a']))).toEqual(['  - readme: ["a"] must be an object']);
    expect(problems((validator) => validator.requireObject('readme', 'text'))).toEqual(["  - readme: 'text' must be an object"]);
    expect(problems((validator) => validator.requireObject('readme', {}))).toEqual([]);
  });

  test('requireArray', () => {
    const { list } = variables();
    expect(problems((validator) => validator.requireArray('nsgOcids', 'ocid1.networksecuritygroup.oc1..a'))).toEqual([
      "  - nsgOcids: 'ocid1.networksecuritygroup.oc1..a' must be an array",
    ]);
    expect(problems((validator) => validator.requireArray('nsgOcids', list.listValue))).toEqual([]);
  });

  test('requireOneOf', () => {
    const formats = ['TEXT_PLAIN', 'TEXT_MARKDOWN'];
    expect(problems((validator) => validator.requireOneOf('format', 'HTML', formats))).toEqual(["  - format: 'HTML' must be 'TEXT_PLAIN' or 'TEXT_MARKDOWN'"]);
    expect(problems((validator) => validator.requireOneOf('format', 'HTML', formats, 'a readme format'))).toEqual([
      "  - format: 'HTML' is not a readme format: use 'TEXT_PLAIN' or 'TEXT_MARKDOWN'",
    ]);
    expect(problems((validator) => validator.requireOneOf('mode', 'x', ['a', 'b', 'c']))).toEqual(["  - mode: 'x' must be 'a', 'b' or 'c'"]);
    expect(problems((validator) => validator.requireOneOf('format', 'TEXT_PLAIN', formats))).toEqual([]);
  });
});

describe('formatValue', () => {
  test('numbers as JavaScript prints them', () => {
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('Infinity');
    expect(formatValue(-Infinity)).toBe('-Infinity');
    expect(formatValue(1.5)).toBe('1.5');
  });

  test('strings, lists and objects', () => {
    expect(formatValue('web')).toBe("'web'");
    expect(formatValue(['a', 1])).toBe('["a",1]');
    expect(formatValue({ a: null })).toBe('{"a":null}');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue(null)).toBe('null');
  });

  test('construct passed as a value', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const construct = new Construct(stack, 'thing');
    expect(formatValue(construct)).toBe('test/thing');
  });
});
