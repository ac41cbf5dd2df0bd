/** Asks found on the fresh4 question set's dev split, on resumes written for these tests (not set resumes). */
import { describe, expect, it } from 'vitest';
import { classifyAsk } from '../../../src/core/conversation/answers/asks.js';
import { languageLines } from '../../../src/core/conversation/answers/languages.js';
import { tokenize } from '../../../src/core/conversation/answers/normalize.js';
import { converse, quoted, reportOf, textOf } from './resume.js';

const SURVEYOR = `Aoife Brennan
Land Surveyor
Galway · aoife.brennan.survey@example.ie · 087 555 0199

PROFILE
Land surveyor with nine years on road, rail and housing schemes. I am looking for a senior surveyor post.

EXPERIENCE
Senior Surveyor, Westmark Surveys Ltd | 2021 – Present | Galway
• Lead a crew of 4 on topographic and setting-out surveys
• Responsible for the control network on a 14 km road scheme
• Cut re-survey visits by 30% by checking control before each pour

Surveyor, Westmark Surveys Ltd | 2017 – 2021 | Galway
• Manage the GNSS equipment and calibration log
• Trained 3 apprentices on total stations

Postdoctoral Researcher, Corrib Geodesy Institute | 2015 – 2017 | Dublin
• Studied ground movement with satellite radar

Time out
2014 - 2015: Travelled in South America, worked on a farm.

CLINICAL PLACEMENTS (Degree)
Quarry survey (6 wks), county council roads office (6 wks)

OTHER
Irish (fluent), Spanish (B1), some German
Full clean driving licence
Member of the Society of Chartered Surveyors
Hobbies: rowing, choir

SKILLS
Trimble Business Center, AutoCAD Civil 3D, Leica Captivate
`;

/** A LinkedIn paste: each title read as a heading, the employer a short line under it, the work a paragraph. */
const LINKEDIN = `Sam Adeyemi
Account Manager at Brightlane
Manchester, England, United Kingdom
sam.adeyemi.sales@example.com

About
Curious account manager. I've grown 40 accounts in the north west and I'm looking for a sales manager role.

Experience

Account Manager
Brightlane
Full-time
Mar 2022 - Present · 2 yrs 9 mos
Manchester
Grew revenue across 40 accounts by 22% in 2024. Run quarterly reviews with heads of operations.

Sales Executive
Kettleby Foods
Full-time
Jan 2019 - Feb 2022 · 3 yrs 2 mos
Leeds
Cold calling into independent retailers. Looked after trade shows for the sales team. Helped write the first price lists.

Education
University of Salford
BA (Hons), Business Management
2015 - 2018
`;

const ask = (text: string) => classifyAsk(text, tokenize(text)).ask;

describe('asks the fresh4 set found', () => {
  it('a question of fact about the world is out of scope even when it shares words with the resume', async () => {
    expect(ask('whats the eurocode for wind loads on a footbridge')).toBe('out');
    expect(ask('how much do surveyors earn in ireland')).toBe('out');
    expect(ask('whats the german word for invoice')).toBe('out');
    expect(ask('what forklift should my warehouse buy')).toBe('out');
    expect(ask('can you tell me what my house is worth')).toBe('out');
    // Asked about the resume, or about one of our checks: in scope.
    expect(ask('whats wrong with the westmark job')).not.toBe('out');
    expect(ask('what is a vague duty')).not.toBe('out');
    expect(ask('whats my score')).not.toBe('out');
    const [a] = converse(await reportOf(SURVEYOR), 'whats the difference between a total station and gnss');
    expect(a!.intent).toBe('unknown');
  });

  it('"are my languages in a good place", "do irish and spanish need levels" ask about the spoken languages', () => {
    expect(ask('are my languages in a good place')).toBe('languages');
    expect(ask('do my languages need levels')).toBe('languages');
    expect(ask('do irish and german need levels too')).toBe('languages');
    expect(ask('mis idiomas estan bien')).toBe('languages');
    expect(ask('should i list programming languages first')).not.toBe('languages');
  });

  it('the languages answer quotes the line wherever it is and names the languages with no level', async () => {
    const report = await reportOf(SURVEYOR);
    expect(languageLines(report).map((l) => l.line)).toEqual(['Irish (fluent), Spanish (B1), some German']);
    const [a] = converse(report, 'are my languages in a good place');
    expect(quoted(a!)).toContain('Irish (fluent), Spanish (B1), some German');
    expect(textOf(a!)).toMatch(/mix CEFR levels and words/);
    const bare = await reportOf(
      SURVEYOR.replace('Irish (fluent), Spanish (B1), some German', 'Languages: Irish, Spanish'),
    );
    const [b] = converse(bare, 'do my languages need levels');
    expect(textOf(b!)).toMatch(/No level on Irish, Spanish/);
  });

  it('"the time out bit", "the year out line" ask about the gap, and the answer quotes the break line', async () => {
    expect(ask('is the time out bit ok or does it look bad')).toBe('gap');
    expect(ask('is the year out line ok')).toBe('gap');
    const [a] = converse(await reportOf(SURVEYOR), 'is the time out bit ok');
    expect(quoted(a!)).toContain('2014 - 2015: Travelled in South America, worked on a farm.');
  });

  it('"<line> is the tense right" answers the tense from the role\'s dates', async () => {
    const report = await reportOf(SURVEYOR);
    const [right] = converse(report, 'Lead a crew of 4 on topographic and setting-out surveys is the tense right');
    expect(right!.intent).toBe('tense');
    expect(textOf(right!)).toMatch(/The tense is right: "Lead" is present tense and this is your current role/);
    const [wrong] = converse(report, 'Manage the GNSS equipment and calibration log  is the tense ok');
    expect(textOf(wrong!)).toMatch(/Not quite/);
    expect(wrong!.blocks.find((b) => b.type === 'rewrite')).toMatchObject({
      after: 'Managed the GNSS equipment and calibration log',
    });
    // "all my bullets … tense" is about the whole role, not one line.
    expect(ask('are all my bullets in the right tense')).not.toBe('tense');
  });

  it('a job named by a short form of its title ("the postdoc job")', async () => {
    const [a] = converse(await reportOf(SURVEYOR), 'do i keep the postdoc job');
    expect(a!.title).toMatch(/Corrib Geodesy Institute/);
    expect(a!.intent).toBe('keep');
  });

  it('"<line> how do i make this show leadership" rewrites that line, with how to show the quality', async () => {
    const [a] = converse(
      await reportOf(SURVEYOR),
      'Responsible for the control network on a 14 km road scheme how do i make this show leadership',
    );
    expect(
      a!.blocks.some((b) => b.type === 'rewrite' && b.before.startsWith('Responsible for the control network')),
    ).toBe(true);
    expect(textOf(a!)).toMatch(/To show leadership/);
  });

  it('"is Other an ok heading" quotes what is under it and names the sections it mixes', async () => {
    const [a] = converse(await reportOf(SURVEYOR), "is 'Other' an ok heading for that stuff");
    expect(a!.intent).toBe('heading');
    expect(quoted(a!)).toContain('Irish (fluent), Spanish (B1), some German');
    expect(textOf(a!)).toMatch(/Languages/);
    expect(textOf(a!)).toMatch(/Interests/);
    expect(textOf(a!)).not.toMatch(/such as a standard name/);
  });

  it('a "Hobbies:" line inside another section is their interests', async () => {
    const [a] = converse(await reportOf(SURVEYOR), 'should my hobbies stay');
    expect(quoted(a!)).toContain('Hobbies: rowing, choir');
    expect(textOf(a!)).not.toMatch(/You have no interests section/);
  });

  it('"should the clinical placements still be there" keeps or drops that section, named without its bracket note', async () => {
    expect(ask('should the clinical placements still be there')).toBe('keep');
    const [a] = converse(await reportOf(SURVEYOR), 'should the clinical placements still be there 9 years on');
    expect(textOf(a!)).toMatch(/CLINICAL PLACEMENTS/);
    expect(textOf(a!)).toMatch(/cut it to one line under your degree/);
    expect(textOf(a!)).not.toMatch(/I am not sure what you want to know/);
  });

  it('"applying to be a <role> what should go at the top" asks what to emphasise for that role', () => {
    expect(
      classifyAsk(
        'im applying to be a site engineer what should go at the top',
        tokenize('im applying to be a site engineer what should go at the top'),
      ),
    ).toMatchObject({ ask: 'emphasise', target: 'site engineer' });
    // A section word inside the role ("project manager") is not a section to reorder.
    expect(ask('im applying for survey project manager jobs what goes at the top')).toBe('emphasise');
    expect(ask('should education go at the top')).toBe('order');
  });

  it('a LinkedIn paste: "what about <employer>" names that job by its employer line, not the "About" heading', async () => {
    const report = await reportOf(LINKEDIN);
    const [a] = converse(report, 'what about kettleby');
    expect(a!.title).not.toMatch(/summary/i);
    expect(textOf(a!)).toMatch(/Cold calling into independent retailers/);
    // Its sentences are judged like bullets (the weak ones rewritten), under the employer's name.
    expect(textOf(a!)).toMatch(/Kettleby Foods/);
    expect(
      a!.blocks.some((b) => b.type === 'rewrite' && b.before === 'Looked after trade shows for the sales team.'),
    ).toBe(true);
    expect(textOf(a!)).not.toMatch(/Jan 2019 - Feb 2022/);
    const [k] = converse(report, 'do i keep the kettleby job');
    expect(textOf(k!)).toMatch(/Cold calling into independent retailers/);
  });

  it('one sentence of a paragraph, pasted, is that line of theirs', async () => {
    const [a] = converse(await reportOf(LINKEDIN), 'rewrite Helped write the first price lists');
    expect(a!.intent).toBe('rewrite');
    expect(a!.blocks.some((b) => b.type === 'rewrite' && b.before === 'Helped write the first price lists.')).toBe(
      true,
    );
  });
});
