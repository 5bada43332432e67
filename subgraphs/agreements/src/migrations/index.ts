import { CreateAgreements1764000000000 } from './1764000000000-create-agreements';
import { AgreementSearchText1765000000000 } from './1765000000000-agreement-search-text';
import { AgreementLifeCycle1765000000100 } from './1765000000100-agreement-life-cycle';
import { PagingIndexes1766000000900 } from './1766000000900-paging-indexes';
import { AgreementRegisteringProvince1766100000000 } from './1766100000000-agreement-registering-province';
import { FaithfulRecord1767000000300 } from './1767000000300-faithful-record';

import { AmendmentPageIndex1768000000300 } from './1768000000300-amendment-page-index';
import { PartyProvinceProbe1768000000600 } from './1768000000600-party-province-probe';
import { PartyAgreementOrder1768000000710 } from './1768000000710-party-agreement-order';

/**
 * In order, after the shared ones (sources, history) that openDatabase runs first; listed explicitly so the
 * same list runs from TypeScript sources and compiled output.
 */
export const MIGRATIONS = [
  CreateAgreements1764000000000,
  AgreementSearchText1765000000000,
  AgreementLifeCycle1765000000100,
  PagingIndexes1766000000900,
  AgreementRegisteringProvince1766100000000,
  FaithfulRecord1767000000300,
  AmendmentPageIndex1768000000300,
  PartyProvinceProbe1768000000600,
  PartyAgreementOrder1768000000710,
];
