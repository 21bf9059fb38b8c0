import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '@newsfacts/runner/read-article';
import type { ValidationReport } from '@newsfacts/schemas';
import { formatReport, mergeReports, validateFiles, validateRelease } from '@newsfacts/validate';
import { CliError, EXIT } from '../errors.js';

export interface ValidateOptions {
  json?: boolean;
  text?: string[];
  expect?: string;
}

/** `--text <source-id>=<file>`: texts of non-redistributable sources supplied by the user. */
export function textsFrom(specs: string[] = []): Map<string, string> {
  const texts = new Map<string, string>();
  for (const spec of specs) {
    const at = spec.indexOf('=');
    if (at <= 0) throw new CliError(`--text expects <source-id>=<file>, got '${spec}'`);
    texts.set(spec.slice(0, at), readArticleFile(spec.slice(at + 1)));
  }
  return texts;
}

/** A --text for a source the release does not have would be silently unused: say so instead. */
export function checkTextIds(dir: string, texts: ReadonlyMap<string, string>): void {
  if (texts.size === 0) return;
  let ids: string[];
  try {
    ids = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).sources ?? []).map(
      (s: { id: string }) => s.id,
    );
  } catch {
    return; // an unreadable manifest is reported by the verification itself
  }
  for (const id of texts.keys())
    if (!ids.includes(id))
      throw new CliError(
        `--text ${id}=…: ${dir} has no source '${id}' (its sources: ${ids.join(', ') || 'none'})`,
      );
}

export function isReleaseDir(path: string): boolean {
  try {
    return statSync(path).isDirectory() && existsSync(join(path, 'datapackage.json'));
  } catch {
    return false;
  }
}

export function printReport(report: ValidationReport, json: boolean | undefined): number {
  if (json) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
  return report.valid ? EXIT.ok : EXIT.invalid;
}

/** Exit 2 when nothing could be read at all (missing file, bad UTF-8 …), 1 when data is invalid. */
export function exitFor(report: ValidationReport): number {
  if (report.valid) return EXIT.ok;
  const io = report.problems.every((p) => p.severity !== 'error' || p.code.startsWith('input/'));
  return io ? EXIT.usage : EXIT.invalid;
}

export async function validateCommand(paths: string[], opts: ValidateOptions): Promise<number> {
  const texts = textsFrom(opts.text);
  const releases = paths.filter(isReleaseDir);
  const files = paths.filter((p) => !isReleaseDir(p));
  const reports: ValidationReport[] = [];
  for (const dir of releases) checkTextIds(dir, texts);
  for (const dir of releases)
    reports.push(
      await validateRelease(dir, { texts, ...(opts.expect ? { expectRootSha256: opts.expect } : {}) }),
    );
  if (files.length > 0) reports.push(await validateFiles(files, { texts }));
  const report = mergeReports(...reports);
  printReport(report, opts.json);
  return exitFor(report);
}
