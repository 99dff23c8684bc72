declare global {
  /**
   * APICloud's page hook: the engine calls `window.apiready` once its `api` object (and so
   * `api.require`) exists, so an APICloud app creates its adapter there.
   */
  var apiready: (() => void) | undefined;
}

export {};
