/**
 * Authentication method of the OCI Terraform provider. Only the method and a profile name of the user's
 * OCI config file are written to the synthesized JSON; keys and tokens stay in that file or on the host.
 */
export class OciAuthentication {
  /** API signing key from a profile of the OCI config file (`~/.oci/config`, or `OCI_CONFIG_FILE`). */
  public static apiKey(profile?: string): OciAuthentication {
    return new OciAuthentication('APIKey', profile);
  }

  /** Session token from `oci session authenticate`, stored under a profile of the OCI config file. */
  public static securityToken(profile: string): OciAuthentication {
    return new OciAuthentication('SecurityToken', profile);
  }

  /** The instance principal of the OCI compute instance Terraform runs on. */
  public static instancePrincipal(): OciAuthentication {
    return new OciAuthentication('InstancePrincipal');
  }

  /** The resource principal of an OCI function or other service Terraform runs in. */
  public static resourcePrincipal(): OciAuthentication {
    return new OciAuthentication('ResourcePrincipal');
  }

  /**
   * Reads the method from the OCI CLI's environment variables: `OCI_CLI_AUTH` (`api_key`,
   * `security_token`, `instance_principal` or `resource_principal`) and `OCI_CLI_PROFILE`.
   * Returns an API key with the provider's default profile when neither is set.
   */
  public static fromEnvironment(env: NodeJS.ProcessEnv = process.env): OciAuthentication {
    const profile = env.OCI_CLI_PROFILE || undefined;
    const method = env.OCI_CLI_AUTH || 'api_key';
    switch (method) {
      case 'api_key':
        return OciAuthentication.apiKey(profile);
      case 'security_token':
        if (!profile) {
          throw new Error("OCI_CLI_AUTH 'security_token' needs OCI_CLI_PROFILE: set it to the profile that `oci session authenticate` wrote.");
        }
        return OciAuthentication.securityToken(profile);
      case 'instance_principal':
        return OciAuthentication.instancePrincipal();
      case 'resource_principal':
        return OciAuthentication.resourcePrincipal();
      default:
        throw new Error(
          `OCI_CLI_AUTH '${method}' is not supported: use api_key, security_token, instance_principal or resource_principal.`,
        );
    }
  }

  private constructor(
    /** Value of the provider's `auth` argument. */
    public readonly method: 'APIKey' | 'SecurityToken' | 'InstancePrincipal' | 'ResourcePrincipal',
    /** Profile of the OCI config file, for the methods that read one. */
    public readonly profile?: string,
  ) {}
}
