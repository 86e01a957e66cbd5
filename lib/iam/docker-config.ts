import { Fn, TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { nameOutputByPath } from '../core/outputs';

/**
 * Login for `docker login` to Container Registry. The user name and password are references to
 * values that Terraform resolves during plan or apply, and the password is a secret.
 */
export interface IRegistryCredentials {
  /** Registry host, such as `iad.ocir.io`. */
  readonly registryHost: string;
  /** Login user name, such as `<namespace>/<user>`. */
  readonly registryUserName: string;
  /** Password: a reference to an auth token. Pass it only to resources or sensitive outputs. */
  readonly registryPassword: string;
}

/** Props of {@link DockerConfigJson}. */
export interface DockerConfigJsonProps {
  /** The registry login to write into the configuration. */
  readonly credentials: IRegistryCredentials;
  /** Description of the sensitive output. @default - 'Docker config JSON for <host> (secret)' */
  readonly outputDescription?: string;
}

/**
 * A Docker config JSON (`{"auths": {"<host>": {"username", "password", "auth"}}}`), the content of
 * a Kubernetes `kubernetes.io/dockerconfigjson` image pull secret.
 *
 * It is built with Terraform's `jsonencode` and `base64encode` around references, so the token
 * appears in the synthesized configuration only as a reference, and it is exposed only through a
 * sensitive output. Pass {@link DockerConfigJson.value} to a secret resource, never to a plain output.
 */
export class DockerConfigJson extends Construct {
  /** Returns the Terraform expression that renders the Docker config JSON for `credentials`. */
  public static expression(credentials: IRegistryCredentials): string {
    const host = credentials.registryHost;
    if (Token.isUnresolved(host)) {
      throw new Error('DockerConfigJson: the registry host must be known at synth, because it is a key of the JSON object: pass a host such as iad.ocir.io.');
    }
    const username = credentials.registryUserName;
    const password = credentials.registryPassword;
    return Fn.jsonencode({
      auths: {
        [host]: {
          username,
          password,
          auth: Fn.base64encode(Fn.join(':', [username, password])),
        },
      },
    });
  }

  /** The Docker config JSON as a Terraform expression. It contains the token: treat it as a secret. */
  public readonly value: string;
  /** The sensitive output that carries the JSON. */
  public readonly output: TerraformOutput;

  constructor(scope: Construct, id: string, props: DockerConfigJsonProps) {
    super(scope, id);
    this.value = DockerConfigJson.expression(props.credentials);
    this.output = nameOutputByPath(new TerraformOutput(this, 'json', {
      value: this.value,
      sensitive: true,
      description: props.outputDescription ?? `Docker config JSON for ${props.credentials.registryHost} (secret)`,
    }));
  }
}
