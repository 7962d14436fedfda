// Preload (node --import ./loopback.mjs): the Agents Playground calls listen(port) with no host, which binds every
// interface and would expose the mock connector and its UI to the network. Default the host to loopback.
import net from 'node:net';

const host = process.env.PLAYGROUND_LISTEN_HOST || '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function (...args) {
  const [first, second] = args;
  const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (isPort && typeof second !== 'string') {
    args.splice(1, 0, host);                      // listen(port[, backlog][, cb]) → listen(port, host, …)
  } else if (first && typeof first === 'object' && first.path === undefined && first.host === undefined && !first._handle && first.fd === undefined) {
    args[0] = { ...first, host };                 // listen({ port }) without a host
  }
  return listen.apply(this, args);
};
