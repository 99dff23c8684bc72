import { chartFor } from '../chart/charts.js';
import { h } from '../ui/dom.js';
import { type UserCard, userCard } from '../ui/user-card.js';
import { loadRealCloudAdapter } from './load-real-cloud.js';
import { connectRealCloud, realTileId } from './real-stage.js';

/**
 * The real-cloud mode: SDKAppID and UserSig (or a SecretKey for the development signer), then
 * this browser's user as a card on adapter-web. Nothing typed here is stored.
 */
export function realCloudForm(): HTMLElement {
  const sdkAppId = h('input', {
    name: 'sdkAppId',
    inputmode: 'numeric',
    placeholder: '1400000000',
    'data-testid': 'real-sdkappid',
  });
  const userId = h('input', { name: 'userId', placeholder: 'alice', 'data-testid': 'real-userid' });
  const userSig = h('input', {
    name: 'userSig',
    type: 'password',
    autocomplete: 'off',
    'data-testid': 'real-usersig',
  });
  const secretKey = h('input', {
    name: 'secretKey',
    type: 'password',
    autocomplete: 'off',
    'data-testid': 'real-secretkey',
  });
  const kind = h(
    'select',
    { name: 'kind', 'data-testid': 'real-kind' },
    h('option', { value: 'calling' }, 'calls'),
    h('option', { value: 'live' }, 'live room (anchor or audience)'),
  );
  const status = h('p', { class: 'real-status', 'data-testid': 'real-cloud-status', role: 'status' });
  const stage = h('div', { class: 'stage', 'data-testid': 'real-stage' });
  let card: UserCard | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let disconnect: (() => Promise<void>) | undefined;

  const connect = async () => {
    const appId = Number(sdkAppId.value);
    if (!Number.isSafeInteger(appId) || appId <= 0 || !userId.value) {
      report('enter the SDKAppID (a number) and a userId', true);
      return;
    }
    report('loading the web adapter and the Tencent SDKs…', false);
    const loaded = await loadRealCloudAdapter();
    if (!loaded.ok) {
      report(`real cloud unavailable: ${loaded.reason}`, true);
      return;
    }
    await disconnect?.();
    try {
      const { party, stage: realStage } = await connectRealCloud(loaded.sdks, {
        sdkAppId: appId,
        userId: userId.value,
        userSig: userSig.value,
        secretKey: secretKey.value,
        kind: kind.value === 'live' ? 'live' : 'calling',
      });
      const start = Date.now();
      card = userCard(party, {
        sim: realStage,
        cameras: new Map(),
        chart: chartFor(party.kind, party.machine),
        start,
        changed: () => card?.update(),
        tileElementId: realTileId,
      });
      stage.replaceChildren(card.el);
      timer = setInterval(() => card?.update(), 200);
      disconnect = async () => {
        clearInterval(timer);
        card?.dispose();
        await realStage.removeUser(party.id);
      };
      report(
        `web adapter ready for ${party.id} (the Tencent SDKs now talk to Tencent Cloud): press login on the card`,
        false,
      );
    } catch (error) {
      report(`cannot connect: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  };

  const report = (text: string, isError: boolean) => {
    status.textContent = text;
    status.classList.toggle('error', isError);
  };

  return h(
    'div',
    {},
    h(
      'form',
      {
        class: 'real-cloud',
        'data-testid': 'real-cloud-form',
        onsubmit: (event) => {
          event.preventDefault();
          void connect();
        },
      },
      h('h2', {}, 'Real cloud'),
      h('label', {}, 'SDKAppID ', sdkAppId),
      h('label', {}, 'userId ', userId),
      h('label', {}, 'use ', kind),
      h('label', {}, 'UserSig ', userSig),
      h(
        'label',
        { class: 'dev-only' },
        'SecretKey ',
        h('strong', {}, '(development only: signs a UserSig in this page; never ship a SecretKey to users) '),
        secretKey,
      ),
      h('button', { type: 'submit', 'data-testid': 'real-connect' }, 'connect'),
      status,
    ),
    stage,
  );
}
