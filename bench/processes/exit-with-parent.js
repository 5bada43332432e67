'use strict';
// Preloaded into every process the bench forks: when the bench goes away (even killed), so does the process,
// so no subgraph or gateway is left holding a port.
process.on('disconnect', () => process.exit(0));
