import { Token } from 'cdktf';
import { COMPARTMENT_OCID_KINDS } from '../core/ocid';
import { checkedOcid, requireBuilderString } from './argument-checks';
import { ConditionNode, parseMatchingRule, renderCondition } from './policy-parser';
import { containsReference } from './references';

/**
 * A dynamic group matching rule: one condition such as `instance.compartment.id = '<ocid>'`, or
 * `ALL {...}` / `ANY {...}` around several (OCI "Writing Matching Rules to Define Dynamic Groups").
 *
 * NOTE: OCI documents no nesting of ANY and ALL in matching rules, so {@link MatchingRule.all} and
 * {@link MatchingRule.any} reject rules that are themselves groups.
 */
export class MatchingRule {
  /** Instances in a compartment, or in the root compartment when given the tenancy OCID: `instance.compartment.id = '<ocid>'`. */
  public static instanceCompartment(compartmentOcid: string): MatchingRule {
    return MatchingRule.equals('instance.compartment.id', checkedOcid('MatchingRule.instanceCompartment', compartmentOcid, COMPARTMENT_OCID_KINDS));
  }

  /** One compute instance: `instance.id = '<ocid>'`. */
  public static instanceId(instanceOcid: string): MatchingRule {
    return MatchingRule.equals('instance.id', checkedOcid('MatchingRule.instanceId', instanceOcid, ['instance']));
  }

  /** Resources of any supported type in a compartment: `resource.compartment.id = '<ocid>'`. */
  public static resourceCompartment(compartmentOcid: string): MatchingRule {
    return MatchingRule.equals('resource.compartment.id', checkedOcid('MatchingRule.resourceCompartment', compartmentOcid, COMPARTMENT_OCID_KINDS));
  }

  /** Resources of one type, the type field of their OCIDs, such as `fnfunc`: `resource.type = '<type>'`. */
  public static resourceType(type: string): MatchingRule {
    return MatchingRule.equals('resource.type', type);
  }

  /**
   * Resources carrying a defined tag: `tag.<namespace>.<key>.value = '<value>'`, or any value of the
   * tag when `value` is left out: `tag.<namespace>.<key>.value`.
   */
  public static definedTag(namespace: string, key: string, value?: string): MatchingRule {
    for (const [partName, part] of [['namespace', namespace], ['key', key]]) {
      requireBuilderString('MatchingRule.definedTag', `tag ${partName}`, part);
      if (!Token.isUnresolved(part) && !/^[A-Za-z0-9_-]+$/.test(part)) {
        throw new Error(`MatchingRule.definedTag: tag ${partName} '${part}' must contain only letters, digits, '-' and '_'.`);
      }
    }
    const variable = `tag.${namespace}.${key}.value`;
    if (value === undefined) {
      return new MatchingRule({ kind: 'comparison', variable, values: [] });
    }
    return MatchingRule.equals(variable, value);
  }

  /** A condition `<variable> = '<value>'` on any matching-rule variable. */
  public static equals(variable: string, value: string): MatchingRule {
    return new MatchingRule({ kind: 'comparison', variable, operator: '=', values: [quoted(value)] });
  }

  /** A condition `<variable> != '<value>'`, usually inside {@link MatchingRule.all} to exclude resources. */
  public static notEquals(variable: string, value: string): MatchingRule {
    return new MatchingRule({ kind: 'comparison', variable, operator: '!=', values: [quoted(value)] });
  }

  /** Matches when every rule matches: `ALL {<a>, <b>}`. */
  public static all(...rules: MatchingRule[]): MatchingRule {
    return MatchingRule.group('all', rules);
  }

  /** Matches when at least one rule matches: `ANY {<a>, <b>}`. */
  public static any(...rules: MatchingRule[]): MatchingRule {
    return MatchingRule.group('any', rules);
  }

  /** A rule written as text, checked against the matching-rule grammar. Throws a PolicyParseError if it does not parse. */
  public static fromText(text: string): MatchingRule {
    return new MatchingRule(parseMatchingRule(text));
  }

  private static group(match: 'any' | 'all', rules: MatchingRule[]): MatchingRule {
    const keyword = match.toUpperCase();
    if (rules.length === 0) {
      throw new Error(`MatchingRule.${match} needs at least one rule.`);
    }
    const nested = rules.find((rule) => rule.node.kind === 'group');
    if (nested) {
      throw new Error(`MatchingRule.${match}: '${nested.render()}' is already an ANY or ALL group, and matching rules do not nest them: pass its conditions to ${keyword} directly.`);
    }
    return new MatchingRule({ kind: 'group', match, items: rules.map((rule) => rule.node) });
  }

  private constructor(private readonly node: ConditionNode) {}

  /** Renders the rule text, such as `ALL {instance.compartment.id = 'ocid1.compartment...'}`. */
  public render(): string {
    return renderCondition(this.node, 'upper');
  }

  public toString(): string {
    return this.render();
  }
}

function quoted(value: string): string {
  requireBuilderString('MatchingRule', 'value', value);
  if (!containsReference(value) && value.includes("'")) {
    throw new Error(`The matching rule value '${value}' contains a single quote, which matching rules cannot express.`);
  }
  return `'${value}'`;
}
