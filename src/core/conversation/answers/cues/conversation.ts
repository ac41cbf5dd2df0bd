/** Cues for talk about the bot itself: help and small talk. */
import type { Cue } from './cue.js';

export const HELP_CUES: readonly Cue[] = [
  ['help', 2],
  ['what can you do', 4],
  ['what can you', 3],
  ['how does this work', 4],
  ['commands', 3.5],
  ['how do i use', 3.5],
  ['what do you do', 3.5],
  ['who are you', 3.5],
  ['what are you', 3],
  ['usage', 3],
  ['how to use', 3.5],
  ['features', 3],
];

export const SMALLTALK_CUES: readonly Cue[] = [
  ['thanks', 4],
  ['thank you', 4],
  ['thank', 3],
  ['thx', 4],
  ['ty', 3],
  ['hi', 3],
  ['hello', 3.5],
  ['hey', 3],
  ['cool', 2],
  ['great', 1.5],
  ['awesome', 2.5],
  ['nice', 2],
  ['cheers', 3.5],
  ['appreciate', 3],
  ['good morning', 4],
  ['bye', 3.5],
  ['perfect', 2],
];
