import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withDiagram } from '../scripts/diagram-doc.js';
import { callMachineDiagram } from '../src/inspect.js';

describe('call machine diagram', () => {
  it('docs/calling-machine.md holds the diagram generated from the machine (run `pnpm --filter @trtc-smart/core diagram`)', () => {
    const doc = readFileSync(new URL('../docs/calling-machine.md', import.meta.url), 'utf8');
    expect(withDiagram(doc, callMachineDiagram())).toBe(doc);
  });

  it('shows every call state and the transitions between them', () => {
    const diagram = callMachineDiagram();
    for (const state of ['idle', 'dialing', 'ringing', 'connecting', 'inCall', 'ended', 'loggedOut']) {
      expect(diagram).toMatch(new RegExp(`\\b${state}\\b`));
    }
    expect(diagram).toContain('ringing --> joining : ACCEPT');
    expect(diagram).toContain('idle --> ringing : sig.invited [invitesMe]');
  });
});
