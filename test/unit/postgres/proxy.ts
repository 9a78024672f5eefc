/**
 * A loopback TCP proxy in front of the test server, which a test can cut at any moment: the server
 * "stopping" in the middle of a check or a load, without stopping the server the other suites share.
 */
import * as net from 'node:net';

export interface CuttableProxy {
  /** The server URL, pointed at the proxy. */
  url: string;
  /** Bytes passed from the server to the client so far. */
  received(): number;
  /** Drops every connection and refuses new ones, as a stopped server does. */
  cut(): Promise<void>;
}

export async function cuttableProxy(serverUrl: string, onData?: (proxy: CuttableProxy) => void): Promise<CuttableProxy> {
  const target = new URL(serverUrl);
  const sockets = new Set<net.Socket>();
  let bytes = 0;
  let proxy!: CuttableProxy;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      client.write(chunk);
      onData?.(proxy);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(serverUrl);
  url.host = `127.0.0.1:${port}`;
  let cutting: Promise<void> | undefined;
  proxy = {
    url: url.toString(),
    received: () => bytes,
    cut() {
      cutting ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return cutting;
    },
  };
  return proxy;
}
