import type { Observable } from 'rxjs';
import type { ViewRule } from '../domain/view.js';
import type { ClockPort } from '../ports/clock.port.js';
import type { MediaControlsPort } from './media-port.js';
import type { MediaEvent } from './media-types.js';

/**
 * Where the API's user is, as far as the media controls care:
 * - `destroyed` / `loggedOut`: nothing but device lists and beauty settings;
 * - `loggedIn`: music plays;
 * - `inMedia`: in a call's or room's TRTC room (statistics flow);
 * - `publishing`: in media and sending (screen share may start).
 */
export type MediaStage = 'destroyed' | 'loggedOut' | 'loggedIn' | 'inMedia' | 'publishing';

/** What createCalling / createLiveRoom hand the media controls (internal between core's files). */
export interface MediaHost<View, S extends { readonly status: string }> {
  readonly port: MediaControlsPort<View> | undefined;
  readonly clock: ClockPort;
  readonly views: ViewRule<View>;
  /** The API's own state (completes on destroy). */
  readonly state$: Observable<S>;
  /** The API's own state now. */
  getState(): S;
  /** Where a state puts the user, for the media controls' rules. */
  stage(state: S): MediaStage;
  /** The rule `publishing` stands for, named in INVALID_STATE messages. */
  readonly publishingRule: string;
  /** Emits on the API's events$. */
  emit(event: MediaEvent): void;
  /** The instance that gets the methods, `state$` / `getSnapshot` with `media`, and sub views. */
  readonly target: object;
  /** Its remote-view methods that take `streamType` ('startRemoteView' / 'startPlay' and stops). */
  readonly remoteView: { readonly start: string; readonly stop: string };
}

/**
 * The `media` option's type: pass `mediaControls` from `@trtc-smart/core/media`. The API calls it
 * once with its host; it installs the media methods on the host's target. Only this function pulls
 * the media code in, so an app that never imports it bundles none of it.
 */
export type MediaControls = <View, S extends { readonly status: string }>(host: MediaHost<View, S>) => void;
