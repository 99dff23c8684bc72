import { createWebAdapter, type WebAdapter, type WebAdapterOptions } from '@trtc-smart/adapter-web';
import { PortsPlugin } from './ports-plugin.js';
import { elementIdViewRule } from './views.js';

/**
 * The TrtcSmart plugin in a browser: adapter-web's ports served as the plugin. Capacitor loads
 * this module on first use and constructs it without arguments, so the SDKs arrive later through
 * `configure` (index.ts's configureWeb).
 */
export class TrtcSmartWeb extends PortsPlugin<string> {
  #adapter: WebAdapter | undefined;

  constructor() {
    super(
      elementIdViewRule,
      'the web implementation has no SDKs yet: call configureWeb({ sdkAppId, TRTC, TencentCloudChat }) first',
    );
  }

  /** Creates the web adapter the plugin serves from now on; one configured before is destroyed. */
  async configure(options: WebAdapterOptions): Promise<void> {
    const adapter = createWebAdapter(options);
    this.#adapter?.destroy();
    this.#adapter = adapter;
    this.serve(adapter);
  }
}
