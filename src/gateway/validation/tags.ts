/**
 * SES's rules for TagResource and UntagResource, checked before any SES call
 * (see the emulator's operations/tags.ts). The tag rules themselves live in
 * InputErrors.tags; what is added here is "at least one" and the rules for a
 * bare tag key.
 */
import type { TagResourceInput, UntagResourceInput, UserError } from '../generated/resolvers.js';
import { InputErrors } from './rules.js';

export function validateTagResource(input: TagResourceInput): UserError[] {
  const errors = new InputErrors();
  if (errors.check(input.tags.length > 0, ['tags'], 'must contain at least one tag.')) errors.tags(input.tags, ['tags']);
  return errors.errors;
}

export function validateUntagResource(input: UntagResourceInput): UserError[] {
  const errors = new InputErrors();
  if (!errors.check(input.keys.length > 0, ['keys'], 'must name at least one tag key.')) return errors.errors;
  input.keys.forEach((key, index) => errors.tagKey(key, ['keys', index], 'must not start with the reserved prefix aws:; such tags cannot be removed.'));
  return errors.errors;
}
