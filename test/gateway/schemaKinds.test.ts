/**
 * Apollo builds its schema with graphql's CommonJS build, while under vitest
 * this project's modules load the ESM one: the code that reads Apollo's
 * schema (pricing, redaction) must work on types from either copy, where
 * graphql's own isObjectType & co. throw.
 */
import { createRequire } from 'node:module';
import * as graphqlHere from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/gateway/ids.js';
import { estimateCalls } from '../../src/gateway/pricing/estimate.js';
import { redactInput, secretInputFields } from '../../src/gateway/redaction.js';
import { isAbstractKind, isInputObjectKind, isObjectKind } from '../../src/gateway/schemaKinds.js';
import { loadTypeDefs } from '../../src/gateway/server.js';

const graphqlCommonJs = createRequire(import.meta.url)('graphql') as typeof graphqlHere;
const schemas = { here: graphqlHere.buildSchema(loadTypeDefs()), commonJs: graphqlCommonJs.buildSchema(loadTypeDefs()) };

describe('schema kinds across copies of graphql', () => {
  it('runs with two copies of graphql, as the gateway does under vitest', () => {
    expect(schemas.commonJs.getQueryType()).not.toBeInstanceOf(graphqlHere.GraphQLObjectType);
  });

  it.each(Object.entries(schemas))('tells the kinds of the %s copy', (_copy, schema) => {
    expect([isObjectKind, isAbstractKind, isInputObjectKind].map((is) => is(schema.getType('ConfigurationSet')))).toEqual([true, false, false]);
    expect([isObjectKind, isAbstractKind, isInputObjectKind].map((is) => is(schema.getType('Node')))).toEqual([false, true, false]);
    expect([isObjectKind, isAbstractKind, isInputObjectKind].map((is) => is(schema.getType('TagInput')))).toEqual([false, false, true]);
    expect([isObjectKind, isAbstractKind, isInputObjectKind].map((is) => is(schema.getType('String')))).toEqual([false, false, false]);
  });

  it.each(Object.entries(schemas))('prices interfaces and fragments on the %s copy', (_copy, schema) => {
    const document = graphqlHere.parse(`
      query($id: ID!) { node(id: $id) { ...Set ... on Node { id } } }
      fragment Set on ConfigurationSet { sendingEnabled ... on Taggable { tags { key } } eventDestinations { name } }`);
    const operation = document.definitions.find((d): d is graphqlHere.OperationDefinitionNode => d.kind === graphqlHere.Kind.OPERATION_DEFINITION);
    if (!operation) throw new Error('no operation');
    const variables = { id: encodeId('ConfigurationSet', 'us-east-1', 'a') };
    expect(estimateCalls({ schema, document, operation, variables }, { defaultRegion: 'us-east-1', identityScanEstimate: 25 }).calls).toEqual({
      GetConfigurationSet: 1,
      GetConfigurationSetEventDestinations: 1,
    });
  });

  it.each(Object.entries(schemas))('finds and redacts secret inputs on the %s copy', (_copy, schema) => {
    const secrets = secretInputFields(schema);
    expect(secrets).toContain('DkimSigningAttributesInput.domainSigningPrivateKey');
    const input = schema.getMutationType()?.getFields().createEmailIdentity?.args[0]?.type;
    expect(redactInput({ name: 'example.com', dkimSigningAttributes: { domainSigningSelector: 's1', domainSigningPrivateKey: 'c2VjcmV0' } }, input, secrets)).toEqual({
      name: 'example.com',
      dkimSigningAttributes: { domainSigningSelector: 's1', domainSigningPrivateKey: '[redacted]' },
    });
  });
});
