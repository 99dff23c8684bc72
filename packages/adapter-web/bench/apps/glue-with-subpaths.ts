// Our glue with core's subpath entries too (adapter building blocks, the state-chart tooling, the seed's callback modules).

export * from '@trtc-smart/adapter-web';
export * from '@trtc-smart/core';
export * from '@trtc-smart/core/adapter-kit';
export * from '@trtc-smart/core/inspect';
export * from '@trtc-smart/core/seed';
