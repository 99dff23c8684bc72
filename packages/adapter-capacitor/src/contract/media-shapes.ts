import type {
  BeautyStyleOptions,
  PluginDeviceKind,
  PluginStatistics,
  VirtualBackgroundOptions,
} from '../definitions.js';
import { array, integer, literal, number, object, type Schema, string, tagged } from './schema.js';

/** The JSON shapes of the media controls' methods and events (definitions.ts names them). */

export const deviceKind: Schema<PluginDeviceKind> = literal('camera', 'microphone', 'speaker');

export const beautyStyle: Schema<BeautyStyleOptions> = object({
  style: literal('smooth', 'natural'),
  beauty: integer,
  whiteness: integer,
  ruddiness: integer,
});

export const virtualBackground: Schema<VirtualBackgroundOptions> = tagged('type', {
  none: object({}),
  blur: object({}, { blurLevel: integer }),
  image: object({ imageUrl: string }),
});

const sending = {
  audioBitrateKbps: number,
  videoBitrateKbps: number,
  width: number,
  height: number,
  frameRate: number,
};

export const statistics: Schema<PluginStatistics> = object({
  rtt: number,
  upLoss: number,
  downLoss: number,
  local: object(sending),
  remote: array(object({ ...sending, userId: string, streamType: literal('main', 'sub') })),
});
