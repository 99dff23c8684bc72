// The same app on Tencent's @tencentcloud/call-engine-js.
import { TUICallEngine, TUICallEvent } from '@tencentcloud/call-engine-js';

const engine = TUICallEngine.createInstance({ SDKAppID: 1400000001 });
engine.on(TUICallEvent.ERROR, () => console.log('error'), undefined);
export async function start(userSig: string): Promise<void> {
  await engine.login({ userID: 'alice', userSig });
  await engine.call({ userID: 'bob', type: 2 });
  await engine.openCamera('local');
  await engine.hangup();
}
