// Our glue with core's subpath entries too (the seed's callback modules, the state-chart tooling).

export * from '@trtc-smart/adapter-web';
export * from '@trtc-smart/core';
export * from '@trtc-smart/core/inspect';
export * from '@trtc-smart/core/seed';
