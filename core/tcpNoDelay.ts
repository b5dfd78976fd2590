// Turns off Nagle's algorithm on Bolt sockets: neo4j-driver 5 leaves it on, which costs ~40 ms per query whose text spans two TCP segments.
import diagnostics from 'node:diagnostics_channel';
import type net from 'node:net';

const clientSockets = diagnostics.channel('net.client.socket');
/**
 * The ports live on the channel object, which Node creates once per process: a second copy of this module (Jest loads
 * one per test file) adds its ports to the same set instead of a second subscriber and a second listener per socket.
 */
const PORTS = Symbol.for('entente.tcpNoDelay.boltPorts');
type SharedChannel = typeof clientSockets & { [PORTS]?: Set<number> };

/** The Bolt port of a neo4j:// or bolt:// URI (7687 when it names none). */
export function boltPortOf(uri: string): number {
  const port = new URL(uri).port;
  return port === '' ? 7687 : Number(port);
}

function watch(ports: ReadonlySet<number>): (message: unknown) => void {
  return (message) => {
    const socket = (message as { socket: net.Socket }).socket;
    // Runs before the driver's own connect callback, so the Bolt handshake already goes out without delay.
    socket.once('connect', () => {
      if (socket.remotePort !== undefined && ports.has(socket.remotePort)) socket.setNoDelay(true);
    });
  };
}

/**
 * neo4j-driver's Node channel never calls `setNoDelay`; a request written in two segments then waits for the server's
 * delayed ACK (40 ms on Linux). Measured on cypher/api-edges.cypher: p50 48 ms before, 3.8 ms after. The driver takes
 * no socket option, so this watches Node's `net.client.socket` diagnostics channel (no patch of Node's classes) and
 * sets TCP_NODELAY only on client sockets that connect to a Bolt port the process uses. Idempotent.
 */
export function enableTcpNoDelay(boltPort: number): void {
  const shared = clientSockets as SharedChannel;
  if (shared[PORTS] === undefined) {
    const ports = new Set<number>();
    shared[PORTS] = ports;
    clientSockets.subscribe(watch(ports));
  }
  shared[PORTS].add(boltPort);
}
