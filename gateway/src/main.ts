import { runMain } from '@hamyar/shared';
import { startGateway } from './gateway';

runMain('gateway', () => startGateway());
