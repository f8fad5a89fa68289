/**
 * @module sources/write-opml
 * Writes the sources as OPML 2.0 that any feed reader imports: one folder per first tag, every
 * source an outline with its URL, title, tags (as `category`) and undercurrent's `kind`.
 */
import { encodeXML } from 'entities';
import { pushTo, type Source } from '../model/index.js';

/** The OPML document for `sources`, dated `now`. Sources without a tag sit at the top level. */
export function writeOpml(sources: readonly Source[], now: Date, title = 'undercurrent sources'): string {
  const outline = (source: Source, indent: string) => {
    const name = source.title ?? source.venue ?? source.url;
    const attributes: Array<[string, string]> = [
      ['text', name],
      ['title', name],
      ['type', source.platform === 'feed' || source.platform === null ? 'rss' : source.platform],
      ['xmlUrl', source.url],
      ['kind', source.kind],
      ...(source.tags.length > 0 ? [['category', source.tags.join(',')] as [string, string]] : []),
    ];
    return `${indent}<outline ${attributes.map(([key, value]) => `${key}="${encodeXML(value)}"`).join(' ')}/>`;
  };
  const folders = new Map<string, Source[]>();
  const loose: Source[] = [];
  for (const source of sources) {
    const folder = source.tags[0];
    if (folder) pushTo(folders, folder, source);
    else loose.push(source);
  }
  const body = [
    ...[...folders].map(([folder, members]) =>
      [
        `    <outline text="${encodeXML(folder)}" title="${encodeXML(folder)}">`,
        ...members.map((source) => outline(source, '      ')),
        '    </outline>',
      ].join('\n'),
    ),
    ...loose.map((source) => outline(source, '    ')),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${encodeXML(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...body,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
