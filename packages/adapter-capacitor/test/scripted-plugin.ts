import { WebPlugin } from '@capacitor/core';
import type { TrtcSmartPlugin } from '../src/definitions.js';

type Answer = (options: unknown) => Promise<unknown>;

/** A plugin whose answers a test scripts, to play a native build that errs or sends bad data. */
class Scripted extends WebPlugin {
  readonly answers = new Map<string, Answer>();
  readonly received: { readonly method: string; readonly options: unknown }[] = [];

  emit(eventName: string, payload: unknown): void {
    this.notifyListeners(eventName, payload);
  }
}

export interface ScriptedPlugin {
  readonly plugin: TrtcSmartPlugin;
  /** Every method call the plugin received. */
  readonly received: readonly { readonly method: string; readonly options: unknown }[];
  answer(method: string, answer: Answer): void;
  emit(eventName: string, payload: unknown): void;
}

/** Methods not scripted resolve with nothing, as a native void method does. */
export function scriptedPlugin(): ScriptedPlugin {
  const scripted = new Scripted();
  const plugin = new Proxy(scripted, {
    get: (target, prop, receiver) => {
      if (typeof prop !== 'string' || prop in target) return Reflect.get(target, prop, receiver);
      return async (options: unknown) => {
        target.received.push({ method: prop, options });
        return target.answers.get(prop)?.(options);
      };
    },
  }) as unknown as TrtcSmartPlugin;
  return {
    plugin,
    received: scripted.received,
    answer: (method, answer) => scripted.answers.set(method, answer),
    emit: (eventName, payload) => scripted.emit(eventName, payload),
  };
}
