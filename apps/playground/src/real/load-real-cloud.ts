/** What the real-cloud mode needs from `@trtc-smart/adapter-web`. */
export interface WebAdapterModule {
  readonly createWebAdapter: (options: Record<string, unknown>) => unknown;
}

export type RealCloudLoad =
  | { readonly ok: true; readonly module: WebAdapterModule }
  | { readonly ok: false; readonly reason: string };

export const WEB_ADAPTER = '@trtc-smart/adapter-web';

/**
 * Loads the web adapter on demand, so the fake-cloud playground never downloads the Tencent SDKs.
 * The specifier is a variable: until the adapter is a dependency of the playground, the bundler
 * leaves the import alone and the browser's failure is reported instead of breaking the build.
 */
export async function loadRealCloudAdapter(
  load: (specifier: string) => Promise<unknown> = (specifier) => import(/* @vite-ignore */ specifier),
): Promise<RealCloudLoad> {
  try {
    const module = (await load(WEB_ADAPTER)) as Partial<WebAdapterModule>;
    if (typeof module.createWebAdapter !== 'function') {
      return { ok: false, reason: `${WEB_ADAPTER} has no createWebAdapter export yet` };
    }
    return { ok: true, module: module as WebAdapterModule };
  } catch (error) {
    return {
      ok: false,
      reason: `${WEB_ADAPTER} is not available in this build (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
