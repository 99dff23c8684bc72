import type { createWebAdapter } from '@trtc-smart/adapter-web';

/** The web adapter and the two Tencent SDKs it runs on. */
export interface RealCloudSdks {
  readonly createWebAdapter: typeof createWebAdapter;
  readonly TRTC: Parameters<typeof createWebAdapter>[0]['TRTC'];
  readonly TencentCloudChat: Parameters<typeof createWebAdapter>[0]['TencentCloudChat'];
  /** The TRTC plugin live-room PK needs. */
  readonly CrossRoom: NonNullable<Parameters<typeof createWebAdapter>[0]['CrossRoom']>;
  /** DEVELOPMENT ONLY: signs a userSig in the page with the app's SecretKey. */
  readonly genTestUserSig: (params: {
    sdkAppId: number;
    secretKey: string;
    userId: string;
  }) => Promise<string>;
}

export type RealCloudLoad =
  | { readonly ok: true; readonly sdks: RealCloudSdks }
  | { readonly ok: false; readonly reason: string };

/**
 * Loads the web adapter and the Tencent SDKs on demand, in their own chunks: the fake-cloud
 * playground never downloads them.
 */
export async function loadRealCloudAdapter(): Promise<RealCloudLoad> {
  try {
    const [adapter, devSig, trtc, chat, crossRoom] = await Promise.all([
      import('@trtc-smart/adapter-web'),
      import('@trtc-smart/adapter-web/dev-usersig'),
      import('trtc-sdk-v5'),
      import('@tencentcloud/chat'),
      import('trtc-sdk-v5/plugins/cross-room'),
    ]);
    return {
      ok: true,
      sdks: {
        createWebAdapter: adapter.createWebAdapter,
        TRTC: trtc.default,
        TencentCloudChat: chat.default,
        CrossRoom: crossRoom.default,
        genTestUserSig: devSig.genTestUserSig,
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
