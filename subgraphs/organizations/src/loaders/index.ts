import { ConnectionLoaders, entityLoader, groupLoader, sourcesLoader, type EntityReferences, type Identity } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import {
  MunicipalityEntity,
  OrganizationEntity,
  OrganizationFigureEntity,
  PersonEntity,
  ProvinceEntity,
  ShareholdingEntity,
  StatementEntity,
  SubsidiaryCompanyEntity,
} from '../entities';
import { shareholderStructureLoader } from './shareholder-structure';

/** Fresh for every request: batching within a request, no caching across requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    province: entityLoader(dataSource, ProvinceEntity, 'code'),
    organization: entityLoader(dataSource, OrganizationEntity, 'id'),
    organizationByProvince: entityLoader(dataSource, OrganizationEntity, 'provinceCode'),
    municipality: entityLoader(dataSource, MunicipalityEntity, 'id'),
    subsidiary: entityLoader(dataSource, SubsidiaryCompanyEntity, 'id'),
    person: entityLoader(dataSource, PersonEntity, 'id'),
    statement: entityLoader(dataSource, StatementEntity, 'id'),
    shareholdingByMunicipality: entityLoader(dataSource, ShareholdingEntity, 'municipalityId'),
    shareholderStructure: shareholderStructureLoader(dataSource),
    // All of an organization's figures, for the current counts (currentFigure takes the last achieved one); the
    // `figures` field pages them instead.
    figures: groupLoader(dataSource, OrganizationFigureEntity, 'organizationId', { metric: 'ASC', kind: 'ASC', recordedOrder: 'ASC' }),
    sources: sourcesLoader(dataSource),
    connections: new ConnectionLoaders(dataSource),
  };
}

export type OrganizationsLoaders = ReturnType<typeof createLoaders>;

export interface OrganizationsContext {
  readonly dataSource: DataSource;
  readonly identity: Identity;
  readonly references: EntityReferences;
  readonly loaders: OrganizationsLoaders;
}

/**
 * After a mutation: what the request's loaders cached before it may be stale, so the rest of the request
 * (the mutation's selection, a later mutation of the same request) reads afresh.
 */
export function refreshLoaders(ctx: OrganizationsContext): void {
  Object.assign(ctx.loaders, createLoaders(ctx.dataSource));
}
