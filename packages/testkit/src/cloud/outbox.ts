import type { Network } from '../network/network.js';
import { type DeviceEndpoint, type DownlinkMessage, downlinkKind } from './wire.js';

export interface OutboxDeps {
  readonly network: Network;
  readonly endpoint: (deviceId: string) => DeviceEndpoint | undefined;
  /** Every device the user is logged in on (several with multi-terminal login). */
  readonly devicesOfUser: (userId: string) => readonly string[];
}

/** The cloud's sending side: to a device's downlink, or to whichever device a user is logged in on. */
export class Outbox {
  readonly #deps: OutboxDeps;

  constructor(deps: OutboxDeps) {
    this.#deps = deps;
  }

  toDevice(
    deviceId: string,
    message: DownlinkMessage,
    options: { origin?: string; background?: boolean } = {},
  ): void {
    const endpoint = this.#deps.endpoint(deviceId);
    if (!endpoint) return;
    this.#deps.network.send({
      link: deviceId,
      direction: 'down',
      ...(options.origin === undefined ? {} : { origin: options.origin }),
      ...(options.background ? { background: true } : {}),
      kind: downlinkKind(message),
      payload: message,
      deliver: () => endpoint.receive(message),
    });
  }

  /** One message to many devices (a room's members), batched by the network. */
  toDevices(
    deviceIds: readonly string[],
    message: DownlinkMessage,
    options: { to: string; origin?: string },
  ): void {
    if (deviceIds.length === 0) return;
    this.#deps.network.broadcast({
      links: deviceIds,
      to: options.to,
      ...(options.origin === undefined ? {} : { origin: options.origin }),
      kind: downlinkKind(message),
      payload: message,
      deliver: (deviceId) => this.#deps.endpoint(deviceId)?.receive(message),
    });
  }

  /**
   * Sends to each user once per device holding a session of that user; `origin` (the sending
   * device) hears nothing of its own, as IM's multi-terminal sync skips the acting terminal.
   */
  toUsers(userIds: Iterable<string>, message: DownlinkMessage, origin?: string): void {
    for (const userId of new Set(userIds)) {
      const deviceIds = this.#deps.devicesOfUser(userId);
      if (deviceIds.length === 0) {
        this.#deps.network.undeliverable(userId, origin, downlinkKind(message), message);
      }
      for (const deviceId of deviceIds) {
        if (deviceId !== origin) this.toDevice(deviceId, message, origin === undefined ? {} : { origin });
      }
    }
  }
}
