import { AnnotationMetadataEntryType, Annotations, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { closestName } from '../conformance/closest-name';
import { formatValue } from './validation';

/** Context key listing warning ids that the whole app acknowledges, such as `["oci:public-repository"]`. */
export const ACKNOWLEDGED_WARNINGS_CONTEXT = 'oci:acknowledgedWarnings';

/**
 * Ids of the warnings the library emits. An area that adds a warning adds its id here, or registers it
 * with {@link registerWarningId} when its module loads, so that acknowledging it is not reported as a typo.
 */
const KNOWN_WARNING_IDS = new Set<string>([
  'oci:public-repository',
  'oci:repository-destroy-allowed',
  'oci:public-api-endpoint',
  'oci:public-workers',
  'oci:broad-grant',
]);

const ACKNOWLEDGED_SYMBOL = Symbol.for('cdktf-oci-containers.acknowledgedWarnings');
const PENDING_SYMBOL = Symbol.for('cdktf-oci-containers.pendingWarnings');
const VALIDATING_SYMBOL = Symbol.for('cdktf-oci-containers.validationStarted');

interface PendingWarning {
  readonly warningId: string;
  readonly message: string;
}

/** Adds a warning id to the ids that {@link acknowledgeWarning} and the context key accept without a warning. */
export function registerWarningId(warningId: string): void {
  KNOWN_WARNING_IDS.add(warningId);
}

/** Returns the ids of the warnings the library emits, sorted. */
export function knownWarningIds(): string[] {
  return [...KNOWN_WARNING_IDS].sort();
}

/**
 * Marks a warning as deliberate for `scope` and everything below it, so the library does not emit it.
 * Use it next to the risky setting, for example `acknowledgeWarning(repository, 'oci:public-repository')`:
 * the library decides which warnings to emit when the app is synthesized, so the call may come after
 * the construct. An id the library does not emit adds a warning on `scope` instead, because it silences nothing.
 */
export function acknowledgeWarning(scope: IConstruct, warningId: string): void {
  const holder = scope as any;
  const acknowledged: Set<string> = holder[ACKNOWLEDGED_SYMBOL] ?? new Set<string>();
  acknowledged.add(warningId);
  holder[ACKNOWLEDGED_SYMBOL] = acknowledged;

  // Annotations above a stack reach no stack's manifest, so OciEnvironment reports those at synth.
  if (!KNOWN_WARNING_IDS.has(warningId) && isInStack(scope)) {
    Annotations.of(scope).addWarning(unknownWarningIdMessage('acknowledgeWarning', warningId));
  }
}

/** True when `warningId` is acknowledged on `scope`, one of its ancestors, or in the app's context. */
export function isWarningAcknowledged(scope: IConstruct, warningId: string): boolean {
  if (contextWarningIds(scope).includes(warningId)) {
    return true;
  }
  return scope.node.scopes.some((ancestor) => acknowledgedOn(ancestor).includes(warningId));
}

/**
 * Adds a warning annotation for a valid but risky setting unless it is acknowledged. The message ends
 * with the id, so users can find how to acknowledge it.
 *
 * The check and the annotation wait until the app is validated at synth (`app.synth()`, or
 * `Testing.synth(stack, true)`), so that `acknowledgeWarning` called after the construct applies too.
 * A call made while the stack is being validated emits at once.
 *
 * NOTE: after a stack has been validated once, calls for it emit at once too, so a later
 * `acknowledgeWarning` must come before the construct. cdktf offers no hook for the end of a synth.
 */
export function warnRisk(scope: IConstruct, warningId: string, message: string): void {
  const stack = TerraformStack.of(scope) as any;
  if (stack[VALIDATING_SYMBOL] === true) {
    emitUnlessAcknowledged(scope, { warningId, message });
    return;
  }

  const holder = scope as any;
  let pending: PendingWarning[] | undefined = holder[PENDING_SYMBOL];
  if (pending === undefined) {
    const queue: PendingWarning[] = [];
    holder[PENDING_SYMBOL] = queue;
    // Emptying the queue keeps a second validation of the same construct from adding the warning again.
    scope.node.addValidation({
      validate: () => {
        queue.splice(0).forEach((warning) => emitUnlessAcknowledged(scope, warning));
        return [];
      },
    });
    pending = queue;
  }
  pending.push({ warningId, message });
}

/**
 * Records that validation of `stack` has started, so that {@link warnRisk} emits at once from then
 * on, and warns on `reporter` about acknowledgements that silence nothing: unknown ids above the
 * stack and a context value that is not a list of warning ids. OciEnvironment calls it from a
 * validation of its stack, which cdktf runs before those of the constructs in the stack.
 * Reports only on the first call for the stack.
 * @internal
 */
export function startWarningValidation(stack: TerraformStack, reporter: IConstruct): void {
  const holder = stack as any;
  if (holder[VALIDATING_SYMBOL] === true) {
    return;
  }
  holder[VALIDATING_SYMBOL] = true;

  const context = stack.node.tryGetContext(ACKNOWLEDGED_WARNINGS_CONTEXT);
  const source = `Context key '${ACKNOWLEDGED_WARNINGS_CONTEXT}'`;
  if (context !== undefined && !isStringList(context)) {
    Annotations.of(reporter).addWarning(
      `${source} is ${formatValue(context)}, which is not a list of warning ids, so it acknowledges nothing: ` +
        `set it to a list such as ["oci:public-repository"]`,
    );
  }
  for (const warningId of contextWarningIds(stack)) {
    if (!KNOWN_WARNING_IDS.has(warningId)) {
      Annotations.of(reporter).addWarning(unknownWarningIdMessage(source, warningId));
    }
  }

  // Scopes above the stack, such as the app, cannot carry an annotation that reaches a manifest.
  for (const ancestor of stack.node.scopes.slice(0, -1)) {
    for (const warningId of acknowledgedOn(ancestor)) {
      if (!KNOWN_WARNING_IDS.has(warningId)) {
        const target = ancestor.node.path === '' ? 'the app' : `'${ancestor.node.path}'`;
        Annotations.of(reporter).addWarning(unknownWarningIdMessage(`acknowledgeWarning on ${target}`, warningId));
      }
    }
  }
}

// Skips a warning the construct already carries, because validations may run more than once per synth.
function emitUnlessAcknowledged(scope: IConstruct, warning: PendingWarning): void {
  if (isWarningAcknowledged(scope, warning.warningId)) {
    return;
  }
  const text = `${warning.message} [${warning.warningId}]`;
  if (!scope.node.metadata.some((entry) => entry.type === AnnotationMetadataEntryType.WARN && entry.data === text)) {
    Annotations.of(scope).addWarning(text);
  }
}

function unknownWarningIdMessage(source: string, warningId: unknown): string {
  const suggestion = typeof warningId === 'string' ? closestName(warningId, KNOWN_WARNING_IDS) : undefined;
  const hint = suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
  return (
    `${source}: ${formatValue(warningId)} is not a warning id of this library, so it silences nothing.${hint} ` +
    `The warning ids are ${knownWarningIds().join(', ')}.`
  );
}

function acknowledgedOn(scope: IConstruct): string[] {
  const acknowledged = (scope as any)[ACKNOWLEDGED_SYMBOL] as Set<string> | undefined;
  return acknowledged === undefined ? [] : [...acknowledged];
}

/** Returns the warning ids listed in the context, or none when the value is not a list of strings. */
function contextWarningIds(scope: IConstruct): string[] {
  const context = scope.node.tryGetContext(ACKNOWLEDGED_WARNINGS_CONTEXT);
  return isStringList(context) ? context : [];
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isInStack(scope: IConstruct): boolean {
  return scope.node.scopes.some((ancestor) => TerraformStack.isStack(ancestor));
}
