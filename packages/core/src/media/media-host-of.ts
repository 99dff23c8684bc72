import type { ViewRule } from '../domain/view.js';
import type { ClockPort } from '../ports/clock.port.js';
import type { ValueHub } from '../ports/event-hub.js';
import type { MediaHost, MediaStage } from './media-host.js';
import type { MediaControlsPort } from './media-port.js';
import type { MediaEvent } from './media-types.js';

/** What differs between createCalling's and createLiveRoom's media hosts. */
export interface MediaHostSpec<S extends { readonly status: string }> {
  /** Where each status stands, as the media controls care. */
  readonly stages: Readonly<Record<S['status'], MediaStage>>;
  /** The rule `publishing` stands for, named in INVALID_STATE messages. */
  readonly publishingRule: string;
  /** The instance's remote-view methods that take `streamType`. */
  readonly remoteView: { readonly start: string; readonly stop: string };
}

/** The media host of a calling or live-room instance (both build it the same way). */
export function mediaHostOf<View, S extends { readonly status: string }>(
  instance: {
    readonly state: ValueHub<S>;
    readonly adapter: { readonly clock: ClockPort; readonly views: ViewRule<View> };
  },
  adapter: { readonly media?: MediaControlsPort<View> | undefined },
  // Media events share the seed listener's stream: the seed's one callback gets them too.
  emit: (event: MediaEvent) => void,
  spec: MediaHostSpec<S>,
): MediaHost<View, S> {
  return {
    port: adapter.media,
    clock: instance.adapter.clock,
    views: instance.adapter.views,
    state$: instance.state.asObservable(),
    getState: () => instance.state.getValue(),
    stage: (s) => spec.stages[s.status as S['status']],
    publishingRule: spec.publishingRule,
    emit,
    target: instance,
    remoteView: spec.remoteView,
  };
}
