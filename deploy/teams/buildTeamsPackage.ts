import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { colorIcon, outlineIcon } from './icons';
import { buildEnglishLocalization, buildTeamsManifest, LOCALIZATION_FILE, readMyWorkManifest } from './teamsApp';

/**
 * Writes teams/TeamsSPFxApp.zip (the Teams app SharePoint deploys on "Sync to Teams" instead of generating one)
 * and the my-work web part's teams/<id>_color.png / _outline.png. `npm run build` packs everything in teams/
 * into the .sppkg. Run `npm run teams:package` after changing the web part manifest, package-solution.json or
 * this folder; test/unit/deploy checks the committed files are current.
 */

export const TEAMS_DIR = path.join(__dirname, '..', '..', 'teams');
export const TEAMS_ZIP = path.join(TEAMS_DIR, 'TeamsSPFxApp.zip');

// A fixed timestamp makes the zip byte-for-byte reproducible.
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export interface ITeamsPackageFiles {
  'manifest.json': string;
  [LOCALIZATION_FILE]: string;
  'color.png': Buffer;
  'outline.png': Buffer;
}

export function teamsPackageFiles(): ITeamsPackageFiles {
  return {
    'manifest.json': `${JSON.stringify(buildTeamsManifest(), undefined, 2)}\n`,
    [LOCALIZATION_FILE]: `${JSON.stringify(buildEnglishLocalization(), undefined, 2)}\n`,
    'color.png': colorIcon(),
    'outline.png': outlineIcon()
  };
}

/** The zip's bytes; files at the root of the archive, as Teams requires (not inside a folder). */
export async function buildTeamsZip(): Promise<Buffer> {
  const zip = new JSZip();
  const files = teamsPackageFiles();
  for (const name of Object.keys(files).sort()) {
    zip.file(name, (files as unknown as Record<string, string | Buffer>)[name], { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

export async function writeTeamsPackage(): Promise<string[]> {
  const id = readMyWorkManifest().id;
  const written = [TEAMS_ZIP, path.join(TEAMS_DIR, `${id}_color.png`), path.join(TEAMS_DIR, `${id}_outline.png`)];
  fs.mkdirSync(TEAMS_DIR, { recursive: true });
  fs.writeFileSync(written[0], await buildTeamsZip());
  fs.writeFileSync(written[1], colorIcon());
  fs.writeFileSync(written[2], outlineIcon());
  return written;
}

if (require.main === module) {
  writeTeamsPackage().then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
