import fs from 'node:fs';
import path from 'node:path';
import { fieldsWithoutColumns } from '@hamyar/shared';
import { AGREEMENT_COLUMNS } from './agreement-columns';

describe('AGREEMENT_COLUMNS', () => {
  it('names the columns of every field of Agreement, so no selection loads every column', () => {
    const sdl = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(fieldsWithoutColumns(sdl, 'Agreement', AGREEMENT_COLUMNS)).toEqual([]);
  });
});
