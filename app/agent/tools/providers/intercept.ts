/**
 * The adapter with every method call passed through `around` (given the call and the method's name); properties
 * that are not methods read as they are. How the agent records provider calls as tools and how a refused key is
 * noted on the integration, without either knowing the adapter's methods.
 */
export function interceptCalls<A extends object>(adapter: A, around: (call: () => unknown, method: PropertyKey) => unknown): A {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => around(() => (value as (...a: unknown[]) => unknown).apply(target, args), property);
    },
  });
}
