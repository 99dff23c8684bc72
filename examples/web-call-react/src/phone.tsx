import { type Calling, CallType } from '@trtc-smart/core';
import { LocalVideo, RemoteVideo, useCallEvent, useCalling, useCallState } from '@trtc-smart/react';
import { useEffect, useState } from 'react';
import type { User } from './clouds.js';

/** One user's phone: log in, contacts, ringing, the call, and how the last call ended. */
export function Phone({ user, contacts }: { user: User; contacts: string[] }) {
  const calling = useCalling({ adapter: user.adapter });
  const status = useCallState(calling, (s) => s.status);
  return (
    <section className="phone" data-testid={`phone-${user.userId}`} data-status={status ?? ''}>
      <h2>
        {user.userId} <small>{status}</small>
      </h2>
      {calling && status === 'loggedOut' && (
        <button type="button" onClick={() => void calling.login(user.login)}>
          Log in
        </button>
      )}
      {calling && status === 'idle' && <Contacts calling={calling} contacts={contacts} />}
      {calling && status === 'ringing' && <Ringing calling={calling} />}
      {calling && (status === 'dialing' || status === 'connecting' || status === 'inCall') && (
        <InCall calling={calling} user={user} />
      )}
    </section>
  );
}

function Contacts({ calling, contacts }: { calling: Calling<unknown>; contacts: string[] }) {
  const lastCall = useCallState(calling, (s) => s.lastCall);
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <>
      {lastCall && <p data-testid="ended">Call ended: {lastCall.reason}</p>}
      <ul>
        {contacts.map((id) => (
          <li key={id}>
            <input type="checkbox" aria-label={`pick ${id}`} onChange={() => toggle(id)} /> {id}{' '}
            <button type="button" onClick={() => void calling.call({ userId: id, type: CallType.VIDEO })}>
              Video call {id}
            </button>
            <button type="button" onClick={() => void calling.call({ userId: id, type: CallType.AUDIO })}>
              Audio call {id}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={picked.length === 0}
        onClick={() => void calling.groupCall({ userIdList: picked, type: CallType.VIDEO })}
      >
        Group call
      </button>
    </>
  );
}

function Ringing({ calling }: { calling: Calling<unknown> }) {
  const call = useCallState(calling, (s) => s.call);
  return (
    <>
      <p>
        {call?.sponsor} is calling ({call?.callType === CallType.VIDEO ? 'video' : 'audio'})
      </p>
      <button type="button" onClick={() => void calling.accept()}>
        Accept
      </button>
      <button type="button" onClick={() => void calling.reject()}>
        Reject
      </button>
    </>
  );
}

function InCall({ calling, user }: { calling: Calling<unknown>; user: User }) {
  const { status, call, devices } = useCallState(calling);
  const [cameraOn, setCameraOn] = useState(true);
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, []);
  // Log the reason a call fails to start, as an app would show it.
  useCallEvent(calling, 'onError', (e) => console.warn(`call error ${e.code}: ${e.msg}`));
  if (!call) return null;
  const video = call.callType === CallType.VIDEO;
  const seconds =
    call.connectedAt === null ? 0 : Math.floor((user.adapter.clock.now() - call.connectedAt) / 1000);
  const peers = Object.entries(call.participants).filter(([, p]) => p.status !== 'left');
  const tileView = user.view ? { view: user.view } : {};
  return (
    <>
      <p>
        {status === 'inCall'
          ? `In call ${Math.max(0, seconds)} s`
          : `Calling ${peers.map(([id]) => id).join(', ')}…`}
      </p>
      <div className="tiles">
        {video && cameraOn && (
          <LocalVideo calling={calling} className="tile" data-testid="tile-me" {...tileView}>
            <span>me</span>
          </LocalVideo>
        )}
        {peers.map(([id, p]) =>
          video ? (
            <RemoteVideo
              key={id}
              calling={calling}
              userId={id}
              className="tile"
              data-testid={`tile-${id}`}
              data-rendering={p.rendering}
              {...tileView}
            >
              <span>
                {id} ({p.status})
              </span>
            </RemoteVideo>
          ) : (
            <div key={id} className="tile audio" data-testid={`tile-${id}`}>
              {id} ({p.status})
            </div>
          ),
        )}
      </div>
      <button type="button" onClick={() => void calling.setMicMute({ isMute: !devices.micMuted })}>
        {devices.micMuted ? 'Unmute' : 'Mute'}
      </button>
      {video && (
        <button type="button" onClick={() => setCameraOn(!cameraOn)}>
          {cameraOn ? 'Camera off' : 'Camera on'}
        </button>
      )}
      <button type="button" onClick={() => void calling.setHandsFree({ isHandsFree: !devices.handsFree })}>
        {devices.handsFree ? 'Earpiece' : 'Hands-free'}
      </button>
      {video && status === 'inCall' && (
        <button type="button" onClick={() => void calling.switchToAudio()}>
          Switch to audio
        </button>
      )}
      <button type="button" onClick={() => void calling.hangup()}>
        {status === 'dialing' ? 'Cancel' : 'Hang up'}
      </button>
    </>
  );
}
