'use strict';
// A real subgraph process (its own main, on its own env), counting the HTTP requests it serves so the bench
// can tell subgraph requests per client request. Asked over IPC: { type: 'count' } → { type: 'count', value }.
const http = require('node:http');

let served = 0;
const createServer = http.createServer;
http.createServer = function countingCreateServer(...args) {
  const server = createServer.apply(this, args);
  server.on('request', (request) => {
    // Express has already rewritten request.url for its mounted route; originalUrl is what was asked.
    if ((request.originalUrl || request.url || '').startsWith('/graphql')) served++;
  });
  return server;
};
process.on('message', (message) => {
  if (message && message.type === 'count') process.send({ type: 'count', value: served });
});
require(require('node:path').resolve(__dirname, '../../subgraphs', process.argv[2], 'dist/main.js'));
