// Reading and writing registry files (data/registry/*.json, format in docs/data-formats.md).
// The runtime index (src/resolve/registry.ts) only reads; imports and accepted candidates write
// their own files so that the curated ones are never rewritten by a machine.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RegistryPerson } from '../types.js';
import { DATA_ROOT } from '../lexicon/load.js';

export interface RegistryFile {
  about: string;
  persons: RegistryPerson[];
}

export const DEFAULT_REGISTRY_DIR = path.join(DATA_ROOT, 'registry');

/** Every person of every file in a registry folder, in file-name order. */
export function readRegistryFolder(dir: string): RegistryPerson[] {
  return readRegistryFolderByFile(dir).flatMap(({ persons }) => persons);
}

export function readRegistryFolderByFile(dir: string): { file: string; persons: RegistryPerson[] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: path.join(dir, f), persons: readRegistryFile(path.join(dir, f)).persons }));
}

export function readRegistryFile(file: string): RegistryFile {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read registry file ${file}: ${(err as Error).message}`);
  }
  const data = value as Partial<RegistryFile>;
  if (!data || !Array.isArray(data.persons)) throw new Error(`registry file ${file} has no "persons" list`);
  return { about: data.about ?? '', persons: data.persons };
}

/** A registry file, or an empty one with this description when it does not exist yet. */
export function readOrCreate(file: string, about: string): RegistryFile {
  return existsSync(file) ? readRegistryFile(file) : { about, persons: [] };
}

/** Written through a temporary file and a rename, so a crash never leaves half a registry file. */
export function writeRegistryFile(file: string, data: RegistryFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, file);
}
