import { describe, expect, it } from 'vitest';
import { findLocation, findName, nameFromLine } from '../../src/core/resume/contact.js';
import { parseResumeText } from '../../src/core/resume/index.js';
import { findPhones } from '../../src/core/resume/phone.js';

describe('phone numbers', () => {
  it.each([
    ['+1-123-456-7890', '+1-123-456-7890'],
    ['Tel: +44 20 7946 0958', '+44 20 7946 0958'],
    ['(415) 555-0142 | jane@example.com', '(415) 555-0142'],
    ['+91 9876543210', '+91 9876543210'],
    ['+91-7018577837', '+91-7018577837'],
    ['(+60) 17-287-7614', '(+60) 17-287-7614'],
    ['(+1) 438-832-5167', '(+1) 438-832-5167'],
    ['0176 12345678', '0176 12345678'],
    ['Hamilton, ON – 2893396221 – jane@example.com', '2893396221'],
    ['+971 56 997 0806', '+971 56 997 0806'],
    ['905 802 1174', '905 802 1174'],
    ['+17036159884', '+17036159884'],
    // Numbers read in pairs (French style) are not dates.
    ['+33 6 98 76 54 32', '+33 6 98 76 54 32'],
    ['06 12 34 56 78 | jane@example.fr', '06 12 34 56 78'],
  ])('%s', (line, phone) => {
    expect(findPhones(line)[0]?.text).toBe(phone);
  });

  it.each([
    '2014 - 2018',
    'Aug 2012 – Dec 2013',
    '06/2021 - 08/2021',
    '2022/10-2024/07',
    'GPA: 3.945',
    'Microsoft 12679289',
    'Reduced cost by 1500 dollars',
    '1-1-1-1-1-1-1-1-1-1-1-1',
    '05 2019 - 08 2021',
  ])('is not fooled by "%s"', (line) => {
    expect(findPhones(line)).toEqual([]);
  });

  it('accepts a shorter number behind a label', () => {
    expect(findPhones('Phone: 555-0142 99', true)[0]?.digits).toBe('555014299');
  });
});

describe('names', () => {
  it.each([
    ['Jane Roe', 'Jane Roe'],
    ['JANE ROE', 'JANE ROE'],
    ['Sourabh Example Email: s@example.com', 'Sourabh Example'],
    ['Pat King Mobile: +1-503-555-0100', 'Pat King'],
    ['Aman Singh a.singh@example.com', 'Aman Singh'],
    ['Derek ThomasAI Solutions Architect · ML Success Engineer', 'Derek Thomas'],
    ['Nick AsendorfML RESEARCHER · AI MANAGER', 'Nick Asendorf'],
    ['Maciej Hałas.NET Developer', 'Maciej Hałas'],
    ['Daniel Alpers Front End Developer', 'Daniel Alpers'],
    ['Adam Iskandar bin Nazri', 'Adam Iskandar bin Nazri'],
    // Particles do not count towards a name's length; a Mc surname in capitals keeps its "c".
    ['María José de la Fuente Ortega', 'María José de la Fuente Ortega'],
    ['João Pedro dos Santos', 'João Pedro dos Santos'],
    ['FIONA McALLISTER-GRANT', 'FIONA McALLISTER-GRANT'],
    ['李明', '李明'],
  ])('%s → %s', (line, name) => {
    expect(nameFromLine(line)).toBe(name);
  });

  it.each([
    'Software Engineer',
    'jane@example.com',
    'Curriculum Vitae',
    '6030 Main Street, Toronto',
    'Experience',
    'https://example.com',
  ])('"%s" is not a name', (line) => {
    expect(nameFromLine(line)).toBeNull();
  });

  it('skips an address and an email printed above the name', () => {
    expect(findName(['12 Park Road 601 203, Chennai', 'jane@example.com', 'Jane Roe S'])).toBe('Jane Roe S');
  });

  it('joins a name split over two lines', () => {
    expect(findName(['CHRIS', 'DOE', 'PRODUCT DESIGNER'])).toBe('CHRIS DOE');
  });
});

describe('location', () => {
  it.each([
    [['jane@example.com | Portland, OR'], 'Portland, OR'],
    [['Location: Portland, OR'], 'Portland, OR'],
    [['Cairo, Egypt | jane@example.com | +201000000000'], 'Cairo, Egypt'],
    [['London, UK • +44 20 7946 0958'], 'London, UK'],
    [['Hamilton, ON – 2893396221 – jane@example.com'], 'Hamilton, ON'],
    [['6030 Main Street, Toronto, ON M2R 1Z9'], 'Toronto, ON'],
    [['1909 Kenora Dr, Escondido CA, 92027, USA'], 'Escondido CA, USA'],
  ])('%j → %s', (lines, location) => {
    expect(findLocation(lines)).toBe(location);
  });
});

describe('contact block', () => {
  it('reads name, email, phone, location and links from a one-line header', () => {
    const r = parseResumeText(
      [
        'Priya Raman',
        'Senior Backend Engineer',
        'priya@example.com | +44 20 7946 0958 | London, UK | linkedin.com/in/priya-example | github.com/priya-example',
        'EXPERIENCE',
        'Engineer, Acme 2019 – 2021',
      ].join('\n'),
    );
    expect(r.contact).toMatchObject({
      name: 'Priya Raman',
      email: 'priya@example.com',
      phone: '+44 20 7946 0958',
      location: 'London, UK',
    });
    expect(r.contact.links.map((l) => [l.kind, l.url])).toEqual([
      ['linkedin', 'https://linkedin.com/in/priya-example'],
      ['github', 'https://github.com/priya-example'],
    ]);
  });

  it('resolves "LinkedIn"/"GitHub" labels through the extracted link annotations and keeps the visible text', () => {
    const links = [
      { text: 'LinkedIn', url: 'https://www.linkedin.com/in/jane-roe/', page: 1 },
      { text: 'GitHub', url: 'https://github.com/janeroe', page: 1 },
      { text: 'jane@example.com', url: 'mailto:jane@example.com', page: 1 },
      { text: 'demo', url: 'https://github.com/janeroe/some-repo', page: 1 },
    ];
    const r = parseResumeText(
      [
        'Jane Roe',
        'jane@example.com | LinkedIn | GitHub',
        'Experience',
        'Engineer, Acme 2019 – 2021',
        '• Built a demo',
      ].join('\n'),
      links,
    );
    expect(r.contact.links).toEqual([
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jane-roe/', text: 'LinkedIn' },
      { kind: 'github', url: 'https://github.com/janeroe', text: 'GitHub' },
    ]);
  });

  it('takes a portfolio URL from the header text', () => {
    const r = parseResumeText(
      ['Jane Roe', 'jane@example.com', 'Portfolio: https://janeroe.dev', 'Skills', 'Go'].join('\n'),
    );
    expect(r.contact.links).toEqual([{ kind: 'portfolio', url: 'https://janeroe.dev', text: null }]);
  });

  it('finds contact details listed under a CONTACT heading', () => {
    const r = parseResumeText(
      [
        'JANE ROE',
        'DevOps Engineer',
        'CONTACT',
        'jane@example.com',
        '(123) 456-7890',
        'EDUCATION',
        'BSc 2012 - 2016',
      ].join('\n'),
    );
    expect(r.contact).toMatchObject({ name: 'JANE ROE', email: 'jane@example.com', phone: '(123) 456-7890' });
  });

  it('reports no phone rather than a date range or a year', () => {
    const r = parseResumeText(
      [
        'Jane Roe',
        'jane@example.com',
        'Education',
        'State University 2014 - 2018',
        'Experience',
        'Acme 2018 - 2020',
      ].join('\n'),
    );
    expect(r.contact.phone).toBeNull();
  });
});

describe('names with more on the line', () => {
  it('drops letters after the name, keeps short surnames', () => {
    expect(nameFromLine('ADRIAN ROE Ph.D.')).toBe('ADRIAN ROE');
    expect(nameFromLine('Jane Roe, MBA')).toBe('Jane Roe');
    expect(nameFromLine('John Ma')).toBe('John Ma');
  });

  it('cuts a place that ran into the name', () => {
    expect(nameFromLine('Jane Roe Austin, TX · (512) 555-0142')).toBe('Jane Roe');
    expect(nameFromLine('James Ho Corvallis, OR')).toBe('James Ho');
  });

  it('splits a name whose word gap was lost where the email splits it', () => {
    expect(findName(['JANEROÉ', 'jane.roe@example.com'], [], 'jane.roe@example.com')).toBe('JANE ROÉ');
    expect(findName(['JANEROE'], [], 'jr@example.com')).toBeNull();
  });
});
