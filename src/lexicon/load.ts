// Finds and reads Parley's data files. Data lives in data/ at the package root, next to dist/.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function findDataRoot(): string {
  let dir = here;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'data');
    if (existsSync(path.join(candidate, 'lexicon'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`Parley's data folder was not found above ${here}`);
}

export const DATA_ROOT = process.env.PARLEY_DATA ?? findDataRoot();

export function loadJson<T>(relative: string): T {
  const file = path.join(DATA_ROOT, relative);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot load data file ${file}: ${(err as Error).message}`);
  }
}

/** Every .json file of a data folder, in name order. */
export function loadJsonFolder<T>(relative: string): { file: string; value: T }[] {
  const dir = path.join(DATA_ROOT, relative);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: path.join(dir, f), value: loadJson<T>(path.join(relative, f)) }));
}
