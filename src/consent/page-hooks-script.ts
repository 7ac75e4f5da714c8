/**
 * Runs inside every frame before the page's own scripts (an init script): reports each `document.cookie` write to
 * Node. Serialised by Playwright, so it must not reference anything outside its own body.
 */

export interface CookieHookArgs {
  /** Random name under which the Node binding was exposed; removed from the page at once. */
  binding: string;
  maxWrites: number;
  maxLength: number;
}

export function cookieHookScript(args: CookieHookArgs): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  const send = scope[args.binding];
  try {
    delete scope[args.binding];
  } catch {
    // A non-configurable global stays; the hook still works.
  }
  if (typeof send !== 'function') return;
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  const getter = descriptor?.get;
  const setter = descriptor?.set;
  if (!getter || !setter) return;
  let writes = 0;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: descriptor.enumerable ?? true,
    get(this: Document) {
      return getter.call(this);
    },
    set(this: Document, value: unknown) {
      // Converted once, so a value with a side-effecting toString behaves as it would without the hook.
      const text = String(value);
      if (writes < args.maxWrites) {
        writes += 1;
        try {
          const stack = String(new Error().stack ?? '').slice(0, 4000);
          const origin = String(this.location?.origin ?? '');
          const reply = send({ text: text.slice(0, args.maxLength), stack, origin }) as unknown;
          if (reply && typeof (reply as Promise<unknown>).then === 'function') (reply as Promise<unknown>).then(undefined, () => undefined);
        } catch {
          // Reporting must never break the page.
        }
      }
      setter.call(this, text);
    },
  });
}
