import type { ClassType } from "type-graphql";

/**
 * What the resolvers made from tables (link fields, a model-made kind's lookup and upsert) share:
 * a named class, and a method on it whose property descriptor TypeGraphQL's decorators are then
 * applied to, as the `@Query` / `@Arg` / `@Ctx` syntax would apply them to a written method.
 */
export function madeResolverClass(name: string): ClassType {
  const resolver = class {};
  Object.defineProperty(resolver, "name", { value: name });
  return resolver;
}

/** Puts `resolve` on `prototype` as method `field` and returns its descriptor, for the method decorators. */
export function madeMethod(
  prototype: object,
  field: string,
  resolve: (...args: never[]) => unknown,
): PropertyDescriptor {
  Object.defineProperty(prototype, field, { value: resolve, writable: true, configurable: true });
  return Object.getOwnPropertyDescriptor(prototype, field) as PropertyDescriptor;
}
