/**
 * tagResource and untagResource: the resource is named by its id, so one
 * pair of mutations serves every taggable type. Each is one SES write on the
 * resource's ARN.
 */
import { sesArn, type ArnResourceType } from '../arns.js';
import type { GatewayContext } from '../context.js';
import { userError } from '../errors.js';
import type { MutationResolvers, Resolvers } from '../generated/resolvers.js';
import { decodeId, namesAreValid, type NodeType } from '../ids.js';
import type { ConfigurationSetModel, DedicatedIpPoolModel, EmailIdentityModel } from '../models.js';
import { attempt, type Result } from '../services/result.js';
import { toSdkTags } from '../services/toSdk.js';
import { MAX_TAGS } from '../validation/rules.js';
import { validateTagResource, validateUntagResource } from '../validation/tags.js';

type TaggableType = Extract<NodeType, 'ConfigurationSet' | 'EmailIdentity' | 'DedicatedIpPool'>;

const TAGGABLE: Record<TaggableType, { arnType: ArnResourceType; noun: string }> = {
  ConfigurationSet: { arnType: 'configuration-set', noun: 'configuration set' },
  EmailIdentity: { arnType: 'identity', noun: 'email identity' },
  DedicatedIpPool: { arnType: 'dedicated-ip-pool', noun: 'dedicated IP pool' },
};

const isTaggable = (type: NodeType): type is TaggableType => Object.hasOwn(TAGGABLE, type);

interface TaggableResource {
  type: TaggableType;
  region: string;
  name: string;
  arn: string;
}

/** The resource an id names, or the userError on ["id"] when it names nothing taggable. */
function resourceOf(id: string, { accountId, ses }: GatewayContext): Result<TaggableResource> {
  const invalid = (message: string): Result<TaggableResource> => ({ ok: false, error: userError('INVALID_INPUT', `id: ${message}`, ['id']) });
  const decoded = decodeId(id);
  if (!decoded) return invalid('is not the id of a configuration set, email identity or dedicated IP pool.');
  const { type, region, names } = decoded;
  if (!isTaggable(type)) return invalid('names an event destination; event destinations carry no tags (tag their configuration set instead).');
  const name = names[0] ?? '';
  // Ids this gateway hands out always hold a region and a name SES accepts.
  if (!ses.servesRegion(region) || !namesAreValid(decoded)) return invalid('is not the id of a configuration set, email identity or dedicated IP pool.');
  return { ok: true, value: { type, region, name, arn: sesArn(region, accountId, TAGGABLE[type].arnType, name) } };
}

const resourceMissing = ({ type, region, name }: TaggableResource) => ({ field: ['id'], message: `id: the ${TAGGABLE[type].noun} "${name}" does not exist in ${region}.` });

/** A Taggable as Query.node returns it: the type's model, with `__typename` for Taggable's type resolver. */
type TaggableModel = (ConfigurationSetModel | EmailIdentityModel | DedicatedIpPoolModel) & { __typename: TaggableType };

/** The payload's resource; its fields read through the loaders, after the write. */
const model = ({ type, region, name }: TaggableResource): TaggableModel => ({ __typename: type, region, name });

const tagResource: MutationResolvers['tagResource'] = async (_parent, { input }, context) => {
  const target = resourceOf(input.id, context);
  const invalid = [...(target.ok ? [] : [target.error]), ...validateTagResource(input)];
  if (!target.ok || invalid.length > 0) return { resource: null, userErrors: invalid };
  const resource = target.value;
  const result = await attempt(() => context.write(resource.region, 'TagResource', { ResourceArn: resource.arn, Tags: toSdkTags(input.tags) }), {
    NOT_FOUND: resourceMissing(resource),
    // Validated above, so SES's BadRequest here is its count of the tags the resource would end up with.
    INVALID_INPUT: { field: ['tags'], message: `tags: the ${TAGGABLE[resource.type].noun} would have more than ${MAX_TAGS} tags; remove some with untagResource first.` },
  });
  return result.ok ? { resource: model(resource), userErrors: [] } : { resource: null, userErrors: [result.error] };
};

const untagResource: MutationResolvers['untagResource'] = async (_parent, { input }, context) => {
  const target = resourceOf(input.id, context);
  const invalid = [...(target.ok ? [] : [target.error]), ...validateUntagResource(input)];
  if (!target.ok || invalid.length > 0) return { resource: null, userErrors: invalid };
  const resource = target.value;
  const result = await attempt(() => context.write(resource.region, 'UntagResource', { ResourceArn: resource.arn, TagKeys: input.keys }), {
    NOT_FOUND: resourceMissing(resource),
  });
  return result.ok ? { resource: model(resource), userErrors: [] } : { resource: null, userErrors: [result.error] };
};

export const tagMutationResolvers: Resolvers = {
  Mutation: { tagResource, untagResource },
};
