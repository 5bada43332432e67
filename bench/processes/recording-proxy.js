'use strict';
// Stands between the gateways and the real subgraphs while the bench records: forwards each request and keeps
// the answer under its body, for the stand-ins to replay. IPC: { type: 'save', file }.
const fs = require('node:fs');
const http = require('node:http');

const routes = JSON.parse(process.env.PROXY_ROUTES); // { subgraph: { port, target } }
const recordings = {};

for (const [subgraph, { port, target }] of Object.entries(routes)) {
  recordings[subgraph] = {};
  http
    .createServer((request, response) => {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = { 'content-type': 'application/json' };
        if (request.headers['x-hamyar-identity']) headers['x-hamyar-identity'] = request.headers['x-hamyar-identity'];
        try {
          const answer = await fetch(target, { method: 'POST', headers, body });
          const text = await answer.text();
          const contentType = answer.headers.get('content-type') || 'application/json';
          if (answer.ok) recordings[subgraph][body] = { status: answer.status, contentType, text };
          response.writeHead(answer.status, { 'content-type': contentType });
          response.end(text);
        } catch (error) {
          response.writeHead(502, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        }
      });
    })
    .listen(port, '127.0.0.1');
}
process.on('message', (message) => {
  if (message.type === 'save') {
    fs.writeFileSync(message.file, JSON.stringify(recordings));
    process.send({ type: 'saved', bodies: Object.fromEntries(Object.entries(recordings).map(([s, r]) => [s, Object.keys(r).length])) });
  }
});
process.send({ type: 'ready' });
