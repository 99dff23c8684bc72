/** A port event renamed into the machine's namespace: `{type: 'x'}` becomes `{type: 'sig.x'}`. */
export type Prefixed<P extends string, E extends { type: string }> = E extends {
  type: infer T extends string;
}
  ? Omit<E, 'type'> & { readonly type: `${P}.${T}` }
  : never;
