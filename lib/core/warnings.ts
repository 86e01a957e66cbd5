import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';

/** Context key listing warning ids that the whole app acknowledges, such as `["oci:public-repository"]`. */
export const ACKNOWLEDGED_WARNINGS_CONTEXT = 'oci:acknowledgedWarnings';

const ACKNOWLEDGED_SYMBOL = Symbol.for('cdktf-oci-containers.acknowledgedWarnings');

/**
 * Marks a warning as deliberate for `scope` and everything below it, so the library does not emit it.
 * Use it next to the risky setting, for example `acknowledgeWarning(repository, 'oci:public-repository')`.
 */
export function acknowledgeWarning(scope: IConstruct, warningId: string): void {
  const holder = scope as any;
  const acknowledged: Set<string> = holder[ACKNOWLEDGED_SYMBOL] ?? new Set<string>();
  acknowledged.add(warningId);
  holder[ACKNOWLEDGED_SYMBOL] = acknowledged;
}

/** True when `warningId` is acknowledged on `scope`, one of its ancestors, or in the app's context. */
export function isWarningAcknowledged(scope: IConstruct, warningId: string): boolean {
  const fromContext = scope.node.tryGetContext(ACKNOWLEDGED_WARNINGS_CONTEXT);
  if (Array.isArray(fromContext) && fromContext.includes(warningId)) {
    return true;
  }
  return scope.node.scopes.some((ancestor) => ((ancestor as any)[ACKNOWLEDGED_SYMBOL] as Set<string> | undefined)?.has(warningId));
}

/**
 * Adds a warning annotation for a valid but risky setting unless it was acknowledged.
 * The message ends with the id, so users can find how to acknowledge it.
 */
export function warnRisk(scope: IConstruct, warningId: string, message: string): void {
  if (!isWarningAcknowledged(scope, warningId)) {
    Annotations.of(scope).addWarning(`${message} [${warningId}]`);
  }
}
