/** A cue: a word or phrase (space-separated words) and how strongly it points at an intent. */
export type Cue = readonly [phrase: string, weight: number];
