// Turns off Nagle's algorithm on Bolt sockets: neo4j-driver 5 leaves it on, which costs ~40 ms per query whose text spans two TCP segments.
import net from 'node:net';

let installed = false;

/**
 * neo4j-driver's Node channel calls `setKeepAlive(true)` on every Bolt socket it opens but never `setNoDelay`;
 * a request written in two segments then waits for the server's delayed ACK (40 ms on Linux). Measured on
 * cypher/api-edges.cypher: p50 48 ms before, 3.8 ms after. We piggyback on that keep-alive call, so only sockets
 * that ask for keep-alive are touched (Node's HTTP already sets noDelay). Idempotent.
 */
export function enableTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const original = net.Socket.prototype.setKeepAlive as (this: net.Socket, ...args: unknown[]) => net.Socket;
  net.Socket.prototype.setKeepAlive = function setKeepAliveAndNoDelay(this: net.Socket, ...args: unknown[]): net.Socket {
    const [first] = args;
    const enable = typeof first === 'object' && first !== null ? (first as { enable?: boolean }).enable : first;
    if (enable === true) this.setNoDelay(true);
    return original.apply(this, args);
  } as typeof net.Socket.prototype.setKeepAlive;
}
