import type { BasicBeautyPlugin, TrtcClient, VirtualBackgroundPlugin } from '../sdk.js';

/**
 * Where the video-effect plugins come from. By default each is a dynamic `import()` of
 * trtc-sdk-v5's own module, so a bundler makes it a chunk of its own, fetched the first time the
 * effect is turned on; an app that never uses beauty or backgrounds never downloads them.
 */
export interface MediaPluginLoaders {
  /** trtc-sdk-v5's `plugins/video-effect/basic-beauty` default export. */
  readonly BasicBeauty: () => Promise<BasicBeautyPlugin>;
  /** trtc-sdk-v5's `plugins/video-effect/virtual-background` default export. */
  readonly VirtualBackground: () => Promise<VirtualBackgroundPlugin>;
}

export const importPlugins: MediaPluginLoaders = {
  BasicBeauty: () => import('trtc-sdk-v5/plugins/video-effect/basic-beauty').then((m) => m.default),
  VirtualBackground: () =>
    import('trtc-sdk-v5/plugins/video-effect/virtual-background').then((m) => m.default),
};

/** Loads a plugin once and registers it on the client (TRTC's `use`); later calls get the same one. */
export function pluginRegistry(
  trtc: TrtcClient,
  loaders: MediaPluginLoaders,
  assetsPath: string | undefined,
): <K extends keyof MediaPluginLoaders>(name: K) => Promise<Awaited<ReturnType<MediaPluginLoaders[K]>>> {
  const loaded = new Map<string, Promise<unknown>>();
  return (name) => {
    let plugin = loaded.get(name);
    if (!plugin) {
      plugin = loaders[name]().then((p) => {
        trtc.use(assetsPath === undefined ? p : { plugin: p, assetsPath });
        return p;
      });
      // A failed load (offline, blocked chunk) is tried again next time.
      plugin.catch(() => loaded.delete(name));
      loaded.set(name, plugin);
    }
    return plugin as Promise<Awaited<ReturnType<MediaPluginLoaders[typeof name]>>>;
  };
}
