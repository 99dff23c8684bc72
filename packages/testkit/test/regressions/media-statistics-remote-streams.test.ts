import { expect, it } from 'vitest';
import { liveRoom, view } from '../media/media-worlds.js';

/**
 * onStatistics' `remote` listed only a call room's users: a live-room viewer playing the anchor
 * (and the anchor's screen share) got `remote: []`, as if it received nothing.
 */
it("a viewer's statistics list the anchor's played stream and substream it receives", async () => {
  const { cloud, anchor, viewer, heardViewer } = await liveRoom();
  await cloud.run(viewer.startPlay({ userId: 'anchor', view }));
  await cloud.run(anchor.startScreenShare());
  await cloud.run(viewer.startPlay({ userId: 'anchor', view, streamType: 'sub' }));
  await cloud.advance(2000);
  expect(
    heardViewer
      .of('onStatistics')
      .at(-1)
      ?.remote.map((r) => `${r.userId} ${r.streamType}`),
  ).toEqual(['anchor main', 'anchor sub']);
});
