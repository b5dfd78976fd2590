// TCP_NODELAY reaches the sockets that connect to a Bolt port, and no others, without patching net.Socket.
import net from 'node:net';
import { boltPortOf, enableTcpNoDelay } from '../../../core/tcpNoDelay';

async function listen(): Promise<net.Server> {
  const server = net.createServer((s) => s.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Connects to `server` and resolves, once connected, to whether setNoDelay(true) was called on the socket. */
async function noDelaySet(server: net.Server): Promise<boolean> {
  const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  const spy = jest.spyOn(socket, 'setNoDelay');
  await new Promise<void>((resolve) => socket.once('connect', () => setImmediate(resolve)));
  socket.destroy();
  return spy.mock.calls.some(([value]) => value === true);
}

describe('enableTcpNoDelay', () => {
  const servers: net.Server[] = [];
  afterAll(async () => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

  it('sets TCP_NODELAY on a client socket that connects to a Bolt port it was given', async () => {
    const bolt = await listen();
    servers.push(bolt);
    enableTcpNoDelay((bolt.address() as net.AddressInfo).port);
    enableTcpNoDelay((bolt.address() as net.AddressInfo).port);
    expect(await noDelaySet(bolt)).toBe(true);
  });

  it('leaves a socket to any other port alone', async () => {
    const other = await listen();
    servers.push(other);
    expect(await noDelaySet(other)).toBe(false);
  });

  it('watches each socket once however many copies of the module are loaded (Jest loads one per test file)', async () => {
    let copy: typeof import('../../../core/tcpNoDelay') | undefined;
    jest.isolateModules(() => {
      copy = jest.requireActual<typeof import('../../../core/tcpNoDelay')>('../../../core/tcpNoDelay');
    });
    const bolt = await listen();
    servers.push(bolt);
    copy!.enableTcpNoDelay((bolt.address() as net.AddressInfo).port);
    const socket = net.connect((bolt.address() as net.AddressInfo).port, '127.0.0.1');
    const listeners = socket.listenerCount('connect');
    socket.destroy();
    expect(listeners).toBe(1);
    // And the port the copy was given is honoured.
    expect(await noDelaySet(bolt)).toBe(true);
  });

  it('reads the Bolt port from a URI, 7687 when the URI names none', () => {
    expect(boltPortOf('neo4j://db.example:7688')).toBe(7688);
    expect(boltPortOf('bolt+s://db.example')).toBe(7687);
  });
});
