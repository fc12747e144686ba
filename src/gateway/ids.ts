/**
 * Opaque node ids: base64url of [type, region, ...names]. Opaque so that
 * clients do not build them by hand; they include the region because the same
 * name can exist in several regions.
 */
import { isIdentityName, isResourceName } from './validation/rules.js';

export type NodeType = 'ConfigurationSet' | 'EventDestination' | 'EmailIdentity' | 'DedicatedIpPool';

const NODE_TYPES: readonly NodeType[] = ['ConfigurationSet', 'EventDestination', 'EmailIdentity', 'DedicatedIpPool'];
const PARTS: Record<NodeType, number> = { ConfigurationSet: 1, EventDestination: 2, EmailIdentity: 1, DedicatedIpPool: 1 };

interface DecodedId {
  type: NodeType;
  region: string;
  names: string[];
}

export function encodeId(type: NodeType, region: string, ...names: string[]): string {
  return Buffer.from(JSON.stringify([type, region, ...names]), 'utf8').toString('base64url');
}

/** The name rule SES applies to each name part of an id of that type. */
const NAME_RULES: Record<NodeType, (name: string) => boolean> = {
  ConfigurationSet: isResourceName,
  EventDestination: isResourceName,
  EmailIdentity: isIdentityName,
  DedicatedIpPool: isResourceName,
};

/**
 * Whether every name in the id passes SES's rule for its type. Ids this
 * gateway hands out always do; one that does not names nothing that can
 * exist, so it is refused (or null) without an SES call.
 */
export function namesAreValid({ type, names }: DecodedId): boolean {
  return names.every(NAME_RULES[type]);
}

/** The parts of an id, or null when it is not one of ours. */
export function decodeId(id: string): DecodedId | null {
  try {
    const parts: unknown = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) return null;
    const [type, region, ...names] = parts as string[];
    if (!type || !region || !(NODE_TYPES as readonly string[]).includes(type)) return null;
    if (names.length !== PARTS[type as NodeType]) return null;
    return { type: type as NodeType, region, names };
  } catch {
    return null;
  }
}
