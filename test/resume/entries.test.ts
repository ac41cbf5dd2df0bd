import { describe, expect, it } from 'vitest';
import { parseResumeText, type Entry } from '../../src/core/resume/index.js';
import { trailingLocation } from '../../src/core/resume/places.js';

const HEADER = ['Jane Roe', 'jane.roe@example.com'];

function entriesOf(heading: string, body: readonly string[]): Entry[] {
  const r = parseResumeText([...HEADER, heading, ...body].join('\n'));
  return r.sections[1]?.entries ?? [];
}

describe('entry headers', () => {
  it('reads "Title, Employer" for titles of any field (store supervisor, barista, social worker, electrician)', () => {
    for (const [line, title, org] of [
      ['Store Supervisor, Harbour Fashion', 'Store Supervisor', 'Harbour Fashion'],
      ['Barista, Blue Bottle Coffee', 'Barista', 'Blue Bottle Coffee'],
      ["Children's Social Worker, Northfield City Council", "Children's Social Worker", 'Northfield City Council'],
      ['Journeyman Electrician, Ridge Electric Co.', 'Journeyman Electrician', 'Ridge Electric Co.'],
    ] as const) {
      const r = parseResumeText(`Experience\n${line}\nJan 2020 – Present\n• Ran the tills\n`);
      const e = r.sections[0]?.entries[0];
      expect(e?.title).toBe(title);
      expect(e?.organization).toBe(org);
    }
  });

  it('reads "Title, Org" with right-aligned dates (column gap)', () => {
    const [e] = entriesOf('Experience', [
      'Software Engineer, Orderly Inc.                       Jan 2021 – Present',
      '• Built the orders API',
    ]);
    expect(e).toMatchObject({
      title: 'Software Engineer',
      organization: 'Orderly Inc.',
      start: '2021-01',
      end: 'present',
      dateText: 'Jan 2021 – Present',
      bullets: ['Built the orders API'],
    });
  });

  it('reads "Title at Org"', () => {
    const [e] = entriesOf('Experience', [
      'Backend Developer at Tallybook, 2017 - 2021',
      '• Built the invoicing service',
    ]);
    expect(e).toMatchObject({ title: 'Backend Developer', organization: 'Tallybook', start: '2017', end: '2021' });
  });

  it('reads "Org — Title"', () => {
    const [e] = entriesOf('Experience', ['Acme Labs — Data Analyst      06/2019 - 08/2020', '• Built dashboards']);
    expect(e).toMatchObject({ title: 'Data Analyst', organization: 'Acme Labs', start: '2019-06', end: '2020-08' });
  });

  it('splits "Title – Org" on an en dash when the title is an EMT grade', () => {
    const [e] = entriesOf('Experience', ['EMT-Basic – Desert Medical Transport | 2016-2019', '- Drove ambulance']);
    expect(e).toMatchObject({
      title: 'EMT-Basic',
      organization: 'Desert Medical Transport',
      start: '2016',
      end: '2019',
    });
  });

  it('reads "Org | City" then "Title  dates" on the next line', () => {
    const [e] = entriesOf('Experience', [
      'Parcelway | Seattle, WA',
      'Senior Backend Engineer    Mar 2021 – Present',
      '• Designed the tracking API',
    ]);
    expect(e).toMatchObject({
      title: 'Senior Backend Engineer',
      organization: 'Parcelway',
      location: 'Seattle, WA',
      start: '2021-03',
      end: 'present',
    });
  });

  it('reads an employer line with its location run together ("Google Mountain View, CA")', () => {
    const [e] = entriesOf('Experience', [
      '• Google Mountain View, CA',
      'Software Engineer Oct 2016 – Present',
      '◦ Worked on TensorFlow',
    ]);
    expect(e).toMatchObject({
      organization: 'Google',
      location: 'Mountain View, CA',
      title: 'Software Engineer',
      start: '2016-10',
      bullets: ['Worked on TensorFlow'],
    });
  });

  it('reads "Org, City, ST, Title" with dates on the next line', () => {
    const [e] = entriesOf('Experience', [
      'Gilmore Financial, New Orleans, LA, Certified Public Accountant',
      'Oct. 2021 – Current',
      '• Compute taxes for clients',
    ]);
    expect(e).toMatchObject({
      title: 'Certified Public Accountant',
      organization: 'Gilmore Financial',
      start: '2021-10',
      end: 'present',
    });
  });

  it('reads "Org, City, ST: Title" with a tab before the dates', () => {
    const [e] = entriesOf('Experience', [
      'Eyesbox, Chandler, AZ: Software Engineering Intern\t06/2021 - 08/2021',
      '• Built a React Native app',
    ]);
    expect(e).toMatchObject({
      title: 'Software Engineering Intern',
      organization: 'Eyesbox',
      location: 'Chandler, AZ',
      start: '2021-06',
      end: '2021-08',
    });
  });

  it('reads title / dates / organization on three lines', () => {
    const [e] = entriesOf('Work Experience', [
      'Full Stack Developer',
      'November 2022 - Present',
      'Sendly, Kathmandu, Nepal',
      '- Expanded the use of React',
    ]);
    expect(e).toMatchObject({
      title: 'Full Stack Developer',
      organization: 'Sendly',
      location: 'Kathmandu, Nepal',
      start: '2022-11',
      end: 'present',
      bullets: ['Expanded the use of React'],
    });
  });

  it('reads a degree and a school in education', () => {
    const [a, b] = entriesOf('Education', [
      'State University Atlanta, GA',
      'Master of Science in Computer Science; GPA: 4.00 Aug 2012 – Dec 2013',
      'B.S. Computer Science, Portland State University 2014 – 2018',
    ]);
    expect(a).toMatchObject({
      organization: 'State University',
      location: 'Atlanta, GA',
      start: '2012-08',
      end: '2013-12',
    });
    expect(a?.title).toMatch(/^Master of Science/u);
    expect(b).toMatchObject({
      title: 'B.S. Computer Science',
      organization: 'Portland State University',
      start: '2014',
      end: '2018',
    });
  });

  it('finds trailing locations and leaves organisations alone', () => {
    expect(trailingLocation('Rockwell Avionics Cedar Rapids, Iowa, USA')).toEqual({
      location: 'Cedar Rapids, Iowa, USA',
      rest: 'Rockwell Avionics',
    });
    expect(trailingLocation('Acme Corp New York, NY')).toEqual({ location: 'New York, NY', rest: 'Acme Corp' });
    expect(trailingLocation('Senior Engineer, Back End')).toBeNull();
  });
});

describe('entries and bullets', () => {
  it('keeps a dated break line after the bullets apart from the last bullet', () => {
    const entries = entriesOf('Experience', [
      'Guide, Andes Tours, Cusco (2017 - 2019)',
      '- Led 40 groups through the Sacred Valley',
      '- Wrote the safety briefing',
      '(2019 - 2020: travelled through Peru)',
      '',
      'Barista, Cafe Uno, Lima 2020 - 2022',
      '- Trained 3 new staff',
    ]);
    expect(entries[0]?.bullets).toEqual(['Led 40 groups through the Sacred Valley', 'Wrote the safety briefing']);
    expect(entries.flatMap((e) => e.lines)).toContain('(2019 - 2020: travelled through Peru)');
  });

  it('joins wrapped bullets and strips glyphs', () => {
    const [e] = entriesOf('Experience', [
      'Engineer, Acme Inc.                                                   2019 – 2021',
      '• Designed the gRPC shipment-tracking API serving 12k QPS at 45 ms p99 across three',
      'regions and two clouds',
      '◦ Sharded the PostgreSQL orders store into 16 partitions, cutting p95 query time from',
      '220 ms to 35 ms.',
      '▪ Added a cache',
      '- Wrote the runbook',
      '* Ran the on-call rota',
      '– Mentored two engineers',
    ]);
    expect(e?.bullets).toEqual([
      'Designed the gRPC shipment-tracking API serving 12k QPS at 45 ms p99 across three regions and two clouds',
      'Sharded the PostgreSQL orders store into 16 partitions, cutting p95 query time from 220 ms to 35 ms.',
      'Added a cache',
      'Wrote the runbook',
      'Ran the on-call rota',
      'Mentored two engineers',
    ]);
  });

  it('rejoins a word hyphenated across lines', () => {
    const [e] = entriesOf('Experience', [
      'Engineer, Acme Inc. 2019 – 2021',
      '• Implemented automation for external surface management, streamlining the identification of po-',
      'tential vulnerabilities.',
    ]);
    expect(e?.bullets).toEqual([
      'Implemented automation for external surface management, streamlining the identification of potential vulnerabilities.',
    ]);
  });

  it('splits two roles under one employer and carries the employer over', () => {
    const entries = entriesOf('Experience', [
      '• New Relic Portland, OR',
      'Senior Software Engineer - Database Engineering May 2018 - Present',
      '◦ Deployed Vitess to shard the largest MySQL database.',
      'Technical Product Manager - Database Engineering Nov 2018 - Present',
      '◦ Planned the cloud migration.',
      '• Yelp San Francisco, CA',
      'Data Reliability Engineer May 2016 - December 2017',
      '◦ Built MySQL auto scaling.',
    ]);
    expect(entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Senior Software Engineer - Database Engineering', 'New Relic', '2018-05', 'present'],
      ['Technical Product Manager - Database Engineering', 'New Relic', '2018-11', 'present'],
      ['Data Reliability Engineer', 'Yelp', '2016-05', '2017-12'],
    ]);
    expect(entries.map((e) => e.bullets.length)).toEqual([1, 1, 1]);
  });

  it('starts a new entry at an undated project title followed by bullets', () => {
    const entries = entriesOf('Projects', [
      'Magic Game — Interactive Web Game',
      '● Built the sprites',
      '● Wrote the story and',
      'tested it',
      'Case Closed — Detective Game',
      '● Designed the puzzles',
    ]);
    expect(entries.map((e) => e.title)).toEqual(['Magic Game — Interactive Web Game', 'Case Closed — Detective Game']);
    expect(entries[0]?.bullets).toEqual(['Built the sprites', 'Wrote the story and tested it']);
  });

  it('keeps a sub-label and plain lines under the entry', () => {
    const [e] = entriesOf('Education', [
      'State University 2014 - 2018',
      'GPA: 3.59',
      'Coursework: Operating Systems, Databases',
    ]);
    expect(e?.lines).toEqual(['GPA: 3.59', 'Coursework: Operating Systems, Databases']);
    expect(e?.bullets).toEqual([]);
  });

  it('pasted duty lines without glyphs stay one per line: a capitalised line after a long one is not a wrap by length alone', () => {
    const r = parseResumeText(
      [
        ...HEADER,
        'CLINICAL EXPERIENCE',
        'Senior Veterinary Nurse',
        'Hillside Animal Hospital, Leeds',
        'Feb 2023 - Present',
        'Triage and stabilise emergency patients overnight, up to 25 admissions a shift',
        'In charge of the ICU rota',
        'Trained 4 student nurses through their placements, all passed first attempt',
        'Anaesthesia monitoring for emergency surgery and',
        'dental procedures',
      ].join('\n'),
    );
    expect(r.sections[1]?.entries[0]?.bullets).toEqual([
      'Triage and stabilise emergency patients overnight, up to 25 admissions a shift',
      'In charge of the ICU rota',
      'Trained 4 student nurses through their placements, all passed first attempt',
      'Anaesthesia monitoring for emergency surgery and dental procedures',
    ]);
  });

  it('one plain line under a job is its one duty; a line describing the employer is not', () => {
    const body = (line: string) =>
      parseResumeText(
        [...HEADER, 'EXPERIENCE', 'Receptionist', 'Seaview Hotel, Brighton', 'May 2016 - Feb 2018', line].join('\n'),
      ).sections[1]?.entries[0];
    expect(body('Check ins, check outs, reservations in Opera PMS.')?.bullets).toEqual([
      'Check ins, check outs, reservations in Opera PMS.',
    ]);
    expect(body('A 40-room family-run hotel on the seafront')?.bullets).toEqual([]);
  });

  it('reads lines without glyphs as bullets when an entry has no bullets (marked as inferred)', () => {
    const summary = [
      'SUMMARY',
      'Full-width lines elsewhere in the document set the wrap width, as this one does here.',
    ];
    const r = parseResumeText(
      [
        ...HEADER,
        ...summary,
        'EXPERIENCE',
        'Technical Support Analyst Intern',
        'TJX Canada, May 2018 - Aug 2018',
        'Provide desktop support and incident management',
        'Support 1500 home office employees',
      ].join('\n'),
    );
    const e = r.sections[2]?.entries[0];
    expect(e?.bullets).toEqual([
      'Provide desktop support and incident management',
      'Support 1500 home office employees',
    ]);
    expect(e?.bulletsInferred).toBe(true);
    expect(e?.title).toBe('Technical Support Analyst Intern');
  });

  it('puts bullets of a section without entry headers into one entry', () => {
    const entries = entriesOf('Projects', [
      '• Toolkit: open source library for finance.',
      '• Visualizer: D3 charts of git logs.',
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.bullets).toHaveLength(2);
  });
});

describe('entry layouts seen in real resumes', () => {
  it('reads title / organisation / "dates / location" (sidebar templates), even for a repeated title', () => {
    const entries = entriesOf('WORK EXPERIENCE', [
      'DevOps Engineer',
      'Parcel Global',
      'April 2019 - current / Birmingham, AL',
      '· Built pipelines for the deploys of',
      'the main product',
      '· Wrote runbooks',
      'DevOps Engineer',
      'Jefferson Labs',
      'June 2016 - March 2019 / Tuscaloosa, AL',
      '· Helped customers adopt the cloud',
    ]);
    expect(entries.map((e) => [e.title, e.organization, e.location, e.start, e.end])).toEqual([
      ['DevOps Engineer', 'Parcel Global', 'Birmingham, AL', '2019-04', 'present'],
      ['DevOps Engineer', 'Jefferson Labs', 'Tuscaloosa, AL', '2016-06', '2019-03'],
    ]);
    expect(entries[0]?.bullets).toEqual(['Built pipelines for the deploys of the main product', 'Wrote runbooks']);
  });

  it('keeps a label repeated under every job ("Key Achievements") out of the headers', () => {
    const entries = entriesOf('Work Experience', [
      'Full Stack Developer',
      'November 2022 - Present',
      'Sendly, Kathmandu 44600, Nepal',
      'Key Achievements',
      '- Moved the app to React Native',
      'Blockchain Developer',
      'November 2020 - October 2022',
      'Playpoint.ai, Bangalore, India',
      'Key Achievements',
      '- Shipped the token contracts',
    ]);
    expect(entries.map((e) => [e.title, e.organization, e.location])).toEqual([
      ['Full Stack Developer', 'Sendly', 'Kathmandu 44600, Nepal'],
      ['Blockchain Developer', 'Playpoint.ai', 'Bangalore, India'],
    ]);
    expect(entries[0]?.lines).toEqual(['Key Achievements']);
  });

  it('starts an entry at an employer line even when the last bullet was left unfinished', () => {
    const entries = entriesOf('Experience', [
      'Hugging Face Abu Dhabi, UAE',
      'Machine Learning Engineer Dec. 2022 – Present',
      '• Grew the team by 300% and pioneered the partner programme with three large cloud providers across the',
      'DataRobot Abu Dhabi, UAE',
      'Customer Facing Data Scientist Nov. 2021 – Sep. 2022',
      '• Delivered 20+ use cases',
    ]);
    expect(entries.map((e) => [e.title, e.organization])).toEqual([
      ['Machine Learning Engineer', 'Hugging Face'],
      ['Customer Facing Data Scientist', 'DataRobot'],
    ]);
  });

  it('carries the employer over several roles and keeps "Title, Team" whole', () => {
    const entries = entriesOf('Experience', [
      'Niche Pittsburgh, PA',
      'Staff Software Engineer, Back End Jul 2022 - Present',
      '◦ Guided the architecture.',
      'Senior Software Engineer, Back End Jul 2021 - Jul 2022',
      '◦ Led the team.',
      'Software Engineer, Back End Mar 2020 - Jul 2021',
      '◦ Built search.',
    ]);
    expect(entries.map((e) => [e.title, e.organization])).toEqual([
      ['Staff Software Engineer', 'Niche'],
      ['Senior Software Engineer, Back End', 'Niche'],
      ['Software Engineer, Back End', 'Niche'],
    ]);
  });

  it('reads bullets drawn with an icon font letter ("f Built …") and employer lines with dot leaders', () => {
    const r = parseResumeText(
      [
        ...HEADER,
        'Experience',
        'Mahsan Co.. . . . . . . . . . . . . . . .',
        'Senior Software Engineer 2022/10-2024/07',
        'f Contributed to the data loss prevention agent in C++ and Boost.',
        'f Built the kernel-mode driver for the endpoint agent.',
        'f Designed the hypervisor-based introspection module.',
      ].join('\n'),
    );
    const [e] = r.sections[1]?.entries ?? [];
    expect(e).toMatchObject({
      title: 'Senior Software Engineer',
      organization: 'Mahsan Co',
      start: '2022-10',
      end: '2024-07',
    });
    expect(e?.bullets).toHaveLength(3);
    expect(e?.bullets[0]).toMatch(/^Contributed/u);
  });

  it('moves grades out of the degree line', () => {
    const [e] = entriesOf('Education', [
      'Case Western Reserve University Cleveland, OH',
      'B.S. in Computer Science, summa cum laude; GPA: 3.945 Aug 2014 - May 2018',
    ]);
    expect(e).toMatchObject({
      title: 'B.S. in Computer Science, summa cum laude',
      organization: 'Case Western Reserve University',
      location: 'Cleveland, OH',
    });
    expect(e?.lines).toContain('GPA: 3.945');
  });

  it('reads school-first education entries one after another', () => {
    const entries = entriesOf('EDUCATION', [
      'Lovely Professional University Punjab, India',
      'Master of Computer Applications Since August 2024',
      'NSCBM College Himachal Pradesh, India',
      'Bachelor of Computer Application; Percentage: 81% August 2021 – May 2024',
    ]);
    expect(entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Master of Computer Applications', 'Lovely Professional University', '2024-08', 'present'],
      ['Bachelor of Computer Application', 'NSCBM College Himachal', '2021-08', '2024-05'],
    ]);
  });

  it('reads degrees listed as bullets as entries', () => {
    const entries = entriesOf('Education', [
      '- MS Mathematics, 2016-2018, Oklahoma State University, GPA: 4.0',
      '- BA Mathematics, 2013-2016, Oklahoma State University',
    ]);
    expect(entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['MS Mathematics', 'Oklahoma State University', '2016', '2018'],
      ['BA Mathematics', 'Oklahoma State University', '2013', '2016'],
    ]);
  });

  it('reads a dated bullet over a description as a project header', () => {
    const entries = entriesOf('PROJECTS', [
      '• Network Scanner – Port Detection January 2025',
      'Developed a tool for scanning open ports and fingerprinting devices.',
      'Tech: Python, Nmap',
      '• File Transfer – Secure Transmission February 2025',
      'Built a file transfer tool with AES encryption.',
    ]);
    expect(entries.map((e) => [e.title, e.start])).toEqual([
      ['Network Scanner – Port Detection', '2025-01'],
      ['File Transfer – Secure Transmission', '2025-02'],
    ]);
  });

  it('does not take a sentence ending with a year for a header', () => {
    const entries = entriesOf('Experience', [
      'Data Scientist, Acme Labs May 2016 – Jun 2019',
      '• Built a model for the city of Syracuse; the work was featured in',
      'Politico and replicated in several cities as well as published in KDD 2018.',
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.bullets).toHaveLength(1);
  });

  it('reads a camel-case company name as a header line, not a continuation', () => {
    const [e] = entriesOf('Experience', [
      'Product Designer',
      'iContribute | December, 2020 - Present',
      'Led the design process for a product team of 11',
    ]);
    expect(e).toMatchObject({
      title: 'Product Designer',
      organization: 'iContribute',
      start: '2020-12',
      end: 'present',
    });
  });
});

describe('list sections', () => {
  it('gives one item per line or bullet, wrapped lines joined', () => {
    const r = parseResumeText(
      [
        ...HEADER,
        'Skills',
        'Programming Languages: C++, C, Python, Java,',
        'SystemVerilog, SQLite',
        'Software: Linux, Git',
        '• Docker',
        'Certifications',
        '• AWS Solutions Architect',
        '• CKA',
      ].join('\n'),
    );
    expect(r.sections[1]?.items).toEqual([
      'Programming Languages: C++, C, Python, Java, SystemVerilog, SQLite',
      'Software: Linux, Git',
      'Docker',
    ]);
    expect(r.sections[2]?.items).toEqual(['AWS Solutions Architect', 'CKA']);
    expect(r.sections[1]?.entries).toEqual([]);
  });

  it('splits inline bullets and column cells into items', () => {
    const r = parseResumeText(
      [...HEADER, 'Key Skills', '• HTML, CSS • SQL and NoSQL • REST API', 'Go\tRust\tPython'].join('\n'),
    );
    expect(r.sections[1]?.items).toEqual(['HTML, CSS', 'SQL and NoSQL', 'REST API', 'Go', 'Rust', 'Python']);
  });
});
