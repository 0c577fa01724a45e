/** A seeded random generator: the same seed gives the same sequence. */
export declare function seeded(seed: number): () => number;
/** A valid kit of `count` items (and `entries` calendar entries) as a plain object. */
export declare function syntheticKit(count: number, options?: { seed?: number; entries?: number; id?: string }): Record<string, unknown> & { items: { id: string; title: string }[] };
/** A draft of `length` characters in the kit's vocabulary. */
export declare function syntheticDraft(random: () => number, length?: number): string;
