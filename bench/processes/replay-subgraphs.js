'use strict';
// Fast stand-ins for the subgraphs: one HTTP server per subgraph that answers each request body with the
// answer the real subgraph gave to that body when it was recorded, so a gateway measured against them pays
// for nothing but itself. IPC: { type: 'load', file } (recordings: { subgraph: { body: {status, contentType,
// text} } }), { type: 'count' }. An unrecorded body gets HTTP 500, which the bench counts as an error.
const fs = require('node:fs');
const http = require('node:http');

const ports = JSON.parse(process.env.REPLAY_PORTS); // { subgraph: port }
let recordings = {};
let served = 0;
let unknown = 0;

for (const [subgraph, port] of Object.entries(ports)) {
  http
    .createServer((request, response) => {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        served++;
        const answer = recordings[subgraph] && recordings[subgraph][Buffer.concat(chunks).toString('utf8')];
        if (!answer) {
          unknown++;
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end('{"errors":[{"message":"not recorded"}]}');
          return;
        }
        response.writeHead(answer.status, { 'content-type': answer.contentType || 'application/json' });
        response.end(answer.text);
      });
    })
    .listen(port, '127.0.0.1');
}
process.on('message', (message) => {
  if (message.type === 'load') {
    recordings = JSON.parse(fs.readFileSync(message.file, 'utf8'));
    process.send({ type: 'loaded' });
  } else if (message.type === 'count') process.send({ type: 'count', value: served, unknown });
});
process.send({ type: 'ready' });
