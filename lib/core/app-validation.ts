import { TerraformStack } from 'cdktf';

const APP_VALIDATION_SYMBOL = Symbol.for('cdktf-oci-containers.appValidation');

/** Validation errors of one stack, found by {@link otherStackErrors}. */
interface StackErrors {
  readonly stackPath: string;
  readonly errors: readonly string[];
}

/** State kept on the app between the stacks of one synth. */
interface AppValidationState {
  /** True while the validations run, so that the check in each other stack returns at once. */
  running: boolean;
  /** Number of constructs in the app when `results` was computed. A different number means the app changed. */
  constructCount: number;
  results?: readonly StackErrors[];
}

/**
 * Runs the validations of every construct in the other stacks of the app and returns their errors,
 * each as `Stack '<stack>' is invalid, so no stack is written: [<construct path>] <error>`.
 *
 * cdktf 0.21's `App.synth()` validates and writes one stack at a time, so without this check a stack
 * is written before a later stack fails. OciEnvironment runs it from a validation of its stack, so
 * the first stack with an environment fails when any stack of the app is invalid, before any file is
 * written. The results are kept on the app for the other stacks of the same synth, and computed again
 * when the number of constructs in the app has changed.
 *
 * In an app of several stacks every construct is validated twice, here and by cdktf. So a validation
 * must not add the same annotation twice, and warnRisk skips a warning that is already there.
 *
 * NOTE: stacks before the first stack with an OciEnvironment are written before this check runs, and
 * Aspects of the other stacks have not run yet when their constructs are validated here.
 */
export function otherStackErrors(stack: TerraformStack): string[] {
  const root = stack.node.root;
  const constructs = root.node.findAll();
  const stacks = constructs.filter((construct): construct is TerraformStack => TerraformStack.isStack(construct));
  if (stacks.length <= 1) {
    return [];
  }

  const app = root as any;
  const state: AppValidationState = app[APP_VALIDATION_SYMBOL] ?? { running: false, constructCount: -1 };
  app[APP_VALIDATION_SYMBOL] = state;
  if (state.running) {
    return [];
  }
  if (state.results === undefined || state.constructCount !== constructs.length) {
    state.running = true;
    try {
      state.results = validateStacks(stacks);
      state.constructCount = constructs.length;
    } finally {
      state.running = false;
    }
  }

  return state.results
    .filter((result) => result.stackPath !== stack.node.path)
    .flatMap((result) => result.errors.map((error) => `Stack '${result.stackPath}' is invalid, so no stack is written: ${error}`));
}

/** Validates every construct of the stacks, the way `TerraformStack.runAllValidations` does for one. */
function validateStacks(stacks: readonly TerraformStack[]): StackErrors[] {
  return stacks.map((stack) => ({
    stackPath: stack.node.path,
    errors: stack.node.findAll().flatMap((construct) => construct.node.validate().map((error) => `[${construct.node.path}] ${error}`)),
  }));
}
