import { sesArn, type ArnResourceType } from '../arns.js';
import type { GatewayContext } from '../context.js';
import type { MutationResolvers, Resolvers, UserError } from '../generated/resolvers.js';
import { decodeId, type NodeType } from '../ids.js';
import { isIdentityName, isResourceName, MAX_TAGS } from '../validation/rules.js';
import { validateTagResource, validateUntagResource } from '../validation/tags.js';
import { attempt } from './payload.js';

type TaggableType = Extract<NodeType, 'ConfigurationSet' | 'EmailIdentity' | 'DedicatedIpPool'>;

const TAGGABLE: Record<TaggableType, { arnType: ArnResourceType; noun: string; validName: (name: string) => boolean }> = {
  ConfigurationSet: { arnType: 'configuration-set', noun: 'configuration set', validName: isResourceName },
  EmailIdentity: { arnType: 'identity', noun: 'email identity', validName: isIdentityName },
  DedicatedIpPool: { arnType: 'dedicated-ip-pool', noun: 'dedicated IP pool', validName: isResourceName },
};

const isTaggable = (type: NodeType): type is TaggableType => Object.hasOwn(TAGGABLE, type);

interface TaggableResource {
  type: TaggableType;
  region: string;
  name: string;
  arn: string;
}

/** The resource an id names, or the userError on ["id"] when it names nothing taggable. */
function resourceOf(id: string, { accountId, ses }: GatewayContext): { resource: TaggableResource; error?: never } | { resource?: never; error: UserError } {
  const invalid = (message: string): { error: UserError } => ({ error: { code: 'INVALID_INPUT', field: ['id'], message: `id: ${message}` } });
  const decoded = decodeId(id);
  if (!decoded) return invalid('is not the id of a configuration set, email identity or dedicated IP pool.');
  const { type, region, names } = decoded;
  if (!isTaggable(type)) return invalid('names an event destination; event destinations carry no tags (tag their configuration set instead).');
  const name = names[0] ?? '';
  // Ids this gateway hands out always hold a region and a name SES accepts.
  if (!ses.servesRegion(region) || !TAGGABLE[type].validName(name)) return invalid('is not the id of a configuration set, email identity or dedicated IP pool.');
  return { resource: { type, region, name, arn: sesArn(region, accountId, TAGGABLE[type].arnType, name) } };
}

const notFoundMessage = ({ type, region, name }: TaggableResource) => `id: the ${TAGGABLE[type].noun} "${name}" does not exist in ${region}.`;

/** The payload's resource: the same model Query.node returns; its fields read through the loaders, after the write. */
const model = ({ type, region, name }: TaggableResource) => ({ __typename: type, region, name }) as never;

const tagResource: MutationResolvers['tagResource'] = async (_parent, { input }, context) => {
  const target = resourceOf(input.id, context);
  const errors = validateTagResource(input);
  if (target.error || !errors.ok) return { resource: null, userErrors: [...(target.error ? [target.error] : []), ...errors.errors] };
  const { resource } = target;
  const result = await attempt(
    () => context.write(resource.region, 'TagResource', { ResourceArn: resource.arn, Tags: input.tags.map(({ key, value }) => ({ Key: key, Value: value })) }),
    {
      fields: { NOT_FOUND: ['id'], INVALID_INPUT: ['tags'] },
      messages: {
        NOT_FOUND: notFoundMessage(resource),
        // Validated above, so SES's BadRequest here is its count of the tags the resource would end up with.
        INVALID_INPUT: `tags: the ${TAGGABLE[resource.type].noun} would have more than ${MAX_TAGS} tags; remove some with untagResource first.`,
      },
    },
  );
  if (!result.ok) return { resource: null, userErrors: [result.error] };
  return { resource: model(resource), userErrors: [] };
};

const untagResource: MutationResolvers['untagResource'] = async (_parent, { input }, context) => {
  const target = resourceOf(input.id, context);
  const errors = validateUntagResource(input);
  if (target.error || !errors.ok) return { resource: null, userErrors: [...(target.error ? [target.error] : []), ...errors.errors] };
  const { resource } = target;
  const result = await attempt(() => context.write(resource.region, 'UntagResource', { ResourceArn: resource.arn, TagKeys: input.keys }), {
    fields: { NOT_FOUND: ['id'] },
    messages: { NOT_FOUND: notFoundMessage(resource) },
  });
  if (!result.ok) return { resource: null, userErrors: [result.error] };
  return { resource: model(resource), userErrors: [] };
};

export const tagResolvers: Resolvers = {
  Mutation: { tagResource, untagResource },
};
