import { Construct } from 'constructs';
import { IGrantable } from './grantable';
import { PolicySubject } from './policy-statement';

/** A group or dynamic group that exists outside this app, known only by the subject that names it. */
export class ImportedPrincipal extends Construct implements IGrantable {
  constructor(scope: Construct, id: string, public readonly grantSubject: PolicySubject) {
    super(scope, id);
  }
}
