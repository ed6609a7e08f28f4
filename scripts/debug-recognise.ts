import { readFileSync } from 'node:fs';
import { analyse } from '../src/text/analyse.js';
import { recognise } from '../src/recognise/engine.js';
import { lexicon } from '../src/lexicon/lexicon.js';
import { registry } from '../src/resolve/registry.js';

const file = process.argv[2];
const published = process.argv[3] ?? null;
const text = readFileSync(file, 'utf8');
const analysed = analyse(text);
const out = recognise(analysed, { lexicon: lexicon(), registry: registry(), published, documentNames: new Set() });
for (const s of out) {
  console.log(`\n[${s.sentence.index}] ${s.sentence.text.slice(0, 160)}`);
  for (const m of s.mentions) {
    const extra = m.type === 'title' ? `${m.role} ${m.office} [${m.affiliations}]${m.counterpart ? ' counterpart' : ''}` : m.type === 'party' ? `${m.code} ${m.form}` : m.type === 'date' ? `${m.date} ${m.earliest}..${m.latest} ${m.tense}` : m.type === 'trigger' ? `${m.kind} ${m.form}${m.kindKnown ? '' : '?'}` : m.type === 'name' ? `"${m.name}" ${m.honorific ?? ''}` : m.type === 'pronoun' ? (m.group ? 'group' : '') : '';
    console.log(`   ${m.type.padEnd(8)} ${JSON.stringify(m.text)} ${extra}`);
  }
}
