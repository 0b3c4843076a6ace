// Writes export files into a folder, each as its text comes: a file is never whole in memory.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportFile } from './formats.js';

export async function writeExportFile(file: ExportFile, to: string): Promise<void> {
  await pipeline(Readable.from(file.text()), createWriteStream(to));
}

export async function writeExportFiles(files: readonly ExportFile[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeExportFile(file, path.join(dir, file.name));
}
