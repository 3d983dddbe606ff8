/**
 * The comparison for the gateway: a bare Node HTTP server answering every request with the same
 * bytes (a file given on the command line), on the given port. Started by bench/bench.ts.
 *
 *   node dist/bench/bare-server.js <port> <body-file> [content-type]
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file, contentType = 'application/json; charset=utf-8'] = process.argv.slice(2);
const body = readFileSync(file);

http
  .createServer((_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
