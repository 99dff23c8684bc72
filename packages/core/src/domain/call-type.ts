/** The seed's call type values: 1 video, 2 audio (0 "unknown" is never a valid call). */
export const CallType = { VIDEO: 1, AUDIO: 2 } as const;
export type CallType = (typeof CallType)[keyof typeof CallType];
