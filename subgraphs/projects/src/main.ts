import { runMain, startSubgraph } from '@hamyar/shared';
import { projectsSubgraph } from './index';

runMain('projects subgraph', () => startSubgraph(projectsSubgraph));
