import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { methodSpecs, type PluginMethod } from '../contract/methods.js';
import { fromPluginError } from '../contract/plugin-error.js';
import type { TrtcSmartPlugin } from '../definitions.js';

/**
 * Calls one plugin method with a port method's params, reduced to the fields the contract names
 * (a native decoder may refuse others): a rejection becomes a core error (the native code kept as
 * its cause), a result is checked against the contract and unwrapped.
 */
export async function callPlugin(
  plugin: TrtcSmartPlugin,
  name: PluginMethod,
  params: unknown,
): Promise<unknown> {
  const spec = methodSpecs.get(name);
  const method = plugin[name] as (options?: unknown) => Promise<unknown>;
  const options =
    params === undefined || spec?.options === undefined ? undefined : spec.options.strip(params);
  let result: unknown;
  try {
    result = await (options === undefined ? method.call(plugin) : method.call(plugin, options));
  } catch (error) {
    throw fromPluginError(name, error);
  }
  if (spec?.result === undefined) return undefined;
  const problem = spec.result.schema.problem(result, `${name}() result`, false);
  if (problem !== undefined) throw new TrtcSmartError(ErrorCode.MALFORMED_ADAPTER_DATA, problem);
  const { key } = spec.result;
  return key === undefined ? spec.result.schema.strip(result) : (result as Record<string, unknown>)[key];
}
