import { runMain, startSubgraph } from '@hamyar/shared';
import { __NAME_CAMEL__Subgraph } from './index';

runMain('__NAME__ subgraph', () => startSubgraph(__NAME_CAMEL__Subgraph));
