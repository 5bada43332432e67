import type express from 'express';
import { InternalRequests } from './internal-requests';

const request = (ip: string, headers: Record<string, string> = {}) => ({ ip, headers, socket: {} }) as unknown as express.Request;

describe('the gateway’s own page requests', () => {
  it('are counted against the caller they are made for, and only with this process’s secret', () => {
    const internal = new InternalRequests();
    const headers = internal.headersFor(request('203.0.113.7', { authorization: 'Bearer t', 'x-request-id': 'r-1' }));
    expect(headers).toMatchObject({ authorization: 'Bearer t', 'x-request-id': 'r-1', 'x-hamyar-internal-client': '203.0.113.7' });
    expect(internal.clientAddress(request('127.0.0.1', headers))).toBe('203.0.113.7');
    // Anyone else claiming an address is counted by their own.
    expect(internal.clientAddress(request('198.51.100.9', { ...headers, 'x-hamyar-internal-token': 'guess' }))).toBe('198.51.100.9');
    expect(new InternalRequests().clientAddress(request('198.51.100.9', headers))).toBe('198.51.100.9');
  });
});
