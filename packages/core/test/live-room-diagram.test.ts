import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withDiagram } from '../scripts/diagram-doc.js';
import { liveRoomMachineDiagram } from '../src/index.js';

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
      'requestingPK',
      'pk',
      'watching',
      'requesting',
      'linked',
    ]) {
      expect(diagram).toMatch(new RegExp(`\\b${state}\\b`));
    }
    expect(diagram).toContain('live --> requestingPK : REQUEST_ROOM_PK');
    expect(diagram).toContain('watching --> requesting : REQUEST_JOIN_ANCHOR');
    expect(diagram).toContain('empty --> pending : peer.roomPKRequest');
  });
});
