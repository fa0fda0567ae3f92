// The document tree the macro walker reads: maps, sequences and scalars with their source ranges.
// YAML documents are converted from the `yaml` package's nodes; JSON is scanned directly (json-tree.ts).

/** A scalar as the decoders need it: the `yaml` package's Scalar has this shape. */
export interface ScalarLike {
  value: unknown;
  /** [start, valueEnd, ...] offsets in the source. */
  range?: readonly number[] | null;
  /** PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE, BLOCK_LITERAL, BLOCK_FOLDED. */
  type?: string | null;
  /** Block scalars: the CST token, whose indent sets the content indentation. */
  srcToken?: unknown;
}

export type TreeNode = MapNode | SeqNode | ScalarNode | OtherNode;

export interface MapNode {
  kind: 'map';
  entries: Array<{ key: string; value: TreeNode }>;
  /** Written in flow style ({ }) . */
  flow: boolean;
}

export interface SeqNode {
  kind: 'seq';
  items: TreeNode[];
  flow: boolean;
}

export interface ScalarNode {
  kind: 'scalar';
  scalar: ScalarLike;
}

/** Aliases and anything else the walker skips. */
export interface OtherNode {
  kind: 'other';
}
