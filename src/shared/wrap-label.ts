// Chart labels on more than one line: Chart.js draws an array of strings as lines, so a long name wraps
// instead of being cut at the chart's edge (both pages' charts use it).

/** Splits a label into lines of about `width` characters at spaces (Chart.js draws an array as lines). */
export function wrapLabel(text: string, width: number): string | string[] {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
