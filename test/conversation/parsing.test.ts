import { describe, expect, it } from 'vitest';
import { looksLikeJobDescription, looksLikeResume } from '../../src/core/conversation/classify-text.js';
import { parseEventText } from '../../src/core/conversation/parse-command.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const KNOWN = new Set(['check', 'help', 'ask']);
const parse = (text: string, command: { name: string; args: string } | null = null) =>
  parseEventText({ text, command }, KNOWN);

describe('parseEventText', () => {
  it('finds slash commands, with Telegram bot suffixes and multi-line arguments', () => {
    expect(parse('/check')).toEqual({ text: '/check', command: { name: 'check', args: '' } });
    expect(parse('/Check@resume_bot  some text')).toMatchObject({ command: { name: 'check', args: 'some text' } });
    expect(parse('/jd line one\nline two').command).toEqual({ name: 'jd', args: 'line one\nline two' });
  });

  it('strips leading mentions (Slack, Discord, Telegram) and accepts a known bare word after one', () => {
    expect(parse('<@U024BE7LH> help')).toEqual({ text: 'help', command: { name: 'help', args: '' } });
    expect(parse('<@!81234> /check')).toMatchObject({ command: { name: 'check' } });
    expect(parse('@resume_bot, how do I quantify this')).toEqual({ text: 'how do I quantify this', command: null });
    expect(parse('help me with my resume')).toEqual({ text: 'help me with my resume', command: null });
    expect(parse('<@U1> checkout this')).toMatchObject({ command: null });
  });

  it('prefers a native command the platform parsed', () => {
    expect(parse('ignored', { name: '/ask', args: '  is this good? ' }).command).toEqual({
      name: 'ask',
      args: 'is this good?',
    });
  });

  it('does not take paths or URLs for commands', () => {
    expect(parse('/ and more').command).toBeNull();
    expect(parse('how about /usr/bin').command).toBeNull();
  });
});

describe('looksLikeResume / looksLikeJobDescription', () => {
  const jd = [
    'Senior Backend Engineer at Example Corp',
    'About the role',
    'You will design and run the services behind our checkout, working with a small team of engineers.',
    'Responsibilities',
    '- Build and operate APIs in Go that handle thousands of requests per second',
    '- Own PostgreSQL schemas and migrations',
    'Requirements',
    '- 5+ years of backend experience; strong knowledge of distributed systems and observability tooling',
    'Nice to have: Kafka, Kubernetes. Benefits: remote work, learning budget.',
  ].join('\n');

  it('recognises pasted resumes', () => {
    expect(looksLikeResume(WEAK_BACKEND_RESUME.join('\n'))).toBe(true);
    expect(looksLikeResume(STRONG_BACKEND_RESUME.join('\n'))).toBe(true);
    expect(looksLikeJobDescription(WEAK_BACKEND_RESUME.join('\n'))).toBe(false);
  });

  it('recognises pasted job descriptions', () => {
    expect(looksLikeJobDescription(jd)).toBe(true);
    expect(looksLikeResume(jd)).toBe(false);
  });

  it('leaves questions, even long ones, as questions', () => {
    const question =
      'how do I quantify this? I was responsible for the orders API in my experience section and my skills list is long, what should I do about it';
    expect(looksLikeResume(question)).toBe(false);
    expect(looksLikeJobDescription(question)).toBe(false);
    expect(looksLikeResume('EXPERIENCE\nEDUCATION\nSKILLS')).toBe(false);
  });
});
