// What the debrief exports besides the PNG: the metrics as CSV in the player's language, the files'
// name, and the lesson card's text (the PNG repeats it).
import type { DebriefData } from '../../debrief/analysis';
import { metricsCsvRows, toCsv } from '../../debrief/csv';
import type { DebriefFormat } from './format';

export function debriefCsv(data: DebriefData, fmt: DebriefFormat): string {
  const rows = metricsCsvRows(data, {
    label: (section, key) => {
      switch (section) {
        case 'component':
          return fmt.t(`score.component.${key}`);
        case 'dora':
          return fmt.t(`dora.${key}`);
        case 'cfd':
          return fmt.t(`debrief.stage.${key}`);
        case 'practice':
          return fmt.t(key);
        default:
          return fmt.t(`debrief.csv.${section}.${key.replace('.', '_')}`);
      }
    },
    unit: (unit) => fmt.t(`debrief.csv.unit.${unit}`),
  });
  return toCsv(rows);
}

export function debriefFileStem(data: DebriefData): string {
  return `phoenix-ops-debrief-${data.scenario.id}-${data.log.seed}`;
}

/** The lesson card's headings and paragraphs, in order. */
export function lessonTexts(page: ParentNode): { tag: string; text: string }[] {
  const card = page.querySelector('[data-part="lesson"]');
  return card
    ? [...card.querySelectorAll('h2, h3, p')].map((n) => ({
        tag: n.tagName.toLowerCase(),
        text: n.textContent ?? '',
      }))
    : [];
}
