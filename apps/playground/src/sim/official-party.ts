import { type FakeCloud, type OfficialCallKitName, OfficialCallPeer } from '@trtc-smart/testkit';
import { createActor, createMachine } from 'xstate';
import type { Control, LogLine, SimParty } from './party.js';

type PeerState = OfficialCallPeer['state'];
const STATES: readonly PeerState[] = ['idle', 'dialing', 'ringing', 'inCall'];

/** The peer's call states as a chart: it has no machine of its own, so this one mirrors it. */
const officialMachine = createMachine({
  id: 'officialApp',
  initial: 'idle',
  on: Object.fromEntries(STATES.map((s) => [s, `.${s}`])),
  states: Object.fromEntries(STATES.map((s) => [s, {}])),
});

/**
 * A user of one of Tencent's official call kits (iOS, Android, the JS engine) beside ours: the
 * testkit's scripted peer, which sends the kit's payloads byte for byte. Its card logs every
 * payload it sends and receives, raw, with how the kit read it; the timeline shows them too.
 */
export function officialParty(cloud: FakeCloud, id: string, kit: OfficialCallKitName): SimParty {
  const peer = new OfficialCallPeer(cloud, kit, id, id);
  const actor = createActor(officialMachine).start();
  const log: LogLine[] = [];
  const write = (kind: LogLine['kind'], text: string) => log.push({ t: cloud.clock.now(), kind, text });
  const sync = () => {
    if (!actor.getSnapshot().matches(peer.state)) actor.send({ type: peer.state });
  };
  let loggedIn = false;
  peer.ends$.subscribe((reason) => {
    write('event', `call ended: ${reason}`);
    sync();
  });
  peer.log$.subscribe((entry) => {
    const reading = entry.reading ? ` → ${JSON.stringify(entry.reading)}` : '';
    const arrow =
      entry.direction === 'sent' ? `${entry.event} to ${entry.peer}` : `${entry.event} from ${entry.peer}`;
    write('event', `${arrow}: ${entry.data}${reading}`);
    sync();
  });
  const actions: Record<string, (params: { userId?: string; type?: 1 | 2 }) => Promise<void>> = {
    login: async () => {
      await peer.login();
      loggedIn = true;
    },
    call: (p) => peer.call(p.userId ?? '', p.type ?? 2),
    accept: () => peer.accept(),
    reject: () => peer.reject(),
    cancel: () => peer.cancel(),
    hangup: () => peer.hangup(),
    switchToAudio: () => peer.switchToAudio(),
    switchToVideo: () => peer.switchToVideo(),
  };
  const controls = (): Control[] => {
    const state = peer.state;
    const to = (t: readonly string[]) => t[0] ?? '';
    return [
      { method: 'login', label: 'login', enabled: !loggedIn },
      // Tencent's wire call types: 1 audio, 2 video.
      {
        method: 'call',
        label: 'video call',
        enabled: loggedIn && state === 'idle',
        params: (t) => ({ userId: to(t), type: 2 }),
      },
      {
        method: 'call',
        label: 'audio call',
        enabled: loggedIn && state === 'idle',
        params: (t) => ({ userId: to(t), type: 1 }),
      },
      { method: 'accept', label: 'accept', enabled: state === 'ringing' },
      { method: 'reject', label: 'reject', enabled: state === 'ringing' },
      { method: 'cancel', label: 'cancel', enabled: state === 'dialing' },
      { method: 'hangup', label: 'hang up', enabled: state === 'inCall' },
      {
        method: 'switchToAudio',
        label: 'switch to audio',
        enabled: state === 'inCall' && peer.callType === 2,
      },
      ...(kit === 'js'
        ? [
            {
              method: 'switchToVideo',
              label: 'switch to video',
              enabled: state === 'inCall' && peer.callType === 1,
            },
          ]
        : []),
    ];
  };
  return {
    id,
    kind: `official-${kit}`,
    machine: officialMachine,
    actor,
    log,
    status: () => {
      sync();
      return peer.state;
    },
    controls,
    peers: () => (peer.remoteUser === undefined ? [] : [peer.remoteUser]),
    rendering: () => [],
    cameraOn: () => false,
    viewCommand: () => null,
    async call(method, params) {
      const run = actions[method];
      if (!run) throw new Error(`the ${kit} app has no ${method}`);
      write('command', params === null ? `${method}()` : `${method}(${JSON.stringify(params)})`);
      try {
        await run((params ?? {}) as { userId?: string; type?: 1 | 2 });
        write('ok', `${method} ✓`);
      } catch (error) {
        write('error', `${method} ✗ ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      } finally {
        sync();
      }
    },
    async dispose() {
      actor.stop();
      if (loggedIn) await peer.device.session.logout().catch(() => undefined);
    },
  };
}
