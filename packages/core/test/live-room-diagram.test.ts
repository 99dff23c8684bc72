import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withDiagram } from '../scripts/diagram-doc.js';
import { liveRoomMachineDiagram } from '../src/inspect.js';

describe('live-room machine diagram', () => {
  it('docs/live-room-machine.md holds the diagram generated from the machine (run `pnpm --filter @trtc-smart/core diagram`)', () => {
    const doc = readFileSync(new URL('../docs/live-room-machine.md', import.meta.url), 'utf8');
    expect(withDiagram(doc, liveRoomMachineDiagram())).toBe(doc);
  });

  it('shows the live states and the link-mic and PK transitions', () => {
    const diagram = liveRoomMachineDiagram();
    for (const state of [
      'outside',
      'previewing',
      'live',
      'linkMic',
      'pk',
      'responding',
      'inPK',
      'creating',
      'entering',
      'watching',
      'linked',
    ]) {
      expect(diagram).toMatch(new RegExp(`\\b${state}\\b`));
    }
    // PK's `requesting` shares its name with the audience's, so the diagram spells out its path.
    expect(diagram).toContain('live --> loggedIn_room_anchor_stage_pk_requesting : REQUEST_ROOM_PK');
    expect(diagram).toContain('loggedIn_room_anchor_stage_pk_requesting --> inPK : peer.roomPKResponse');
    expect(diagram).toContain('stage --> responding : peer.roomPKRequest');
    expect(diagram).toContain('responding --> inPK : RESPOND_ROOM_PK');
    expect(diagram).toContain('watching --> loggedIn_room_audience_requesting : REQUEST_JOIN_ANCHOR');
    expect(diagram).toContain('empty --> pending : peer.joinAnchorRequest');
  });
});
