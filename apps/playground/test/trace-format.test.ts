import { CallType, createCalling } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import {
  parseTrace,
  serializeTrace,
  TRACE_FORMAT,
  TraceFormatError,
  toTraceFile,
} from '../src/trace/format.js';
import { checkReplay } from '../src/trace/replay-check.js';

const options = { seed: 3, latencyMs: 20, jitterMs: 5 };

describe('trace format', () => {
  it('round-trips a run: options, preset, commands and cloud trace', () => {
    const cloud = createFakeCloud({ seed: 3 });
    cloud.network.partition('alice');
    const file = toTraceFile(
      options,
      'call-1v1',
      [{ t: 1, op: 'addUser', user: 'alice', kind: 'calling' }],
      cloud.trace(),
    );
    const loaded = parseTrace(serializeTrace(file));
    expect(loaded).toEqual({ kind: 'run', file });
    expect(file.format).toBe(TRACE_FORMAT);
    expect(file.version).toBe(1);
  });

  it('loads a bare testkit trace (cloud.exportTrace()) as a trace to show, with no commands', async () => {
    const cloud = createFakeCloud();
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    void alice.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' });
    await cloud.settle();
    void alice.call({ userId: 'bob', type: CallType.VIDEO }).catch(() => undefined);
    await cloud.settle();
    const loaded = parseTrace(cloud.exportTrace());
    expect(loaded.kind).toBe('testkit');
    expect(loaded.kind === 'testkit' && loaded.trace).toEqual(JSON.parse(cloud.exportTrace()));
  });

  it.each([
    ['not json', 'not JSON'],
    ['{"format":"other"}', 'not a trtc-smart-playground-trace file'],
    [JSON.stringify({ format: TRACE_FORMAT, version: 9 }), 'unsupported version 9'],
    [JSON.stringify({ format: TRACE_FORMAT, version: 1, options: { seed: 'x' } }), 'options'],
    [JSON.stringify({ format: TRACE_FORMAT, version: 1, options, commands: [{ op: 'fly' }] }), 'commands'],
    ['[{"t":1,"type":"teleport"}]', 'trace[0]'],
  ])('rejects %s with a reason', (text, reason) => {
    expect(() => parseTrace(text)).toThrow(TraceFormatError);
    expect(() => parseTrace(text)).toThrow(reason);
  });

  it('a replay matches its recording entry for entry, or names the first difference', () => {
    const entry = (seq: number, t: number) => ({
      seq,
      t,
      type: 'fault' as const,
      action: 'heal',
      payload: null,
    });
    const recorded = [entry(0, 1), entry(1, 2)];
    expect(checkReplay(recorded, [entry(0, 1)])).toEqual({ kind: 'pending' });
    expect(checkReplay(recorded, [...recorded, entry(2, 3)])).toEqual({ kind: 'match', entries: 2 });
    expect(checkReplay(recorded, [entry(0, 1), entry(1, 5)])).toEqual({ kind: 'differs', at: 1 });
  });
});
