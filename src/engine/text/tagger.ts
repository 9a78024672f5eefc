/**
 * compromise's part-of-speech tags for the words of a sentence. `nlp(text)` runs every hook of compromise's
 * pipeline, the last of which groups the tagged words into phrase chunks and sets no tag; the check-worthiness
 * cues read only the tags, so the sentence is parsed through the same hooks but that one, from compromise's
 * plugin API (as sentences.ts reaches its splitter), and its terms are read as they are, not through `json()`.
 * The words and tags are those of `nlp(text).terms().json()`.
 */
import nlp from 'compromise';

/** One word as compromise tagged it. */
export interface TaggedWord {
  /** The word as written, with the punctuation around it. */
  text: string;
  /** compromise's normal form (lower case, punctuation dropped). */
  normal: string;
  tags: Set<string>;
}

interface Term {
  pre: string;
  text: string;
  post: string;
  normal?: string;
  tags: Set<string>;
}

interface ParsedView {
  world: unknown;
  docs: Term[][];
  compute(hooks: string[]): unknown;
}

interface World {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: World): Term[][] } } };
}

const world = (nlp as unknown as { world(): World }).world();
/** compromise's view class, which runs the hooks over a tokenised document. */
const View = nlp('').constructor as new (document: Term[][]) => ParsedView;
/** Every hook but the chunker: the same tags, without the phrase chunks. */
const TAGGING_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/** The words of `text` in order, with compromise's tags. */
export function tagWords(text: string): TaggedWord[] {
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  doc.world = world;
  doc.compute(TAGGING_HOOKS);
  return doc.docs.flat().map((t) => ({ text: (t.pre + t.text + t.post).trim(), normal: t.normal ?? '', tags: t.tags }));
}
