import { z } from 'zod';
import { alreadyExists, limitExceeded, notFound } from '../errors.js';
import { defineOperation, type OperationModule } from '../operation.js';
import type { DedicatedIpPoolRecord, RegionState } from '../state.js';
import { nextToken, page, pageSize } from '../paging.js';
import { enumOf, resourceName, tagList } from '../validation.js';

/** SES's quota of dedicated IP pools per account and region. */
const MAX_DEDICATED_IP_POOLS = 50;

/** The model documents no PageSize bounds for ListDedicatedIpPools; these match ListConfigurationSets. */
const MAX_PAGE_SIZE = 1000;

const poolName = resourceName('PoolName');

function getDedicatedIpPool(state: RegionState, name: string): DedicatedIpPoolRecord {
  const pool = state.DedicatedIpPools.get(name);
  if (!pool) throw notFound(`Dedicated IP pool ${name} does not exist.`);
  return pool;
}

const createDedicatedIpPool = defineOperation({
  name: 'CreateDedicatedIpPool',
  kind: 'write',
  input: z.object({
    PoolName: poolName,
    Tags: tagList.optional(),
    ScalingMode: enumOf(['STANDARD', 'MANAGED'], 'ScalingMode').optional(),
  }),
  run(input, state, { now }) {
    const name = input.PoolName;
    if (state.DedicatedIpPools.has(name)) throw alreadyExists(`Dedicated IP pool ${name} already exists.`);
    if (state.DedicatedIpPools.size >= MAX_DEDICATED_IP_POOLS) {
      throw limitExceeded(`Maximum number of dedicated IP pools (${MAX_DEDICATED_IP_POOLS}) reached.`);
    }
    state.DedicatedIpPools.set(name, {
      PoolName: name,
      ScalingMode: input.ScalingMode ?? 'STANDARD',
      CreatedTimestamp: now(),
      Tags: input.Tags ?? [],
    });
    return {};
  },
});

const getDedicatedIpPoolOperation = defineOperation({
  name: 'GetDedicatedIpPool',
  kind: 'read',
  input: z.object({ PoolName: poolName }),
  run(input, state) {
    const pool = getDedicatedIpPool(state, input.PoolName);
    return { DedicatedIpPool: { PoolName: pool.PoolName, ScalingMode: pool.ScalingMode } };
  },
});

const listDedicatedIpPools = defineOperation({
  name: 'ListDedicatedIpPools',
  kind: 'read',
  input: z.object({ NextToken: nextToken.optional(), PageSize: pageSize(1, MAX_PAGE_SIZE).optional() }),
  run(input, state) {
    const names = [...state.DedicatedIpPools.keys()];
    const { items, nextToken: token } = page(names, (name) => name, input.PageSize ?? MAX_PAGE_SIZE, input.NextToken);
    return { DedicatedIpPools: items, NextToken: token };
  },
});

const deleteDedicatedIpPool = defineOperation({
  name: 'DeleteDedicatedIpPool',
  kind: 'write',
  input: z.object({ PoolName: poolName }),
  run(input, state) {
    getDedicatedIpPool(state, input.PoolName);
    // The pool's tags go with it. Configuration sets keep naming it in
    // DeliveryOptions.SendingPoolName, as SES does; setting that name again
    // is refused until a pool of that name exists.
    state.DedicatedIpPools.delete(input.PoolName);
    return {};
  },
});

export const dedicatedIpPools: OperationModule = {
  routes: [
    { method: 'POST', path: '/v2/email/dedicated-ip-pools', operation: 'CreateDedicatedIpPool' },
    { method: 'GET', path: '/v2/email/dedicated-ip-pools/{PoolName}', operation: 'GetDedicatedIpPool' },
    {
      method: 'GET',
      path: '/v2/email/dedicated-ip-pools',
      operation: 'ListDedicatedIpPools',
      query: { NextToken: 'string', PageSize: 'integer' },
    },
    { method: 'DELETE', path: '/v2/email/dedicated-ip-pools/{PoolName}', operation: 'DeleteDedicatedIpPool' },
  ],
  operations: [createDedicatedIpPool, getDedicatedIpPoolOperation, listDedicatedIpPools, deleteDedicatedIpPool],
};
