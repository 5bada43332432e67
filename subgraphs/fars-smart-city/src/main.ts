import { runMain, startSubgraph } from '@hamyar/shared';
import { farsSmartCitySubgraph } from './index';

runMain('fars-smart-city subgraph', () => startSubgraph(farsSmartCitySubgraph));
