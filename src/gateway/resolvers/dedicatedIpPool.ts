import type { DedicatedIpPool, Tag } from '@aws-sdk/client-sesv2';
import { sesArn } from '../arns.js';
import { sesConnection } from '../connections.js';
import type { GatewayContext } from '../context.js';
import { notFound } from '../errors.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { encodeId } from '../ids.js';
import type { DedicatedIpPoolModel } from '../models.js';
import { isResourceName } from '../validation/rules.js';
import { prop } from './fields.js';

const deletedMeanwhile = (pool: DedicatedIpPoolModel) => notFound(`Dedicated IP pool ${pool.name} was deleted while this request was running.`);

async function poolTags(pool: DedicatedIpPoolModel, context: GatewayContext): Promise<Tag[]> {
  // Through the request's loaders, which context.write clears: tags read after a write in the same request are read again.
  const tags = await context.loaders.listTagsForResource.load({ region: pool.region, arn: sesArn(pool.region, context.accountId, 'dedicated-ip-pool', pool.name) });
  if (!tags) throw deletedMeanwhile(pool);
  return tags;
}

/** The pool's GetDedicatedIpPool answer; the pool was seen to exist, so a null here means it was deleted meanwhile. */
async function dedicatedIpPoolDetails(pool: DedicatedIpPoolModel, context: GatewayContext): Promise<DedicatedIpPool> {
  const details = await context.loaders.getDedicatedIpPool.load(pool);
  if (!details) throw deletedMeanwhile(pool);
  return details;
}

const dedicatedIpPool: QueryResolvers['dedicatedIpPool'] = async (_parent, { name, region }, context) => {
  const pool = { region: context.region(region), name };
  // A name SES would reject cannot exist: answer null without asking SES.
  if (!isResourceName(name)) return null;
  return (await context.loaders.getDedicatedIpPool.load(pool)) ? pool : null;
};

const dedicatedIpPools: QueryResolvers['dedicatedIpPools'] = (_parent, { first, after, region }, context) => {
  const r = context.region(region);
  return sesConnection<DedicatedIpPoolModel>({ first, after }, 1000, async (token, pageSize) => {
    const page = await context.ses.read(r, 'ListDedicatedIpPools', { ...(token !== undefined && { NextToken: token }), PageSize: pageSize });
    return { items: (page.DedicatedIpPools ?? []).map((name) => ({ region: r, name })), nextToken: page.NextToken };
  });
};

export const dedicatedIpPoolResolvers: Resolvers = {
  Query: { dedicatedIpPool, dedicatedIpPools },
  DedicatedIpPool: {
    id: (pool) => encodeId('DedicatedIpPool', pool.region, pool.name),
    name: prop('name'),
    region: prop('region'),
    arn: (pool, _args, context) => sesArn(pool.region, context.accountId, 'dedicated-ip-pool', pool.name),
    scalingMode: async (pool, _args, context) => (await dedicatedIpPoolDetails(pool, context)).ScalingMode ?? 'STANDARD',
    tags: (pool, _args, context) => poolTags(pool, context),
  },
};
