import { z } from 'zod';
import { alreadyExists, limitExceeded, notFound } from '../errors.js';
import { defineOperation, type OperationModule } from '../operation.js';
import type { ConfigurationSetRecord, RegionState } from '../state.js';
import { nextToken, page, pageSize } from '../paging.js';
import { enumOf, resourceName, tagList } from '../validation.js';
import {
  archiveArn,
  archivingOptions,
  deliveryOptions,
  maxDeliverySeconds,
  messageSecurityOptions,
  reputationOptions,
  requirePool,
  sendingOptions,
  suppressionOptions,
  suppressionReasons,
  suppressionScope,
  suppressionValidationOptions,
  trackingOptions,
  vdmOptions,
} from './options.js';

/** SES's default quota of configuration sets per account and region. */
const MAX_CONFIGURATION_SETS = 10_000;

const configurationSetName = resourceName('ConfigurationSetName');

export function getConfigurationSet(state: RegionState, name: string): ConfigurationSetRecord {
  const set = state.ConfigurationSets.get(name);
  if (!set) throw notFound(`Configuration set <${name}> does not exist.`);
  return set;
}

function describe(set: ConfigurationSetRecord) {
  return {
    ConfigurationSetName: set.ConfigurationSetName,
    TrackingOptions: set.TrackingOptions,
    DeliveryOptions: set.DeliveryOptions,
    ReputationOptions: set.ReputationOptions,
    SendingOptions: set.SendingOptions,
    Tags: set.Tags,
    SuppressionOptions: set.SuppressionOptions,
    VdmOptions: set.VdmOptions,
    ArchivingOptions: set.ArchivingOptions,
    MessageSecurityOptions: set.MessageSecurityOptions,
  };
}

const createConfigurationSet = defineOperation({
  name: 'CreateConfigurationSet',
  kind: 'write',
  input: z.object({
    ConfigurationSetName: configurationSetName,
    TrackingOptions: trackingOptions.optional(),
    DeliveryOptions: deliveryOptions.optional(),
    ReputationOptions: reputationOptions.optional(),
    SendingOptions: sendingOptions.optional(),
    Tags: tagList.optional(),
    SuppressionOptions: suppressionOptions.optional(),
    VdmOptions: vdmOptions.optional(),
    ArchivingOptions: archivingOptions.optional(),
    MessageSecurityOptions: messageSecurityOptions.optional(),
  }),
  run(input, state, { now }) {
    const name = input.ConfigurationSetName;
    if (state.ConfigurationSets.has(name)) throw alreadyExists(`Configuration set <${name}> already exists.`);
    if (state.ConfigurationSets.size >= MAX_CONFIGURATION_SETS) {
      throw limitExceeded(`Maximum number of configuration sets (${MAX_CONFIGURATION_SETS}) reached.`);
    }
    requirePool(state, input.DeliveryOptions?.SendingPoolName);
    state.ConfigurationSets.set(name, {
      ConfigurationSetName: name,
      CreatedTimestamp: now(),
      TrackingOptions: input.TrackingOptions,
      // SES reports TLS as OPTIONAL for a set created without delivery options.
      DeliveryOptions: { TlsPolicy: 'OPTIONAL', ...input.DeliveryOptions },
      ReputationOptions: { ReputationMetricsEnabled: input.ReputationOptions?.ReputationMetricsEnabled ?? false },
      SendingOptions: { SendingEnabled: input.SendingOptions?.SendingEnabled ?? true },
      SuppressionOptions: input.SuppressionOptions,
      VdmOptions: input.VdmOptions,
      ArchivingOptions: input.ArchivingOptions?.ArchiveArn ? input.ArchivingOptions : undefined,
      MessageSecurityOptions: input.MessageSecurityOptions,
      Tags: input.Tags ?? [],
      EventDestinations: [],
    });
    return {};
  },
});

const getConfigurationSetOperation = defineOperation({
  name: 'GetConfigurationSet',
  kind: 'read',
  input: z.object({ ConfigurationSetName: configurationSetName }),
  run: (input, state) => describe(getConfigurationSet(state, input.ConfigurationSetName)),
});

const listConfigurationSets = defineOperation({
  name: 'ListConfigurationSets',
  kind: 'read',
  input: z.object({
    Filter: z.object({ CONFIGURATION_SET_NAME_CONTAINS: z.string().optional() }).optional(),
    NextToken: nextToken.optional(),
    PageSize: pageSize(1, 1000).optional(),
  }),
  run(input, state) {
    const contains = input.Filter?.CONFIGURATION_SET_NAME_CONTAINS;
    const names = [...state.ConfigurationSets.keys()].filter((name) => contains === undefined || name.includes(contains));
    const { items, nextToken: token } = page(names, (name) => name, input.PageSize ?? 1000, input.NextToken);
    return { ConfigurationSets: items, NextToken: token };
  },
});

const deleteConfigurationSet = defineOperation({
  name: 'DeleteConfigurationSet',
  kind: 'write',
  input: z.object({ ConfigurationSetName: configurationSetName }),
  run(input, state) {
    getConfigurationSet(state, input.ConfigurationSetName);
    // Event destinations and tags go with the set. Identities keep naming it
    // as their default, as SES does: their sends then fail until it is fixed.
    state.ConfigurationSets.delete(input.ConfigurationSetName);
    return {};
  },
});

const updateConfigurationSet = defineOperation({
  name: 'UpdateConfigurationSet',
  kind: 'write',
  input: z.object({ ConfigurationSetName: configurationSetName, MessageSecurityOptions: messageSecurityOptions.optional() }),
  run(input, state) {
    const set = getConfigurationSet(state, input.ConfigurationSetName);
    set.MessageSecurityOptions = input.MessageSecurityOptions;
    return {};
  },
});

/** Defines a Put*Options operation: validate the set's name and the group, then apply it to the set. */
function putOptions<S extends z.ZodRawShape>(
  name: string,
  shape: S,
  apply: (set: ConfigurationSetRecord, input: z.infer<z.ZodObject<S>>, state: RegionState, now: number) => void,
) {
  return defineOperation({
    name,
    kind: 'write',
    input: z.object({ ConfigurationSetName: configurationSetName, ...shape }),
    run(input, state, { now }) {
      const set = getConfigurationSet(state, (input as { ConfigurationSetName: string }).ConfigurationSetName);
      apply(set, input as z.infer<z.ZodObject<S>>, state, now());
      return {};
    },
  });
}

const putSendingOptions = putOptions('PutConfigurationSetSendingOptions', { SendingEnabled: z.boolean().optional() }, (set, input, _state, now) => {
  const enabled = input.SendingEnabled ?? false;
  // Re-enabling sending gives the set's reputation metrics a fresh start.
  if (enabled && !set.SendingOptions.SendingEnabled) set.ReputationOptions.LastFreshStart = now;
  set.SendingOptions = { SendingEnabled: enabled };
});

const putDeliveryOptions = putOptions(
  'PutConfigurationSetDeliveryOptions',
  {
    TlsPolicy: enumOf(['REQUIRE', 'OPTIONAL'], 'TlsPolicy').optional(),
    SendingPoolName: resourceName('SendingPoolName').optional(),
    MaxDeliverySeconds: maxDeliverySeconds.optional(),
  },
  (set, input, state) => {
    requirePool(state, input.SendingPoolName);
    set.DeliveryOptions = {
      TlsPolicy: input.TlsPolicy ?? 'OPTIONAL',
      ...(input.SendingPoolName !== undefined && { SendingPoolName: input.SendingPoolName }),
      ...(input.MaxDeliverySeconds !== undefined && { MaxDeliverySeconds: input.MaxDeliverySeconds }),
    };
  },
);

const putTrackingOptions = putOptions(
  'PutConfigurationSetTrackingOptions',
  { CustomRedirectDomain: trackingOptions.shape.CustomRedirectDomain.optional(), HttpsPolicy: trackingOptions.shape.HttpsPolicy },
  (set, input) => {
    // Without a domain, the set goes back to SES's own tracking domain.
    set.TrackingOptions = input.CustomRedirectDomain
      ? { CustomRedirectDomain: input.CustomRedirectDomain, ...(input.HttpsPolicy && { HttpsPolicy: input.HttpsPolicy }) }
      : undefined;
  },
);

const putReputationOptions = putOptions(
  'PutConfigurationSetReputationOptions',
  { ReputationMetricsEnabled: z.boolean().optional() },
  (set, input) => {
    set.ReputationOptions = { ...set.ReputationOptions, ReputationMetricsEnabled: input.ReputationMetricsEnabled ?? false };
  },
);

const putSuppressionOptions = putOptions(
  'PutConfigurationSetSuppressionOptions',
  {
    SuppressionScope: suppressionScope.optional(),
    SuppressedReasons: suppressionReasons.optional(),
    ValidationOptions: suppressionValidationOptions.optional(),
  },
  (set, input) => {
    set.SuppressionOptions = {
      SuppressedReasons: input.SuppressedReasons ?? [],
      ...(input.SuppressionScope && { SuppressionScope: input.SuppressionScope }),
      ...(input.ValidationOptions && { ValidationOptions: input.ValidationOptions }),
    };
  },
);

const putVdmOptions = putOptions('PutConfigurationSetVdmOptions', { VdmOptions: vdmOptions.optional() }, (set, input) => {
  set.VdmOptions = input.VdmOptions;
});

const putArchivingOptions = putOptions('PutConfigurationSetArchivingOptions', { ArchiveArn: archiveArn.optional() }, (set, input) => {
  set.ArchivingOptions = input.ArchiveArn ? { ArchiveArn: input.ArchiveArn } : undefined;
});

const name = '{ConfigurationSetName}';
export const configurationSets: OperationModule = {
  routes: [
    { method: 'POST', path: '/v2/email/configuration-sets', operation: 'CreateConfigurationSet' },
    { method: 'GET', path: `/v2/email/configuration-sets/${name}`, operation: 'GetConfigurationSet' },
    { method: 'POST', path: '/v2/email/list-configuration-sets', operation: 'ListConfigurationSets' },
    // The route form older SDKs and the AWS CLI v2 send.
    {
      method: 'GET',
      path: '/v2/email/configuration-sets',
      operation: 'ListConfigurationSets',
      query: { NextToken: 'string', PageSize: 'integer' },
    },
    { method: 'DELETE', path: `/v2/email/configuration-sets/${name}`, operation: 'DeleteConfigurationSet' },
    { method: 'POST', path: '/v2/email/update-configuration-sets', operation: 'UpdateConfigurationSet' },
    { method: 'PUT', path: `/v2/email/configuration-sets/${name}/sending`, operation: 'PutConfigurationSetSendingOptions' },
    { method: 'PUT', path: `/v2/email/configuration-sets/${name}/delivery-options`, operation: 'PutConfigurationSetDeliveryOptions' },
    { method: 'PUT', path: `/v2/email/configuration-sets/${name}/tracking-options`, operation: 'PutConfigurationSetTrackingOptions' },
    { method: 'PUT', path: `/v2/email/configuration-sets/${name}/reputation-options`, operation: 'PutConfigurationSetReputationOptions' },
    { method: 'PUT', path: `/v2/email/configuration-sets/${name}/suppression-options`, operation: 'PutConfigurationSetSuppressionOptions' },
    { method: 'PUT', path: `/v2/email/configuration-sets/${name}/vdm-options`, operation: 'PutConfigurationSetVdmOptions' },
    { method: 'PUT', path: `/v2/email/configuration-sets/${name}/archiving-options`, operation: 'PutConfigurationSetArchivingOptions' },
  ],
  operations: [
    createConfigurationSet,
    getConfigurationSetOperation,
    listConfigurationSets,
    deleteConfigurationSet,
    updateConfigurationSet,
    putSendingOptions,
    putDeliveryOptions,
    putTrackingOptions,
    putReputationOptions,
    putSuppressionOptions,
    putVdmOptions,
    putArchivingOptions,
  ],
};
