/**
 * Event destination writes: create, update (merged onto the stored
 * definition, since SES replaces it whole) and delete. Inputs arrive
 * validated. SES answers NotFound both for a missing set and for a missing
 * destination; each userError names the field that is actually missing.
 */
import type { EventDestination as SesEventDestination } from '@aws-sdk/client-sesv2';
import { isNotFound, userError } from '../errors.js';
import type { CreateEventDestinationInput, UpdateEventDestinationInput, UserError } from '../generated/resolvers.js';
import type { EventDestinationModel } from '../models.js';
import { MAX_EVENT_DESTINATIONS } from '../validation/eventDestinations.js';
import type { RequestSes } from './requestSes.js';
import { attempt, type Result } from './result.js';
import { toSdkEventDestinationDefinition, toSdkEventDestinationTarget, type SdkEventDestinationTarget } from './toSdk.js';

export interface DestinationKey {
  region: string;
  configurationSetName: string;
  name: string;
}

/** Whether to read the destination back after the write, for a payload that selected it. */
interface ReadBack {
  readBack: boolean;
}

/** The destination kind SES stored, to send back unchanged in an update. */
function currentTarget(destination: SesEventDestination): SdkEventDestinationTarget {
  const { CloudWatchDestination, KinesisFirehoseDestination, SnsDestination, EventBridgeDestination, PinpointDestination } = destination;
  return {
    ...(CloudWatchDestination && { CloudWatchDestination }),
    ...(KinesisFirehoseDestination && { KinesisFirehoseDestination }),
    ...(SnsDestination && { SnsDestination }),
    ...(EventBridgeDestination && { EventBridgeDestination }),
    ...(PinpointDestination && { PinpointDestination }),
  };
}

/** The destination as the gateway reads it through this request's loaders (cleared after each write), or null. */
async function readDestination({ region, configurationSetName, name }: DestinationKey, ses: RequestSes): Promise<EventDestinationModel | null> {
  const destinations = await ses.loaders.getConfigurationSetEventDestinations.load({ region, name: configurationSetName });
  const destination = destinations?.find((d) => d.Name === name);
  return destination ? { region, configurationSetName, destination } : null;
}

/** After a successful write: the destination read back when asked for, else null. */
async function written(key: DestinationKey, ses: RequestSes, { readBack }: ReadBack): Promise<Result<EventDestinationModel | null>> {
  return { ok: true, value: readBack ? await readDestination(key, ses) : null };
}

const setMissing = ({ region, configurationSetName }: DestinationKey) => userError('NOT_FOUND', `configurationSetName: no configuration set "${configurationSetName}" exists in ${region}.`, ['configurationSetName']);

const destinationMissing = ({ configurationSetName, name }: DestinationKey) => userError('NOT_FOUND', `name: configuration set "${configurationSetName}" has no event destination "${name}".`, ['name']);

/** Which of the two is missing: one read, only on this failure path. */
async function whichIsMissing(key: DestinationKey, ses: RequestSes): Promise<UserError> {
  const destinations = await ses.loaders.getConfigurationSetEventDestinations.load({ region: key.region, name: key.configurationSetName });
  return destinations === null ? setMissing(key) : destinationMissing(key);
}

export async function createEventDestination(ses: RequestSes, key: DestinationKey, input: CreateEventDestinationInput, options: ReadBack): Promise<Result<EventDestinationModel | null>> {
  const created = await attempt(
    () =>
      ses.write(key.region, 'CreateConfigurationSetEventDestination', {
        ConfigurationSetName: key.configurationSetName,
        EventDestinationName: key.name,
        EventDestination: toSdkEventDestinationDefinition(input),
      }),
    {
      NOT_FOUND: { field: ['configurationSetName'], message: setMissing(key).message },
      ALREADY_EXISTS: { field: ['name'], message: `name: configuration set "${key.configurationSetName}" already has an event destination "${key.name}".` },
      LIMIT_EXCEEDED: { field: null, message: `configuration set "${key.configurationSetName}" already has ${MAX_EVENT_DESTINATIONS} event destinations, the most SES allows; delete one first.` },
    },
  );
  return created.ok ? written(key, ses, options) : created;
}

/**
 * SES replaces the whole definition: the update is merged onto the current
 * one, read fresh inside the region's write slot so that a concurrent update
 * cannot be lost.
 */
export async function updateEventDestination(ses: RequestSes, key: DestinationKey, input: UpdateEventDestinationInput, options: ReadBack): Promise<Result<EventDestinationModel | null>> {
  let missing: UserError | undefined;
  const updated = await attempt(() =>
    ses.readModifyWrite(key.region, 'UpdateConfigurationSetEventDestination', async (readFresh) => {
      let destinations: SesEventDestination[];
      try {
        destinations = (await readFresh('GetConfigurationSetEventDestinations', { ConfigurationSetName: key.configurationSetName })).EventDestinations ?? [];
      } catch (error) {
        if (!isNotFound(error)) throw error;
        missing = setMissing(key);
        return undefined;
      }
      const current = destinations.find((destination) => destination.Name === key.name);
      if (!current) {
        missing = destinationMissing(key);
        return undefined;
      }
      return {
        result: true,
        input: {
          ConfigurationSetName: key.configurationSetName,
          EventDestinationName: key.name,
          EventDestination: {
            Enabled: input.enabled ?? current.Enabled ?? false,
            MatchingEventTypes: input.matchingEventTypes ?? current.MatchingEventTypes ?? [],
            ...(input.destination ? toSdkEventDestinationTarget(input.destination) : currentTarget(current)),
          },
        },
      };
    }),
  );
  if (missing) return { ok: false, error: missing };
  if (!updated.ok) return { ok: false, error: updated.error.code === 'NOT_FOUND' ? await whichIsMissing(key, ses) : updated.error };
  return written(key, ses, options);
}

export async function deleteEventDestination(ses: RequestSes, key: DestinationKey): Promise<Result<DestinationKey>> {
  const deleted = await attempt(() =>
    ses.write(key.region, 'DeleteConfigurationSetEventDestination', { ConfigurationSetName: key.configurationSetName, EventDestinationName: key.name }),
  );
  if (!deleted.ok) return { ok: false, error: deleted.error.code === 'NOT_FOUND' ? await whichIsMissing(key, ses) : deleted.error };
  return { ok: true, value: key };
}
