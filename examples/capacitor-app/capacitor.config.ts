// The Capacitor config of an app that calls with @trtc-smart/adapter-capacitor's web
// implementation inside the phone's WebView (no native TrtcSmart plugin). Types come from
// @capacitor/cli in the app itself.
import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'com.example.trtcsmart',
  appName: 'TRTC Smart',
  webDir: 'dist',
  // getUserMedia needs a secure context: https on Android (the default), capacitor:// on iOS.
  server: { androidScheme: 'https' },
  android: {
    // TRTC's signaling and media endpoints are https/wss; no cleartext traffic is needed.
    allowMixedContent: false,
  },
  ios: {
    // Calls keep playing when the user scrolls past the edge.
    scrollEnabled: false,
  },
};

export default config;
