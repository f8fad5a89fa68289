import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { loadPublisherFamilies } from './load-publisher-families.js';

function fileWith(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'uc-families-')), 'publisher-families.yaml');
  writeFileSync(path, text);
  return path;
}

describe('loadPublisherFamilies', () => {
  it('reads the example file the repository ships', () => {
    const families = loadPublisherFamilies(
      resolve(import.meta.dirname, '../../config/publisher-families.example.yaml'),
    );
    expect(families.map((family) => family.name)).toEqual(['Harbor Media Group', 'Meridian Trade Press']);
    expect(families[0]).toEqual({
      name: 'Harbor Media Group',
      venues: ['The Harbor Times', 'Harbor Evening Post'],
      hosts: ['harbortimes.example', 'eveningpost.example'],
    });
  });

  it('reads venues only or hosts only, lower-cases hosts and drops a leading www.', () => {
    const path = fileWith(
      'families:\n  - name: A Group\n    venues: [A One]\n  - name: B Group\n    hosts: [WWW.B-Group.example]\n',
    );
    expect(loadPublisherFamilies(path)).toEqual([
      { name: 'A Group', venues: ['A One'], hosts: [] },
      { name: 'B Group', venues: [], hosts: ['b-group.example'] },
    ]);
    expect(loadPublisherFamilies(fileWith(''))).toEqual([]);
  });

  it('names the file and the entry when an entry is malformed', () => {
    const path = fileWith(
      'families:\n  - name: Fine\n    venues: [X]\n  - name: Harbor Media\n    hosts: ["https://harbortimes.example/news"]\n',
    );
    expect(() => loadPublisherFamilies(path)).toThrow(ConfigError);
    expect(() => loadPublisherFamilies(path)).toThrow(
      `publisher families file ${path}: families[1] "Harbor Media" hosts.0: must be a bare hostname`,
    );
    expect(() => loadPublisherFamilies(fileWith('families:\n  - name: Empty\n'))).toThrow(
      /families\[0\] "Empty": lists no venues and no hosts/,
    );
    expect(() => loadPublisherFamilies(fileWith('families:\n  - venues: [X]\n'))).toThrow(/families\[0\] name: /);
    expect(() => loadPublisherFamilies(fileWith('families:\n  - name: T\n    venue: [X]\n'))).toThrow(
      /families\[0\] "T": Unrecognized key/,
    );
  });

  it('refuses invalid YAML and an outlet listed in two families, naming both', () => {
    expect(() => loadPublisherFamilies(fileWith('families: [\n'))).toThrow(/is not valid YAML/);
    const path = fileWith(
      'families:\n  - name: One\n    venues: [Daily Lamp]\n  - name: Two\n    venues: [daily lamp]\n',
    );
    expect(() => loadPublisherFamilies(path)).toThrow(
      `families[1] "Two": venue "daily lamp" is already in families[0] "One"`,
    );
  });
});
