import { runGatewayCluster } from './cluster';

runGatewayCluster();
