import { useEffect, useRef, useState } from 'react';

interface Lease<K, T> {
  readonly key: K;
  readonly value: T;
  released: boolean;
}

/**
 * A value the component owns: created in an effect for `key` and disposed when the component
 * unmounts or `key` changes. StrictMode's test unmount, immediately followed by its remount, keeps
 * the value (its disposal waits a microtask and the remount takes it back), so nothing is created,
 * logged in or subscribed twice. Null until the first effect has run.
 */
export function useOwned<K, T>(key: K, create: (key: K) => T, dispose: (value: T) => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  const lease = useRef<Lease<K, T> | null>(null);
  const latest = useRef({ create, dispose });
  latest.current = { create, dispose };

  useEffect(() => {
    let held = lease.current;
    if (held?.released && held.key === key) held.released = false;
    else {
      held = { key, value: latest.current.create(key), released: false };
      lease.current = held;
    }
    const mine = held;
    setValue(() => mine.value);
    return () => {
      mine.released = true;
      queueMicrotask(() => {
        if (!mine.released) return;
        if (lease.current === mine) lease.current = null;
        latest.current.dispose(mine.value);
      });
    };
  }, [key]);

  return value;
}
