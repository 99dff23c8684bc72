import { createWebAdapter, type WebAdapterOptions } from '@trtc-smart/adapter-web';
import {
  type WebAdapterWithMedia,
  type WebMediaControlsOptions,
  withMediaControls,
} from '@trtc-smart/adapter-web/media';
import { PortsPlugin } from './ports-plugin.js';
import { elementIdViewRule } from './views.js';

/** What configureWeb takes: the web adapter's options, and its media controls' (adapter-web/media). */
export interface ConfigureWebOptions extends WebAdapterOptions {
  /** The media controls' options (assetsPath for the virtual background, plugin loaders). */
  readonly media?: WebMediaControlsOptions;
}

/**
 * The TrtcSmart plugin in a browser: adapter-web's ports, media controls included, served as the
 * plugin. Capacitor loads this module on first use and constructs it without arguments, so the
 * SDKs arrive later through `configure` (index.ts's configureWeb).
 */
export class TrtcSmartWeb extends PortsPlugin<string> {
  #adapter: WebAdapterWithMedia | undefined;

  constructor() {
    super(
      elementIdViewRule,
      'the web implementation has no SDKs yet: call configureWeb({ sdkAppId, TRTC, TencentCloudChat }) first',
    );
  }

  /** Creates the web adapter the plugin serves from now on; one configured before is destroyed. */
  async configure(options: ConfigureWebOptions): Promise<void> {
    const { media, ...web } = options;
    const adapter = withMediaControls(createWebAdapter(web), media);
    this.#adapter?.destroy();
    this.#adapter = adapter;
    this.serve(adapter);
  }
}
