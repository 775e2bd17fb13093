import { TEXT_SIZES } from '../../../platform/settings';
import { scaledPx as fs, TEXT_SCALE_PROPERTY, TEXT_SIZE_ATTRIBUTE } from '../../../shared/text-size';
import { colors, css, FONT_FAMILY, rgba } from '../theme';

export const STYLE_ID = 'phx-debrief-style';

/**
 * Above 100 % the page keeps its 1280×720 frame, so the tabs re-flow rather than shrink the text back:
 * fewer columns, cards as tall as their text (rows of max-content: a card clips what overflows it), charts taller with their larger labels, and the tab's
 * panel scrolls.
 */
const LARGER = `.phx-debrief:is(${TEXT_SIZES.filter((size) => size > 100)
  .map((size) => `[${TEXT_SIZE_ATTRIBUTE}="${size}"]`)
  .join(', ')})`;
const SCALE = `var(${TEXT_SCALE_PROPERTY}, 1)`;

const LARGER_CSS = `
${LARGER} .phx-header { flex-wrap: wrap; row-gap: 6px; }
${LARGER} .phx-titles { flex: 1 1 460px; }
${LARGER} .phx-actions { flex-wrap: wrap; }
${LARGER} .phx-panel { overflow-y: auto; overflow-x: hidden; align-content: start; padding-right: 4px;
  scrollbar-color: ${css(colors.border)} transparent; }
${LARGER} .phx-card { flex-shrink: 0; }
${LARGER} .phx-summary { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-rows: max-content max-content; }
${LARGER} .phx-dora-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
${LARGER} .phx-charts, ${LARGER} .phx-practices { grid-template-columns: minmax(0, 1fr); grid-template-rows: none;
  grid-auto-rows: max-content; }
${LARGER} .phx-chart-head { flex-wrap: wrap; }
${LARGER} .phx-chart-body { flex: none; height: calc(240px * ${SCALE}); }
${LARGER} .phx-practices .phx-chart-body { height: calc((56px + var(--phx-bars, 6) * 36px) * ${SCALE}); }
${LARGER} .phx-practice-list { overflow: visible; flex: none; }
${LARGER} .phx-whatif { grid-template-columns: minmax(0, 0.72fr) minmax(0, 1.28fr); grid-template-rows: max-content max-content; }
${LARGER} .phx-compare td { white-space: nowrap; }
${LARGER} .phx-whatif .phx-chart-body { height: calc(220px * ${SCALE}); }
`;

/** The debrief layer's stylesheet: the game's look on screen, one black-on-white page in print. */
export const DEBRIEF_CSS = `
.phx-debrief { position: fixed; z-index: 10; overflow: hidden; pointer-events: none; }
.phx-debrief * { box-sizing: border-box; }
.phx-page { -webkit-print-color-adjust: exact; print-color-adjust: exact; position: absolute; left: 0; top: 0; width: 1280px; height: 720px; transform-origin: 0 0;
  pointer-events: auto; font-family: ${FONT_FAMILY}; color: ${css(colors.text)}; font-size: ${fs(14)}; line-height: 1.35;
  padding: 16px 20px 12px; display: flex; flex-direction: column; gap: 10px; }
.phx-page h1, .phx-page h2, .phx-page h3, .phx-page p { margin: 0; }
.phx-page button { font-family: inherit; font-size: ${fs(14)}; font-weight: 600; color: ${css(colors.text)};
  background: ${css(colors.panelRaised)}; border: 1px solid ${css(colors.border)}; border-radius: 8px;
  padding: 7px 14px; cursor: pointer; }
.phx-page button:hover { background: ${css(colors.panelHover)}; }
.phx-page button:focus-visible, .phx-page [tabindex]:focus-visible { outline: 3px solid ${css(colors.focus)}; outline-offset: 2px; }
.phx-page button.phx-primary { background: ${css(colors.primary)}; border-color: ${css(colors.primary)}; }
.phx-page button.phx-primary:hover { background: ${css(colors.primaryHover)}; }
.phx-header { display: flex; align-items: center; gap: 18px; min-height: 64px; }
.phx-titles { flex: 1; min-width: 0; }
.phx-titles h1 { font-size: ${fs(26)}; font-weight: 800; letter-spacing: -0.01em; }
.phx-titles p { color: ${css(colors.textMuted)}; font-size: ${fs(13)}; margin-top: 2px; }
.phx-total { display: flex; align-items: baseline; gap: 8px; }
.phx-total strong { font-size: ${fs(40)}; font-weight: 800; line-height: 1; }
.phx-total .phx-outof { color: ${css(colors.textMuted)}; font-size: ${fs(13)}; }
.phx-stars { color: ${css(colors.yellow)}; font-size: ${fs(28)}; letter-spacing: 1px; margin-left: 6px; }
.phx-stars .phx-off { color: ${css(colors.textFaint)}; }
.phx-actions { display: flex; gap: 8px; }
.phx-tabs { display: flex; gap: 4px; border-bottom: 1px solid ${css(colors.border)}; }
.phx-tabs [role=tab] { border-radius: 8px 8px 0 0; border-bottom: none; background: transparent; color: ${css(colors.textMuted)}; padding: 8px 18px; font-size: ${fs(15)}; }
.phx-tabs [role=tab][aria-selected=true] { background: ${css(colors.panel)}; color: ${css(colors.text)}; box-shadow: inset 0 3px 0 ${css(colors.skyBlue)}; }
.phx-panels { position: relative; flex: 1; min-height: 0; }
.phx-panel { position: absolute; inset: 0; display: grid; gap: 12px; }
.phx-panel[data-active=false] { visibility: hidden; }
.phx-card { background: ${rgba(colors.panel, 0.94)}; border: 1px solid ${css(colors.border)}; border-radius: 12px; padding: 10px 14px; min-height: 0; overflow: hidden; display: flex; flex-direction: column; gap: 5px; }
.phx-card h2 { font-size: ${fs(16)}; font-weight: 700; }
.phx-card h3 { font-size: ${fs(14)}; font-weight: 700; }
.phx-muted { color: ${css(colors.textMuted)}; }
.phx-small { font-size: ${fs(12)}; }
.phx-summary { grid-template-columns: 520px 1fr; grid-template-rows: auto 1fr; }
.phx-summary .phx-score { grid-row: 1 / span 2; }
.phx-component { display: grid; grid-template-columns: 1fr auto; gap: 2px 10px; padding: 6px 0; border-top: 1px solid ${rgba(colors.border, 0.6)}; }
.phx-component:first-of-type { border-top: none; }
.phx-component .phx-name { font-weight: 700; font-size: ${fs(16)}; }
.phx-component .phx-points { font-weight: 700; font-variant-numeric: tabular-nums; }
.phx-meter { grid-column: 1 / span 2; height: 8px; background: ${css(colors.backgroundDeep)}; border-radius: 4px; overflow: hidden; }
.phx-meter > span { display: block; height: 100%; background: ${css(colors.skyBlue)}; }
.phx-facts { grid-column: 1 / span 2; list-style: none; margin: 2px 0 0; padding: 0; font-size: ${fs(13)}; line-height: 1.3; }
.phx-facts li { display: flex; justify-content: space-between; gap: 12px; color: ${css(colors.textMuted)}; padding: 1px 0; }
.phx-facts li b { color: ${css(colors.orange)}; font-variant-numeric: tabular-nums; white-space: nowrap; }
.phx-facts li b.phx-ok { color: ${css(colors.green)}; }
.phx-dora-grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
.phx-key { border: 2px solid var(--band); border-radius: 10px; padding: 8px 10px; display: flex; flex-direction: column; gap: 2px; }
.phx-key .phx-value { font-size: ${fs(22)}; font-weight: 800; }
.phx-band { align-self: flex-start; font-size: ${fs(12)}; font-weight: 700; color: ${css(colors.backgroundDeep)}; background: var(--band); border-radius: 10px; padding: 1px 8px; text-transform: uppercase; letter-spacing: 0.04em; }
.phx-thresholds { list-style: none; margin: 4px 0 0; padding: 0; font-size: ${fs(12)}; color: ${css(colors.textMuted)}; }
.phx-thresholds li[data-current=true] { color: ${css(colors.text)}; font-weight: 700; }
.phx-lesson { border-color: ${css(colors.green)}; }
.phx-lesson p { font-size: ${fs(14.5)}; line-height: 1.32; }
.phx-lesson h3 { margin-top: 4px; }
.phx-lesson button { align-self: flex-start; margin-top: 6px; }
.phx-lesson .phx-way { font-size: ${fs(15)}; font-weight: 600; }
.phx-charts { grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr; }
.phx-chart-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.phx-chart-head button { padding: 3px 10px; font-size: ${fs(12)}; }
.phx-chart-body { position: relative; flex: 1; min-height: 0; }
.phx-chart-body canvas { display: block; }
.phx-table-wrap { position: absolute; inset: 0; overflow: auto; background: ${css(colors.panel)}; }
.phx-table-wrap[hidden] { display: none; }
.phx-page table { border-collapse: collapse; width: 100%; font-size: ${fs(12)}; font-variant-numeric: tabular-nums; }
.phx-page caption { text-align: left; font-weight: 700; padding-bottom: 4px; }
.phx-page th, .phx-page td { padding: 3px 8px; border-bottom: 1px solid ${rgba(colors.border, 0.7)}; text-align: right; }
.phx-page th:first-child, .phx-page td:first-child { text-align: left; }
.phx-page thead th { position: sticky; top: 0; background: ${css(colors.panelRaised)}; color: ${css(colors.text)}; }
.phx-whatif { grid-template-columns: 320px 1fr; grid-template-rows: 312px 1fr; }
.phx-whatif .phx-picker { grid-row: 1 / span 2; }
.phx-picker button { text-align: left; display: flex; flex-direction: column; gap: 1px; width: 100%; padding: 6px 10px; }
.phx-picker button > span { display: flex; justify-content: space-between; align-items: baseline; gap: 6px; }
.phx-tag { font-style: normal; font-size: ${fs(11)}; font-weight: 600; color: ${css(colors.orange)}; white-space: nowrap; }
.phx-picker button small { font-weight: 400; color: ${css(colors.textMuted)}; font-size: ${fs(11.5)}; line-height: 1.3; }
.phx-picker button[aria-pressed=true] { border-color: ${css(colors.skyBlue)}; box-shadow: inset 4px 0 0 ${css(colors.skyBlue)}; }
.phx-compare table { font-size: ${fs(13.5)}; }
.phx-compare th, .phx-compare td { padding: 2px 8px; }
.phx-compare td.phx-better { color: ${css(colors.green)}; font-weight: 700; }
.phx-compare td.phx-worse { color: ${css(colors.orange)}; font-weight: 700; }
.phx-practices { grid-template-columns: 1fr 1fr; grid-template-rows: 1fr; }
.phx-practice-card { overflow: hidden; }
.phx-practice-list { list-style: none; margin: 4px 0 0; padding: 0 6px 0 0; overflow: auto; min-height: 0; flex: 1; display: flex; flex-direction: column; gap: 5px; font-size: ${fs(13)}; line-height: 1.3; scrollbar-color: ${css(colors.border)} transparent; }
.phx-practice-list li { display: grid; grid-template-columns: 48px 1fr; gap: 10px; align-items: baseline; }
.phx-practice-list li b { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.phx-practice-list li[data-used=false] span { color: ${css(colors.textMuted)}; }
.phx-page .phx-gain { color: ${css(colors.green)}; font-weight: 700; }
.phx-page .phx-loss { color: ${css(colors.orange)}; font-weight: 700; }
.phx-page .phx-none { color: ${css(colors.textMuted)}; }
.phx-note { font-size: ${fs(12)}; color: ${css(colors.textMuted)}; }
.phx-stars-note { margin-top: auto; padding-top: 8px; border-top: 1px solid ${rgba(colors.border, 0.6)}; }
.phx-empty { display: flex; align-items: center; justify-content: center; flex: 1; color: ${css(colors.textMuted)}; }
.phx-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${LARGER_CSS}
@media print {
  @page { size: auto; margin: 8mm; }
  html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
  body > :not(.phx-debrief) { display: none !important; }
  .phx-debrief { position: static !important; width: auto !important; height: auto !important; overflow: visible !important; }
  .phx-page { position: static; transform: none !important; width: 100%; height: auto; color: #000; padding: 0; gap: 2mm; font-size: 8pt; zoom: 0.66; }
  .phx-page button, .phx-tabs, .phx-tag, .phx-actions, .phx-chart-head button, .phx-picker, .phx-table-wrap { display: none !important; }
  .phx-titles h1 { font-size: 15pt; } .phx-total strong { font-size: 18pt; }
  .phx-titles p, .phx-total .phx-outof, .phx-muted, .phx-note, .phx-facts li, .phx-thresholds { color: #333 !important; }
  .phx-header { min-height: 0; }
  .phx-panels { position: static; display: flex; flex-direction: column; gap: 2mm; }
  .phx-panel { position: static; visibility: visible !important; gap: 2mm; }
  .phx-panel[data-empty=true] { display: none; }
  .phx-card { background: #fff; border: 0.3mm solid #999; border-radius: 2mm; padding: 2mm 3mm; gap: 1mm; break-inside: avoid; }
  .phx-card h2 { font-size: 10pt; } .phx-component .phx-name { font-size: 9pt; } .phx-key .phx-value { font-size: 12pt; }
  .phx-summary { grid-template-columns: 1.05fr 0.95fr 1fr; grid-template-rows: auto; }
  .phx-summary .phx-score { grid-row: auto; }
  .phx-dora-grid { grid-template-columns: 1fr 1fr; gap: 1.5mm; }
  .phx-key { padding: 1mm 2mm; } .phx-thresholds { font-size: 6.5pt; margin-top: 0.5mm; }
  .phx-lesson .phx-way { font-size: 8pt; } .phx-lesson h3 { margin-top: 1mm; font-size: 8.5pt; }
  .phx-component { padding: 1mm 0; }
  .phx-charts { grid-template-rows: auto auto; }
  .phx-whatif { grid-template-columns: 1fr 1fr; grid-template-rows: auto; }
  .phx-practices { grid-template-columns: 1fr; grid-template-rows: auto; }
  .phx-practices [data-part="practices"] { display: none; }
  .phx-practice-list { display: block; columns: 2; column-gap: 5mm; font-size: 7.5pt; overflow: visible; }
  .phx-practice-list li { break-inside: avoid; margin-bottom: 0.8mm; color: #000; }
  .phx-practice-list li[data-used=false] { display: none; }
  .phx-facts { font-size: 7.5pt; } .phx-lesson p { font-size: 8pt; }
  .phx-chart-body { flex: none; background: ${css(colors.panel)}; border-radius: 1.5mm; padding: 1mm; }
  .phx-chart-body canvas { width: 100% !important; height: auto !important; }
  .phx-meter { border: 0.2mm solid #999; background: #fff; } .phx-band { color: #000; }
  .phx-page table { font-size: 7.5pt; } .phx-page thead th { background: #eee; color: #000; position: static; }
  .phx-compare table { font-size: 7.5pt; } .phx-compare th, .phx-compare td { padding: 0.3mm 1.5mm; }
}
`;
