/**
 * Opaque node ids: base64url of [type, region, ...names]. Opaque so that
 * clients do not build them by hand; they include the region because the same
 * name can exist in several regions.
 */
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
