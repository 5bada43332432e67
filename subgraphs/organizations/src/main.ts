import { runMain, startSubgraph } from '@hamyar/shared';
import { organizationsSubgraph } from './index';

runMain('organizations subgraph', () => startSubgraph(organizationsSubgraph));
