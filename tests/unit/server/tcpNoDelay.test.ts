import net from 'node:net';
import { enableTcpNoDelay } from '../../../core/tcpNoDelay';

describe('enableTcpNoDelay', () => {
  it('sets TCP_NODELAY on a socket when it turns keep-alive on, as the Bolt channel does', async () => {
    enableTcpNoDelay();
    enableTcpNoDelay();
    const server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    const noDelay = jest.spyOn(socket, 'setNoDelay');
    socket.setKeepAlive(false);
    expect(noDelay).not.toHaveBeenCalled();
    socket.setKeepAlive(true);
    expect(noDelay).toHaveBeenCalledWith(true);
    socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
