import type { Rect } from '@trtc-smart/core';

/**
 * The fake cloud takes native-style rects as well as web views (element ids, elements). The
 * playground keeps its own tiles and finds which stream to show from the SDK's state, so a view
 * only has to be valid: one rect serves every tile.
 */
export const TILE_RECT: Rect = { x: 0, y: 0, w: 320, h: 240 };
