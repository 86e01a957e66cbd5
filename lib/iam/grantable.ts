import { IConstruct } from 'constructs';
import { PolicySubject } from './policy-statement';

/** Something that can be the subject of a policy statement: a group, a dynamic group, a node pool. */
export interface IGrantable extends IConstruct {
  /** The subject that statements granting access to this principal name. */
  readonly grantSubject: PolicySubject;

  /**
   * Called with each policy resource that receives a statement naming this principal, so that the
   * principal's resources can wait for it. Node pools do, because a node that starts before its
   * policy exists fails to pull until its instance principal token expires.
   */
  onGranted?(policy: IConstruct): void;
}
