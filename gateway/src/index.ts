export * from './config';
export * from './gateway';
export * from './compose/compose-supergraph';
