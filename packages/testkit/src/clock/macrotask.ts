import { web } from '../platform/web-apis.js';

/**
 * Resolves after one macrotask, so every promise continuation queued so far (and the ones
 * they queue) has run. setImmediate in Node, MessageChannel in browsers: neither waits for
 * real time, unlike setTimeout(0), which browsers clamp.
 */
export function macrotask(): Promise<void> {
  const { setImmediate, MessageChannel } = web;
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        channel.port2.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  // Last resort: a long chain of microtasks drains most promise work.
  let chain = Promise.resolve();
  for (let i = 0; i < 100; i++) chain = chain.then(() => undefined);
  return chain;
}
