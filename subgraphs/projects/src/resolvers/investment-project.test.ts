import fs from 'node:fs';
import path from 'node:path';
import { fieldsWithoutColumns } from '@hamyar/shared';
import { INVESTMENT_PROJECT_COLUMNS } from './investment-project';

describe('INVESTMENT_PROJECT_COLUMNS', () => {
  it('names the columns of every field of InvestmentProject, so no selection loads every column', () => {
    const sdl = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(fieldsWithoutColumns(sdl, 'InvestmentProject', INVESTMENT_PROJECT_COLUMNS)).toEqual([]);
  });
});
