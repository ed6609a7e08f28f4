// Developer aid: prints what each stage found in one document, sentence by sentence.
// node scripts/trace.mjs FILE [PUBLISHED]
import { readFileSync } from 'node:fs';
import { analyse } from '../dist/src/text/analyse.js';
import { recognise } from '../dist/src/recognise/engine.js';
import { homeStateOf, resolve } from '../dist/src/resolve/coreference.js';
import { lexicon as loadLexicon } from '../dist/src/lexicon/lexicon.js';
import { registry as loadRegistry } from '../dist/src/resolve/registry.js';
import { readPath } from '../dist/src/read/documents.js';

const [file, published] = process.argv.slice(2);
const lexicon = loadLexicon();
const registry = loadRegistry();
for await (const result of readPath(file)) {
  if ('failure' in result) { console.log(result.failure); continue; }
  const doc = result.document;
  const pub = published ?? doc.published;
  const text = analyse(doc.text);
  const recognised = recognise(text, { lexicon, registry, published: pub, documentNames: new Set() });
  const homeState = homeStateOf(doc.text, lexicon);
  const { entities, sentences } = resolve(recognised, { registry, lexicon, published: pub, homeState });
  console.log(`# ${doc.id} published ${pub} home ${homeState}`);
  for (const e of entities) console.log(`  entity ${e.id} ${e.name ?? ''} ${e.role ?? ''} ${e.affiliation ?? ''}`);
  for (const rs of sentences) {
    console.log(`[${rs.sentence.index}] ${rs.sentence.text}`);
    for (const m of rs.mentions) console.log(`    ${m.type} ${JSON.stringify(rs.sentence.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' '))} ${m.kind ?? ''} ${m.form ?? ''} ${m.iso ?? m.value ?? ''}`);
    for (const r of rs.references) console.log(`    ref ${JSON.stringify(rs.sentence.tokens.slice(r.first, r.last + 1).map((t) => t.text).join(' '))} -> ${r.entities.join('+')}${r.group ? ' group' : ''}${r.place ? ' place' : ''}`);
  }
}
