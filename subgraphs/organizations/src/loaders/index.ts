import { ConnectionLoaders, entityLoader, groupLoader, historyLoader, sourcesLoader, type EntityReferences, type Identity } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import { MunicipalityEntity, OrganizationEntity, OrganizationFigureEntity, ProvinceEntity, ShareholdingEntity } from '../entities';

/** Fresh for every request: batching within a request, no caching across requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    province: entityLoader(dataSource, ProvinceEntity, 'code'),
    organization: entityLoader(dataSource, OrganizationEntity, 'id'),
    organizationByProvince: entityLoader(dataSource, OrganizationEntity, 'provinceCode'),
    municipality: entityLoader(dataSource, MunicipalityEntity, 'id'),
    shareholdingByMunicipality: entityLoader(dataSource, ShareholdingEntity, 'municipalityId'),
    figures: groupLoader(dataSource, OrganizationFigureEntity, 'organizationId', { metric: 'ASC', kind: 'ASC', id: 'ASC' }),
    sources: sourcesLoader(dataSource),
    history: historyLoader(dataSource),
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
