import { runMain, startSubgraph } from '@hamyar/shared';
import { agreementsSubgraph } from './index';

runMain('agreements subgraph', () => startSubgraph(agreementsSubgraph));
