import type { Tag } from '@aws-sdk/client-sesv2';
import { z } from 'zod';
import { badRequest, notFound } from '../errors.js';
import { arnOf, defineOperation, type ArnResource, type OperationContext, type OperationModule } from '../operation.js';
import type { RegionState } from '../state.js';
import { MAX_TAGS, tag, tagList } from '../validation.js';

const TAGGABLE: readonly ArnResource[] = ['configuration-set', 'identity', 'dedicated-ip-pool'];
const isTaggable = (type: string): type is ArnResource => (TAGGABLE as readonly string[]).includes(type);

interface ParsedArn {
  arn: string;
  type: ArnResource;
  name: string;
}

const ARN = /^arn:([a-z-]+):([a-z0-9-]+):([a-z0-9-]+):(\d{12}):([^/]*)\/(.+)$/;

/** An SES resource ARN, arn:{partition}:ses:{region}:{account}:{type}/{name}; whose it is is checked against the caller later. */
const resourceArn = z.string({ error: 'ResourceArn is required.' }).transform((arn, ctx): ParsedArn => {
  const match = ARN.exec(arn);
  if (!match) {
    ctx.issues.push({ code: 'custom', input: arn, message: 'ResourceArn must be an ARN of the form arn:partition:ses:region:account-id:resource-type/name.' });
    return z.NEVER;
  }
  const [, , service, , , type = '', name = ''] = match;
  if (service !== 'ses') {
    ctx.issues.push({ code: 'custom', input: arn, message: `ResourceArn must be the ARN of an SES resource, not of service ${service}.` });
    return z.NEVER;
  }
  if (!isTaggable(type)) {
    ctx.issues.push({ code: 'custom', input: arn, message: `ResourceArn names resource type "${type}"; taggable types are ${TAGGABLE.join(', ')}.` });
    return z.NEVER;
  }
  return { arn, type, name };
});

/**
 * The tagged resource's record, from the caller's own account and region:
 * an ARN of another account or region (or partition) names nothing the
 * caller can see, so SES answers NotFound rather than BadRequest.
 */
function taggedResource(state: RegionState, { arn, type, name }: ParsedArn, { scope }: OperationContext): { Tags: Tag[] } {
  const record =
    arn !== arnOf(scope, type, name)
      ? undefined
      : type === 'configuration-set'
        ? state.ConfigurationSets.get(name)
        : type === 'identity'
          ? state.EmailIdentities.get(name)
          : state.DedicatedIpPools.get(name);
  if (!record) throw notFound(`Resource ${arn} does not exist.`);
  return record;
}

const tagResource = defineOperation({
  name: 'TagResource',
  kind: 'write',
  input: z.object({
    ResourceArn: resourceArn,
    Tags: tagList.refine((tags) => tags.length > 0, 'Tags must contain at least one tag.'),
  }),
  run(input, state, context) {
    const resource = taggedResource(state, input.ResourceArn, context);
    const merged = new Map(resource.Tags.map((t) => [t.Key, t.Value]));
    for (const { Key, Value } of input.Tags) merged.set(Key, Value);
    // SES counts the tags the resource would have after the call, not the request's.
    if (merged.size > MAX_TAGS) {
      throw badRequest(`Tags: A resource can have at most ${MAX_TAGS} tags; this call would leave it with ${merged.size}.`);
    }
    resource.Tags = [...merged].map(([Key, Value]) => ({ Key, Value }));
    return {};
  },
});

const untagResource = defineOperation({
  name: 'UntagResource',
  kind: 'write',
  input: z.object({
    ResourceArn: resourceArn,
    // Keys with the reserved aws: prefix cannot be removed, so the Tag Key rules apply as they are.
    TagKeys: z.array(tag.shape.Key, { error: 'TagKeys is required.' }).min(1, 'TagKeys must name at least one tag key.'),
  }),
  run(input, state, context) {
    const resource = taggedResource(state, input.ResourceArn, context);
    const removed = new Set(input.TagKeys);
    resource.Tags = resource.Tags.filter((t) => t.Key === undefined || !removed.has(t.Key));
    return {};
  },
});

const listTagsForResource = defineOperation({
  name: 'ListTagsForResource',
  kind: 'read',
  input: z.object({ ResourceArn: resourceArn }),
  run: (input, state, context) => ({ Tags: taggedResource(state, input.ResourceArn, context).Tags }),
});

export const tags: OperationModule = {
  routes: [
    { method: 'POST', path: '/v2/email/tags', operation: 'TagResource' },
    { method: 'DELETE', path: '/v2/email/tags', operation: 'UntagResource', query: { ResourceArn: 'string', TagKeys: 'list' } },
    { method: 'GET', path: '/v2/email/tags', operation: 'ListTagsForResource', query: { ResourceArn: 'string' } },
  ],
  operations: [tagResource, untagResource, listTagsForResource],
};
