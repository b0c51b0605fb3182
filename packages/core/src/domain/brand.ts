declare const brand: unique symbol;
/** A nominal type: a value of T checked once at the boundary and trusted after. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
