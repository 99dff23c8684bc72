// `@trtc-smart/core/adapter-kit`: what platform adapters are built with (parameter checks, the
// rect view rule, event streams), kept out of the main entry that apps import.
export { invalidParameter, notSupported, toTrtcSmartError } from './domain/errors.js';
export * from './domain/validate.js';
export { rectViewRule, webViewProblem } from './domain/view.js';
export { EventHub, ValueHub } from './ports/event-hub.js';
export { mergeEvents, shareEvents } from './ports/event-streams.js';
