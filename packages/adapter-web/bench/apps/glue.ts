// Our glue: core + adapter-web, the SDKs left external.

export * from '@trtc-smart/adapter-web';
export * from '@trtc-smart/core';
