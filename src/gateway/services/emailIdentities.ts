/**
 * Email identity writes: create, delete, and set or clear the default
 * configuration set. Inputs arrive validated.
 */
import type { CreateEmailIdentityInput } from '../generated/resolvers.js';
import type { EmailIdentityModel } from '../models.js';
import type { RequestSes } from './requestSes.js';
import { attempt, type Result } from './result.js';
import { toSdkCreateEmailIdentity } from './toSdk.js';

const identityMissing = ({ region, name }: EmailIdentityModel) => ({ field: ['name'], message: `name: the email identity ${name} does not exist in ${region}.` });

export async function createEmailIdentity(ses: RequestSes, identity: EmailIdentityModel, input: CreateEmailIdentityInput): Promise<Result<EmailIdentityModel>> {
  const { region } = identity;
  const created = await attempt(() => ses.write(region, 'CreateEmailIdentity', toSdkCreateEmailIdentity(input)), {
    ALREADY_EXISTS: { field: ['name'], message: `name: the email identity ${input.name} already exists in ${region}.` },
    NOT_FOUND: { field: ['defaultConfigurationSetName'], message: `defaultConfigurationSetName: the configuration set ${input.defaultConfigurationSetName ?? ''} does not exist in ${region}.` },
    LIMIT_EXCEEDED: { field: ['name'], message: `name: the region ${region} already has as many email identities as SES allows (10,000 by default).` },
    INVALID_INPUT: { field: null, message: 'SES rejected the identity.' },
  });
  return created.ok ? { ok: true, value: identity } : created;
}

export async function deleteEmailIdentity(ses: RequestSes, identity: EmailIdentityModel): Promise<Result<EmailIdentityModel>> {
  const deleted = await attempt(() => ses.write(identity.region, 'DeleteEmailIdentity', { EmailIdentity: identity.name }), {
    NOT_FOUND: identityMissing(identity),
    INVALID_INPUT: { field: ['name'] },
    CONFLICT: { field: ['name'] },
  });
  return deleted.ok ? { ok: true, value: identity } : deleted;
}

/** Makes `configurationSetName` the identity's default configuration set; undefined clears it. */
export async function setDefaultConfigurationSet(ses: RequestSes, identity: EmailIdentityModel, configurationSetName: string | undefined): Promise<Result<EmailIdentityModel>> {
  const { region, name } = identity;
  const written = await attempt(
    () => ses.write(region, 'PutEmailIdentityConfigurationSetAttributes', { EmailIdentity: name, ...(configurationSetName !== undefined && { ConfigurationSetName: configurationSetName }) }),
    { INVALID_INPUT: { field: ['name'] } },
  );
  if (written.ok) return { ok: true, value: identity };
  if (written.error.code !== 'NOT_FOUND') return written;
  // SES answers NotFound for a missing identity and for a missing set alike; only a failed write pays to find out which.
  const missing =
    configurationSetName === undefined || (await ses.loaders.getEmailIdentity.load(identity)) === null
      ? identityMissing(identity)
      : { field: ['configurationSetName'], message: `configurationSetName: the configuration set ${configurationSetName} does not exist in ${region}.` };
  return { ok: false, error: { code: 'NOT_FOUND', ...missing } };
}
