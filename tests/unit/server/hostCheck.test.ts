import type { Request } from 'express';
import { loadConfig } from '../../../core/config';
import { ForbiddenHostError } from '../../../core/errors';
import { hostCheck, hostName } from '../../../server/src/http/hostCheck';

function check(allowed: string[], host: string | undefined): unknown {
  let passed: unknown = 'not called';
  const req = {
    method: 'GET',
    path: '/api/queries',
    get: (name: string) => (name === 'host' ? host : undefined),
  } as unknown as Request;
  hostCheck(allowed)(req, {} as never, (error?: unknown) => (passed = error));
  return passed;
}

describe('the Host check', () => {
  it('reads the host name without its port, also for IPv6 literals', () => {
    expect(hostName('127.0.0.1:4000')).toBe('127.0.0.1');
    expect(hostName('LocalHost')).toBe('localhost');
    expect(hostName('[::1]:4000')).toBe('[::1]');
  });

  it('lets through the allowed hosts and refuses a rebinding page, a missing Host and a lookalike', () => {
    const allowed = ['localhost', '127.0.0.1', '[::1]'];
    expect(check(allowed, '127.0.0.1:4000')).toBeUndefined();
    expect(check(allowed, 'localhost:4000')).toBeUndefined();
    expect(check(allowed, 'attacker.example:4000')).toBeInstanceOf(ForbiddenHostError);
    expect(check(allowed, '127.0.0.1.attacker.example')).toBeInstanceOf(ForbiddenHostError);
    expect(check(allowed, undefined)).toBeInstanceOf(ForbiddenHostError);
    expect(check(['*'], 'anything.example')).toBeUndefined();
  });

  it('defaults to the loopback names plus a specific HOST, and names ALLOWED_HOSTS when it is malformed', () => {
    expect(loadConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ HOST: 'entente.lan' }).allowedHosts).toContain('entente.lan');
    expect(loadConfig({ ALLOWED_HOSTS: 'entente.example, 10.0.0.5' }).allowedHosts).toEqual([
      'entente.example',
      '10.0.0.5',
    ]);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'bad host' })).toThrow(/^ALLOWED_HOSTS:/);
  });
});
