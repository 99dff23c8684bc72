import type { HTMLAttributes } from 'react';

/** The `<div>` props a video component passes through (its own `onError` replaces the DOM one). */
export type DivProps = Omit<HTMLAttributes<HTMLDivElement>, 'onError'>;
