import { describe, expectTypeOf, it } from 'vitest';
import {
  type CallingEvent,
  createCalling,
  createLiveRoom,
  type LiveRoomEvent,
  type LoginParams,
  type RequestOutcomeEvent,
  type RoomInfo,
  type UserInfo,
} from '../src/index.js';
import { type DeviceInfo, type MediaEvent, mediaControls } from '../src/media.js';
import { type SeedError, type SeedOk, toSeedModule } from '../src/seed.js';

/** Type tests: `pnpm typecheck` checks these; at run time the modules are built, never called. */

const rect = { x: 0, y: 0, w: 10, h: 10 };
const adapter = {} as Parameters<typeof createCalling>[0]['adapter'];
const liveAdapter = {} as Parameters<typeof createLiveRoom>[0]['adapter'];
const types = (run: () => void) => expectTypeOf(run).toBeFunction();

describe('the calling seed module is typed per method', () => {
  it('takes each method’s params (a rect for a view) and calls back with ret or err', () => {
    types(() => {
      const calling = toSeedModule(createCalling({ adapter }));
      expectTypeOf(calling.login).parameter(0).toEqualTypeOf<LoginParams>();
      calling.call({ userId: 'bob', type: 1 }, (ret, err) => {
        expectTypeOf(ret).toEqualTypeOf<SeedOk | null>();
        expectTypeOf(err).toEqualTypeOf<SeedError | undefined>();
      });
      // @ts-expect-error `type` is required
      calling.call({ userId: 'bob' });
      // @ts-expect-error Tencent's spelling is not ours
      calling.call({ userID: 'bob', type: 1 });
      calling.openCamera({ isFront: true, rect });
      calling.startRemoteView({ userId: 'bob', rect });
      // @ts-expect-error a view needs its rect (or view)
      calling.openCamera({ isFront: true });
      calling.accept({});
      calling.hangup();
      calling.setMicMute({ isMute: true }, (ret) => expectTypeOf(ret).toEqualTypeOf<SeedOk | null>());
    });
  });

  it('gives the listener each event as a union on eventType', () => {
    types(() => {
      const calling = toSeedModule(createCalling({ adapter }));
      calling.setCallingListener({}, (ret) => {
        expectTypeOf(ret).toEqualTypeOf<CallingEvent>();
        if (ret.eventType === 'onInvited') expectTypeOf(ret.sponsor).toBeString();
        if (ret.eventType === 'onCallEnd') expectTypeOf(ret.totalTime).toBeNumber();
      });
    });
  });
});

describe('the live-room seed module is typed per method', () => {
  it('merges each getter’s data into ret beside status', () => {
    types(() => {
      const live = toSeedModule(createLiveRoom({ adapter: liveAdapter }));
      live.getRoomInfos({ roomIdList: [1] }, (ret) => {
        expectTypeOf(ret).toEqualTypeOf<(SeedOk & { roomList: RoomInfo[] }) | null>();
      });
      live.getAnchorList({}, (ret) => expectTypeOf(ret?.userList).toEqualTypeOf<UserInfo[] | undefined>());
      live.getAudienceList(undefined, (ret) =>
        expectTypeOf(ret?.userList).toEqualTypeOf<UserInfo[] | undefined>(),
      );
      live.startPlay({ userId: 'anchor', rect });
      live.startCameraPreview({ isFront: true, rect });
      live.enterRoom({ roomId: 7 });
      // @ts-expect-error createRoom needs its room's name and cover
      live.createRoom({ roomId: 7 });
    });
  });

  it('gives each listener its own event union', () => {
    types(() => {
      const live = toSeedModule(createLiveRoom({ adapter: liveAdapter }));
      live.setLiveRoomListener({}, (ret) => expectTypeOf(ret).toEqualTypeOf<LiveRoomEvent>());
      live.setLinkMicListener({}, (ret) => expectTypeOf(ret).toEqualTypeOf<RequestOutcomeEvent>());
      live.setRoomPKListener({}, (ret) => expectTypeOf(ret).toEqualTypeOf<RequestOutcomeEvent>());
    });
  });
});

describe('both seed modules carry the media methods', () => {
  it('types each, and puts the media events on a media instance’s listener', () => {
    types(() => {
      const calling = toSeedModule(createCalling({ adapter, media: mediaControls }));
      calling.setCallingListener({}, (ret) => expectTypeOf(ret).toEqualTypeOf<CallingEvent | MediaEvent>());
      calling.getCameraList({}, (ret) =>
        expectTypeOf(ret?.deviceList).toEqualTypeOf<DeviceInfo[] | undefined>(),
      );
      calling.startPlayMusic({ id: 1, url: 'a.mp3', publish: true });
      // @ts-expect-error a volume is a number
      calling.setMusicVolume({ id: 1, volume: '5' });
      calling.startRemoteView({ userId: 'bob', rect, streamType: 'sub' });
      calling.startScreenShare();
      const live = toSeedModule(createLiveRoom({ adapter: liveAdapter, media: mediaControls }));
      live.setLiveRoomListener({}, (ret) => expectTypeOf(ret).toEqualTypeOf<LiveRoomEvent | MediaEvent>());
      live.startPlay({ userId: 'anchor', rect, streamType: 'sub' });
      // @ts-expect-error a beauty style is 'smooth' or 'natural'
      live.setBeautyStyle({ style: 'pretty', beauty: 1, whiteness: 1, ruddiness: 1 });
      const plain = toSeedModule(createCalling({ adapter }));
      plain.setCallingListener({}, (ret) => expectTypeOf(ret).toEqualTypeOf<CallingEvent>());
    });
  });
});
