import { describe, expect, it } from 'vitest';
import { chartLook } from '../../../src/facilitator/chart-style';
import { scaleFonts } from '../../../src/game/ui/debrief/charts';

/** A configuration shaped like the debrief's: axes with and without their own fonts, a legend, a tooltip. */
function config() {
  return {
    options: {
      scales: {
        x: { title: { display: true, text: 'Day', font: { weight: 600, size: 11.5 } } },
        y: { ticks: { autoSkip: false, font: { size: 11 } } },
      },
      plugins: {
        legend: { labels: { boxWidth: 9, boxHeight: 9, font: { size: 11.5 } } },
        tooltip: { borderWidth: 1 },
      },
    },
  };
}

describe('chart fonts at the player’s text size', () => {
  it('multiplies every font of a debrief chart, and the legend’s symbols, by the text size', () => {
    const chart = config();
    scaleFonts(chart, 1.5);
    const { scales, plugins } = chart.options;
    expect(scales.x.title.font).toEqual({ weight: 600, size: 11.5 * 1.5 });
    // An axis without a font of its own gets the default tick size, scaled.
    expect((scales.x as { ticks?: { font?: { size: number } } }).ticks?.font?.size).toBe(18);
    expect(scales.y.ticks).toEqual({ autoSkip: false, font: { size: 11 * 1.5 } });
    expect(plugins.legend.labels).toMatchObject({ boxWidth: 13.5, boxHeight: 13.5, font: { size: 17.25 } });
    expect(plugins.tooltip).toMatchObject({
      borderWidth: 1,
      titleFont: { size: 18 },
      bodyFont: { size: 18 },
    });
  });

  it('writes the design sizes out at 100 %, so what is drawn can be read back', () => {
    const chart = config();
    scaleFonts(chart, 1);
    expect((chart.options.scales.x as { ticks?: { font?: { size: number } } }).ticks?.font?.size).toBe(12);
    expect(chart.options.plugins.legend.labels.font.size).toBe(11.5);
  });

  it('scales the facilitator’s chart fonts on screen and on the projector, not on paper', () => {
    expect(chartLook('screen', 1.5).font.size).toBe(chartLook('screen').font.size * 1.5);
    expect(chartLook('projector', 1.25).font.titleSize).toBe(chartLook('projector').font.titleSize * 1.25);
    expect(chartLook('print', 1.5).font).toEqual(chartLook('print').font);
  });
});
