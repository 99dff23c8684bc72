import { h } from '../ui/dom.js';
import { loadRealCloudAdapter } from './load-real-cloud.js';

/**
 * The real-cloud mode's form: SDKAppID and UserSig, or a SecretKey for the development signer.
 * Nothing typed here is stored or sent anywhere but to Tencent's SDKs.
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
  const status = h('p', { class: 'real-status', 'data-testid': 'real-cloud-status', role: 'status' });
  const connect = h(
    'button',
    {
      type: 'submit',
      'data-testid': 'real-connect',
    },
    'connect',
  );
  const form = h(
    'form',
    {
      class: 'real-cloud',
      'data-testid': 'real-cloud-form',
      onsubmit: (event) => {
        event.preventDefault();
        status.textContent = 'loading the web adapter…';
        void loadRealCloudAdapter().then((result) => {
          status.textContent = result.ok
            ? `web adapter loaded for ${userId.value || '?'} on SDKAppID ${sdkAppId.value || '?'}; the stage on the real cloud is not wired up yet`
            : `real cloud unavailable: ${result.reason}`;
          status.classList.toggle('error', !result.ok);
        });
      },
    },
    h('h2', {}, 'Real cloud'),
    h('label', {}, 'SDKAppID ', sdkAppId),
    h('label', {}, 'userId ', userId),
    h('label', {}, 'UserSig ', userSig),
    h(
      'label',
      { class: 'dev-only' },
      'SecretKey ',
      h('strong', {}, '(development only: never ship a SecretKey to users) '),
      secretKey,
    ),
    connect,
    status,
  );
  return form;
}
