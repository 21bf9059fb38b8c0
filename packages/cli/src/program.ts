import { RunError } from '@newsfacts/runner/errors';
import { Command, CommanderError, Option } from 'commander';
import { EXIT } from './errors.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

const EXIT_HELP = `
Exit codes: 0 ok, 1 invalid data, 2 usage or I/O error.`;

/** Hands a command's exit code (or its promise) to the program's `exit`. */
type Done = (code: number | Promise<number>) => Promise<void>;

/** The newsfacts command line; `exit` receives the command's exit code. */
function buildProgram(exit: (code: number) => void): Command {
  const program = new Command('newsfacts')
    .description(
      'Build, validate and verify open datasets of the entities, quotes and events in news articles.',
    )
    .version('1.0.0')
    // Program options only before the command: `run x --version 1.2.0` is run's --version, not ours.
    .enablePositionalOptions()
    .exitOverride()
    // Usage errors are one line like every other error (docs/cli.md): "newsfacts: unknown option …".
    .configureOutput({
      outputError: (str, write) =>
        write(`newsfacts: ${(str.split('\n')[0] ?? '').replace(/^error: /, '')} (add --help for usage)\n`),
    })
    .addHelpText('after', EXIT_HELP);

  const done: Done = (p) => Promise.resolve(p).then(exit);
  for (const define of COMMANDS) define(program, done);
  return program;
}

function defineRun(program: Command, done: Done): void {
  program
    .command('run')
    .description('Run a pipeline end to end (extract → normalize → validate → publish) and print the release')
    .argument('<pipeline>', 'pipeline name (pipelines/<name>) or folder')
    .option('--datasets <dir>', 'datasets folder (default: <root>/datasets)')
    .option('--version <semver>', 'explicit version; only higher than the latest')
    .option('--force', 'rebuild even when nothing changed since the last run')
    .option('--quiet', 'no progress output')
    .option('--json', 'machine-readable output')
    .option(
      '--workers <n>',
      'worker threads for per-article work (default: all cores for a corpus; 1 = this thread)',
    )
    .option('--no-cache', 'ignore and do not fill the per-article cache (.cache/newsfacts/articles)')
    .option(
      '--shard <k/n>',
      'process only slice k of n (by text sha256) and write a partial result for `merge`',
    )
    .option('--out <dir>', 'folder of the partial result with --shard')
    .option('--in-memory', 'build a corpus dataset whole in memory instead of streaming the release')
    .addHelpText(
      'after',
      `\nExamples:\n  newsfacts run kashmir-backchannel\n  newsfacts run pipelines/my-corpus --datasets /tmp/datasets --json\n  newsfacts run my-corpus --workers 2\n  newsfacts run my-corpus --shard 0/3 --out partials/0${EXIT_HELP}`,
    )
    .action((pipeline, opts) => done(import('./commands/run.js').then((m) => m.runCommand(pipeline, opts))));
}

function defineNew(program: Command, done: Done): void {
  program
    .command('new')
    .description('Create a pipeline pipelines/<name>/ around one article, ready for `npx turbo run pipeline`')
    .argument('<name>', 'pipeline and dataset name (lower-case words joined by -)')
    .argument('<article>', 'the article text file (UTF-8), copied into the pipeline as <name>.txt')
    .option('--title <text>', 'headline (also the dataset title)')
    .option('--outlet <name>', 'publishing outlet')
    .option('--author <name>', 'author (repeatable)', collect)
    .option('--published <YYYY-MM-DD>', 'publication date; anchors relative dates')
    .option('--url <url>', 'article URL')
    .option('--license <spdx>', 'licence of the text (default LicenseRef-All-Rights-Reserved)')
    .option('--redistributable', 'the text may ship in the release')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      `\nThen run \`npm install\` once (it records the new workspace in package-lock.json) and \`npx turbo run pipeline\`.\nExample:\n  newsfacts new city-council article.txt --published 2024-05-02 --outlet "The Ledger"${EXIT_HELP}`,
    )
    .action((name, article, opts) =>
      done(import('./commands/new.js').then((m) => m.newCommand(name, article, opts))),
    );
}

function defineMerge(program: Command, done: Done): void {
  program
    .command('merge')
    .description('Combine the partial results of `run --shard k/n` into the release a single run makes')
    .argument('<pipeline>', 'pipeline name (pipelines/<name>) or folder')
    .argument('<partials...>', 'partial result folders, one per shard')
    .option('--datasets <dir>', 'datasets folder (default: <root>/datasets)')
    .option('--version <semver>', 'explicit version; only higher than the latest')
    .option('--in-memory', 'build the dataset whole in memory instead of streaming the release')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      `\nExample:\n  newsfacts merge my-corpus partials/0 partials/1 partials/2${EXIT_HELP}`,
    )
    .action((pipeline, partials, opts) =>
      done(import('./commands/merge.js').then((m) => m.mergeCommand(pipeline, partials, opts))),
    );
}

function defineExtract(program: Command, done: Done): void {
  program
    .command('extract')
    .description('Extract entities, quotes, events and relations from any article (no pipeline needed)')
    .argument('<input>', 'a .txt or .json article, a folder of them, a .jsonl file, or - for stdin')
    .option('--id <id>', 'source id')
    .option('--title <text>', 'headline')
    .option('--outlet <name>', 'publishing outlet')
    .option('--author <name>', 'author (repeatable)', collect)
    .option('--published <YYYY-MM-DD>', 'publication date; anchors relative dates')
    .option('--url <url>', 'article URL')
    .option('--license <spdx>', 'licence of the text')
    .option('--redistributable', 'the text may be redistributed')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--table <table>', 'table printed with --format csv (default: entities)')
    .option('--json', 'the JSON output (the default; for scripts that pass --json to every command)')
    .addHelpText(
      'after',
      `\nOne file or stdin prints one JSON document (extraction-document.schema.json); a folder or .jsonl prints JSON Lines.\nExamples:\n  newsfacts extract article.txt --published 2004-09-25 --outlet Reuters\n  cat article.txt | newsfacts extract - --format csv --table quotes${EXIT_HELP}`,
    )
    .action((input, opts) =>
      done(import('./commands/extract.js').then((m) => m.extractCommand(input, opts))),
    );
}

function defineValidate(program: Command, done: Done): void {
  program
    .command('validate')
    .description('Validate release folders, extraction documents, or CSV/JSON/JSONL table files')
    .argument('<paths...>', 'release folders or files (<table>.csv|json|jsonl, extraction documents)')
    .option('--text <id=file>', 'text of a source for span checks (repeatable)', collect)
    .option('--expect <sha256>', 'expected root hash of a release')
    .option('--json', 'the validation report as JSON')
    .addHelpText(
      'after',
      `\nExamples:\n  newsfacts validate datasets/kashmir-backchannel/1.0.0\n  newsfacts validate quotes.csv entities.csv --json${EXIT_HELP}`,
    )
    .action((paths, opts) =>
      done(import('./commands/validate.js').then((m) => m.validateCommand(paths, opts))),
    );
}

function defineRelease(program: Command, done: Done): void {
  program
    .command('release')
    .description("Publish a new version of a pipeline's dataset and list its files, or withdraw a version")
    .argument('<pipeline>', 'pipeline (or, with --withdraw, dataset) name')
    .option('--datasets <dir>', 'datasets folder')
    .option('--version <semver>', 'explicit version')
    .option('--withdraw <version>', 'mark a published version withdrawn (its folder stays)')
    .option('--reason <text>', 'why the version is withdrawn')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      `\nExamples:\n  newsfacts release kashmir-backchannel\n  newsfacts release kashmir-backchannel --withdraw 1.0.0 --reason "quote attributed to the wrong person"${EXIT_HELP}`,
    )
    .action((pipeline, opts) =>
      done(import('./commands/release.js').then((m) => m.releaseCommand(pipeline, opts))),
    );
}

function defineVerify(program: Command, done: Done): void {
  program
    .command('verify')
    .description('Verify a downloaded release: checksums, schemas, cross-record integrity, root hash')
    .argument('<release>', 'release folder or its datapackage.json')
    .option('--expect <sha256>', 'root hash (sha256 of SHA256SUMS) obtained elsewhere')
    .option('--text <id=file>', 'your copy of a non-redistributable source text (repeatable)', collect)
    .option('--json', 'the validation report as JSON')
    .addHelpText(
      'after',
      `\nExample:\n  newsfacts verify datasets/kashmir-backchannel/1.0.0 --expect <root-sha256>${EXIT_HELP}`,
    )
    .action((release, opts) =>
      done(import('./commands/verify.js').then((m) => m.verifyCommand(release, opts))),
    );
}

function defineDiff(program: Command, done: Done): void {
  program
    .command('diff')
    .description('Record-by-record differences between two releases')
    .argument('<release-a>')
    .argument('<release-b>')
    .option('--json', 'machine-readable output')
    .addHelpText('after', `\nExample:\n  newsfacts diff datasets/x/1.0.0 datasets/x/1.1.0${EXIT_HELP}`)
    .action((a, b, opts) => done(import('./commands/diff.js').then((m) => m.diffCommand(a, b, opts))));
}

function defineEval(program: Command, done: Done): void {
  program
    .command('eval')
    .description(
      'Score extraction against gold annotations (precision, recall, F1) beside the compromise baseline',
    )
    .argument(
      '<gold-dir>',
      'folder of <name>.txt + <name>.gold.json pairs, or of PLOVER sentences (cases.jsonl)',
    )
    .option('--json', 'machine-readable output (every figure and error list)')
    .option(
      '--details',
      'also list entity false positives/negatives and event errors (PLOVER: sentences without the gold type)',
    )
    .addHelpText('after', `\nExample:\n  newsfacts eval tests/gold/wikinews${EXIT_HELP}`)
    // loaded on use: it brings the compromise baseline, which no other command needs
    .action((dir, opts) => done(import('./commands/eval.js').then((m) => m.evalCommand(dir, opts))));
}

function defineCheck(program: Command, done: Done): void {
  program
    .command('check')
    .description("Check that every pipeline's latest committed release is what the code produces now")
    .argument('[pipelines...]', 'pipelines to check (default: all)')
    .option('--datasets <dir>', 'datasets folder')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      `\nWhen a release differs, publish a new version; never rewrite a published one.\nExample:\n  newsfacts check${EXIT_HELP}`,
    )
    .action((pipelines, opts) =>
      done(import('./commands/check.js').then((m) => m.checkCommand(pipelines, opts))),
    );
}

/** The commands in the order `--help` lists them. */
const COMMANDS = [
  defineRun,
  defineNew,
  defineMerge,
  defineExtract,
  defineValidate,
  defineRelease,
  defineVerify,
  defineDiff,
  defineEval,
  defineCheck,
];

/** Run the command line; resolves to the exit code. Only bugs escape as exceptions. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (e instanceof RunError) {
      for (const line of e.message.split('\n')) process.stderr.write(`newsfacts: ${line}\n`);
      return e.exitCode;
    }
    throw e;
  }
  return code;
}
