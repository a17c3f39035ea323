import fs from 'node:fs';
import path from 'node:path';
import { defaultOutput, isDate, parseArgs, samePath, type ParsedArgs } from '../../src/cli/args';
import { tempDir } from './helpers';

function assess(parsed: ParsedArgs) {
  if (parsed.kind !== 'assess') throw new Error(`expected assess, got ${JSON.stringify(parsed)}`);
  return parsed.args;
}

function errorOf(parsed: ParsedArgs): string {
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseArgs', () => {
  it('reads every option of assess', () => {
    const args = assess(
      parseArgs([
        'assess',
        'in.xlsx',
        '-o',
        'ut.xlsx',
        '--json',
        'r.json',
        '--lang',
        'en',
        '--period',
        'Utfall 2023',
        '--date',
        '2024-09-30',
        '--force',
      ]),
    );
    expect(args).toEqual({
      input: 'in.xlsx',
      output: 'ut.xlsx',
      json: 'r.json',
      lang: 'en',
      period: 'Utfall 2023',
      followUp: null,
      date: '2024-09-30',
      force: true,
    });
  });

  it('takes --flag=value like --flag value, and options before the command', () => {
    const args = assess(parseArgs(['--lang=en', 'assess', '--output=x.xlsx', 'in.xlsx']));
    expect(args.lang).toBe('en');
    expect(args.output).toBe('x.xlsx');
    expect(args.input).toBe('in.xlsx');
  });

  it('defaults: Swedish, today, IN-bedomd.xlsx beside the input, no JSON, no force', () => {
    const args = assess(parseArgs(['assess', path.join('data', 'mål.xlsx')]));
    expect(args).toMatchObject({ lang: 'sv', date: null, json: null, period: null, force: false });
    expect(args.output).toBe(path.join('data', 'mål-bedomd.xlsx'));
  });

  it('takes any file name as the input, even one that names a property of objects', () => {
    expect(assess(parseArgs(['assess', 'constructor'])).input).toBe('constructor');
    expect(assess(parseArgs(['assess', '-'])).input).toBe('-');
  });

  it('shows help for -h and --help, in the language asked for, whatever else is wrong', () => {
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', lang: 'sv' });
    expect(parseArgs(['assess', '--bogus', '--help', '--lang', 'en'])).toEqual({
      kind: 'help',
      lang: 'en',
    });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['assess', 'in.xlsx', '--bogus'], '--bogus'],
    [['assess', 'in.xlsx', '-x'], '-x'],
    [['assess', 'in.xlsx', '--bogus=1'], '--bogus'],
  ])('names an unknown flag: %j', (argv, flag) => {
    expect(errorOf(parseArgs(argv))).toBe(`Okänd flagga ${flag}.`);
  });

  it.each([
    [['assess', 'in.xlsx', '-o']],
    [['assess', 'in.xlsx', '--json', '--force']],
    [['assess', 'in.xlsx', '--period=']],
  ])('says which flag lacks its value: %j', (argv) => {
    expect(errorOf(parseArgs(argv))).toMatch(/^Flaggan (-o|--json|--period) behöver ett värde\.$/);
  });

  it('refuses a language other than sv and en', () => {
    expect(errorOf(parseArgs(['assess', 'in.xlsx', '--lang', 'de']))).toContain('"de"');
  });

  it.each(['2024-02-30', '2024-9-30', '30/09/2024', '2024-13-01'])(
    'refuses the date %s',
    (date) => {
      expect(errorOf(parseArgs(['assess', 'in.xlsx', '--date', date]))).toContain(date);
    },
  );

  it('asks for a command and an input, and refuses a second input', () => {
    expect(errorOf(parseArgs([]))).toContain('malkoll assess');
    expect(errorOf(parseArgs(['bedöm', 'in.xlsx']))).toContain('"bedöm"');
    expect(errorOf(parseArgs(['assess']))).toContain('Ange arbetsboken');
    expect(errorOf(parseArgs(['assess', 'a.xlsx', 'b.xlsx']))).toContain('"b.xlsx"');
  });

  it('never lets -o or --json name the input, however the path is written', () => {
    const cwdInput = path.join(process.cwd(), 'in.xlsx');
    expect(errorOf(parseArgs(['assess', 'in.xlsx', '-o', cwdInput]))).toContain('-o');
    expect(errorOf(parseArgs(['assess', 'in.xlsx', '-o', './sub/../in.xlsx']))).toContain(
      'skriver aldrig över',
    );
    expect(errorOf(parseArgs(['assess', 'in.xlsx', '--json', 'in.xlsx']))).toContain('--json');
    expect(errorOf(parseArgs(['assess', 'in.xlsx', '-o', 'x.xlsx', '--json', 'x.xlsx']))).toContain(
      'samma fil',
    );
  });

  it('writes its errors in English with --lang en, wherever the flag stands', () => {
    expect(errorOf(parseArgs(['assess', 'in.xlsx', '--bogus', '--lang', 'en']))).toBe(
      'Unknown option --bogus.',
    );
  });

  describe('the follow-up (§10)', () => {
    it.each([
      [['--uppfoljning', 'T1 2024'], 'T1 2024'],
      [['--uppföljning', ' Delår 2024 '], 'Delår 2024'],
      [['--follow-up=Årsredovisning 2023'], 'Årsredovisning 2023'],
      [['--follow-up', 'Tertial 2 2024', '--period', 'Utfall T2 2024'], 'Tertial 2 2024'],
      [['--uppfoljning', 'Delår 2024', '--period', 'T2 2024'], 'Delår 2024'],
      [[], null],
    ])('%j gives %j', (extra, followUp) => {
      expect(assess(parseArgs(['assess', 'in.xlsx', ...extra])).followUp).toBe(followUp);
    });

    it('refuses a name that is not a period, and shows the forms a name may take', () => {
      const sv = errorOf(parseArgs(['assess', 'in.xlsx', '--uppfoljning', 'Q1 2024']));
      expect(sv).toContain('"Q1 2024"');
      for (const form of ['T1 2024', 'Delår 2024', 'Årsredovisning 2023'])
        expect(sv).toContain(form);
      const en = errorOf(parseArgs(['assess', 'in.xlsx', '--follow-up', 'spring', '--lang', 'en']));
      expect(en).toMatch(/^--follow-up must be a period, for example "T1 2024"/);
    });

    it('refuses a follow-up that contradicts --period', () => {
      const argv = ['assess', 'in.xlsx', '--period', 'Utfall 2023', '--uppfoljning', 'T1 2023'];
      expect(errorOf(parseArgs(argv))).toContain('olika perioder');
      expect(() =>
        assess(parseArgs([...argv.slice(0, 4), '--uppfoljning', 'Helår 2023'])),
      ).not.toThrow();
    });

    it('needs a value', () => {
      expect(errorOf(parseArgs(['assess', 'in.xlsx', '--uppfoljning']))).toBe(
        'Flaggan --uppfoljning behöver ett värde.',
      );
    });
  });
});

describe('helpers', () => {
  it('knows real calendar dates', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
  });

  it('names the default output after the input, whatever its extension', () => {
    expect(defaultOutput('/a/b/Mål 2024.xlsx')).toBe('/a/b/Mål 2024-bedomd.xlsx');
    expect(defaultOutput('rapport.XLSX')).toBe('rapport-bedomd.xlsx');
  });

  it('sees a hard link to the input as the input', () => {
    const dir = tempDir();
    const file = path.join(dir, 'in.xlsx');
    fs.writeFileSync(file, 'x');
    fs.linkSync(file, path.join(dir, 'link.xlsx'));
    expect(samePath(path.join(dir, 'link.xlsx'), file)).toBe(true);
    expect(samePath(path.join(dir, 'other.xlsx'), file)).toBe(false);
  });
});
