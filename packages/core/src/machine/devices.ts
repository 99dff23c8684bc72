/**
 * A device command's result in the context's `devices`: its event (CAMERA_CHANGED, MIC_CHANGED …)
 * carries the one field it sets, under that field's name.
 */
export function withDevice<D extends object>(devices: D, event: { readonly type: string } & Partial<D>): D {
  const { type: _type, ...change } = event;
  return { ...devices, ...change };
}
