import { classifyJsonString } from '../../lib/conformance/json-string';

describe('classifyJsonString', () => {
  test.each([
    ['plain text', '10.0.0.0/16', 'literal'],
    ['empty string', '', 'literal'],
    ['escaped interpolation', '$${not.an.expression}', 'literal'],
    ['escaped directive', '%%{ if true }', 'literal'],
    ['dollar without brace', 'costs $5', 'literal'],
    ['single reference', '${oci_core_vcn.main.id}', 'expression'],
    ['function call with braces', '${merge(local.tags, { "team" = "platform" })}', 'expression'],
    ['quoted brace inside', '${replace(var.name, "}", "")}', 'expression'],
    ['nested template in a quoted string', '${format("%s", "${var.a}-${var.b}")}', 'expression'],
    ['for expression', '${[for s in var.subnets : s.id]}', 'expression'],
    ['unbalanced sequence', '${var.a', 'expression'],
    ['text around a reference', 'ocid-${var.suffix}', 'template'],
    ['two references', '${var.a}${var.b}', 'template'],
    ['reference with trailing text', '${var.region}.ocir.io', 'template'],
    ['directive', '%{ if var.public }public%{ else }private%{ endif }', 'template'],
  ])('%s', (_name, text, kind) => {
    expect(classifyJsonString(text)).toBe(kind);
  });
});
