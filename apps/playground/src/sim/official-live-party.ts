import {
  type FakeCloud,
  type JsonValue,
  type OfficialWireEntry,
  officialLivePeer,
} from '@trtc-smart/testkit';
import { createActor, createMachine } from 'xstate';
import { roomIdOf } from './live-party.js';
import type { Control, LogLine, SimParty } from './party.js';

/** Where an official app user is, for its card's chart: the kit keeps no state machine of its own. */
const officialAppMachine = createMachine({
  id: 'officialApp',
  initial: 'loggedOut',
  states: {
    loggedOut: { on: { login: 'outside' } },
    outside: { on: { createRoom: 'owner', enterRoom: 'audience' } },
    owner: {},
    audience: {},
  },
});

/**
 * A user of Tencent's official TRTCLiveRoom app (iOS or Android, testkit's officialLivePeer) on the
 * fake cloud: its card logs every raw IM payload it sends and receives, and the kit's callbacks.
 * It meets adapter-web users (web-live-party.ts) on IM's own level.
 */
export function officialLiveParty(
  cloud: FakeCloud,
  id: string,
  platform: 'iOS' | 'Android',
  kind: string,
): SimParty {
  const device = cloud.adapter(id);
  const log: LogLine[] = [];
  const write = (lineKind: LogLine['kind'], text: string) =>
    log.push({ t: device.clock.now(), kind: lineKind, text });
  const onRecord = (entry: OfficialWireEntry | string) => {
    if (typeof entry === 'string') write('event', entry);
    else
      write(
        entry.dir === 'out' ? 'command' : 'event',
        `${entry.dir} ${entry.kind} ${entry.with}: ${entry.data}`,
      );
  };
  const kit = officialLivePeer(device, { userId: id, platform, sdkAppId: cloud.options.sdkAppId, onRecord });
  const actor = createActor(officialAppMachine).start();
  const status = () => String(actor.getSnapshot().value);

  const requestFrom = (cmd: string) => kit.requests().find((r) => r.cmd === cmd)?.from ?? '';
  const methods: Record<string, (p: Record<string, unknown>) => Promise<void>> = {
    login: () => kit.login(),
    createRoom: () => kit.createRoom(roomIdOf(id), `${id}'s room`),
    enterRoom: (p) => kit.enterRoom(Number(p.roomId)),
    startPublish: () => kit.startPublish(`${id}_stream`),
    requestJoinAnchor: () => kit.requestJoinAnchor(`${id} would like to join`, 30),
    cancelRequestJoinAnchor: () => kit.cancelRequestJoinAnchor(),
    responseJoinAnchor: (p) => kit.responseJoinAnchor(String(p.userId), p.isAgree === true, ''),
    kickoutJoinAnchor: (p) => kit.kickoutJoinAnchor(String(p.userId)),
    requestRoomPK: (p) => kit.requestRoomPK(Number(p.roomId), String(p.userId), 30),
    responseRoomPK: (p) => kit.responseRoomPK(String(p.userId), p.isAgree === true),
    quitRoomPK: () => kit.quitRoomPK(),
    sendRoomCustomMsg: () => kit.sendRoomCustomMsg('like', '1'),
  };

  const controls = (): Control[] => {
    const s = status();
    const first = (targets: readonly string[]) => targets[0] ?? '';
    const inRoom = s === 'owner' || s === 'audience';
    const answer = (method: string, cmd: string, isAgree: boolean, label: string): Control => ({
      method,
      label,
      enabled: requestFrom(cmd) !== '',
      params: () => ({ userId: requestFrom(cmd), isAgree }),
    });
    return [
      { method: 'login', label: 'login', enabled: s === 'loggedOut' },
      { method: 'createRoom', label: 'create room', enabled: s === 'outside' },
      {
        method: 'enterRoom',
        label: "enter anchor's room",
        enabled: s === 'outside',
        params: (t) => ({ roomId: roomIdOf(first(t)) }),
      },
      { method: 'startPublish', label: 'publish', enabled: inRoom },
      { method: 'requestJoinAnchor', label: 'request link mic', enabled: s === 'audience' },
      { method: 'cancelRequestJoinAnchor', label: 'cancel request', enabled: s === 'audience' },
      answer('responseJoinAnchor', 'requestJoinAnchor', true, 'accept link mic'),
      answer('responseJoinAnchor', 'requestJoinAnchor', false, 'refuse link mic'),
      {
        method: 'kickoutJoinAnchor',
        label: 'kick co-host',
        enabled: s === 'owner',
        params: (t) => ({ userId: first(t) }),
      },
      {
        method: 'requestRoomPK',
        label: 'request PK',
        enabled: s === 'owner',
        params: (t) => ({ roomId: roomIdOf(first(t)), userId: first(t) }),
      },
      answer('responseRoomPK', 'requestRoomPK', true, 'accept PK'),
      answer('responseRoomPK', 'requestRoomPK', false, 'refuse PK'),
      { method: 'quitRoomPK', label: 'quit PK', enabled: s === 'owner' },
      { method: 'sendRoomCustomMsg', label: 'send like', enabled: inRoom },
    ];
  };

  return {
    id,
    kind,
    machine: officialAppMachine,
    actor,
    log,
    status,
    controls,
    peers: () => (kit.ownerId && kit.ownerId !== id ? [kit.ownerId] : []),
    rendering: () => Object.keys(cloud.liveMediaState(id)?.plays ?? {}),
    cameraOn: () => false,
    viewCommand: () => null,
    call: async (method: string, params: JsonValue) => {
      const run = methods[method];
      if (!run) throw new Error(`the official app has no ${method}`);
      write('command', `${method}(${params === null ? '' : JSON.stringify(params)})`);
      try {
        await run((params ?? {}) as Record<string, unknown>);
        write('ok', `${method} ✓`);
        actor.send({ type: method });
      } catch (error) {
        write('error', `${method} ✗ ${(error as Error).message}`);
        throw error;
      }
    },
    dispose: async () => {
      actor.stop();
    },
  };
}
