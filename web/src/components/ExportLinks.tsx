import { query, type Filters } from '../api';

const FORMATS: [string, string][] = [
  ['jsonl', 'JSON Lines'],
  ['csv', 'CSV'],
  ['plover', 'PLOVER'],
  ['gdelt', 'GDELT table'],
  ['graphml', 'GraphML'],
];

export function ExportLinks({ filters }: { filters: Filters }) {
  return (
    <span className="exports">
      Export:{' '}
      {FORMATS.map(([f, label]) => (
        <a key={f} href={`/api/export${query({ ...filters, format: f })}`} download>
          {label}
        </a>
      ))}
    </span>
  );
}
