import { ManifestError, readManifest, sha256Hex } from './manifest';

const body = 'query ProvinceNames { provinces { nodes { nameFa } } }';
const manifest = (operations: unknown[]) => ({ format: 'apollo-persisted-query-manifest', version: 1, operations });

describe('readManifest', () => {
  it('reads the operations of an Apollo persisted query manifest', () => {
    expect(readManifest(manifest([{ id: sha256Hex(body), name: 'ProvinceNames', type: 'query', body }]))).toEqual([
      { id: sha256Hex(body), name: 'ProvinceNames', type: 'query', body },
    ]);
  });

  it.each([
    ['another format', { format: 'relay', version: 1, operations: [] }, '"format"'],
    [
      'an id that is not the hash of its body',
      manifest([{ id: sha256Hex(body + ' '), name: 'ProvinceNames', type: 'query', body }]),
      'operations[0].id',
    ],
    [
      'a body that is not GraphQL',
      manifest([{ id: sha256Hex('query {'), name: 'X', type: 'query', body: 'query {' }]),
      'operations[0].body is not GraphQL',
    ],
    ['a name that is not the body’s', manifest([{ id: sha256Hex(body), name: 'Other', type: 'query', body }]), 'says query "Other"'],
    ['a type that is not the body’s', manifest([{ id: sha256Hex(body), name: 'ProvinceNames', type: 'mutation', body }]), 'says mutation'],
  ])('refuses %s, naming the operation and field', (_what, input, problem) => {
    try {
      readManifest(input);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestError);
      expect((error as ManifestError).problems.join('\n')).toContain(problem);
    }
  });
});
