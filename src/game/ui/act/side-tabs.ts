import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import type { MechanicsPanel } from './mechanics-panel';
import { PANEL, type TeamPanel } from './team-panel';

export enum SideTab {
  Team = 'team',
  Tools = 'tools',
}

/**
 * Larger text on an act with tools: the people and the act's tools no longer fit one above the other
 * under the constraint card, so they take turns there, chosen by two tabs. The tools' tab opens first:
 * what it holds changes the flow; assigning a person is the rarer move.
 */
export class SideTabs {
  private readonly buttons = new Map<SideTab, Button>();

  constructor(
    host: WidgetHost,
    private readonly panels: { top: number; team: TeamPanel; tools: MechanicsPanel },
  ) {
    const tabs = [SideTab.Tools, SideTab.Team];
    const width = (PANEL.width - 6) / tabs.length;
    tabs.forEach((tab, index) => {
      this.buttons.set(
        tab,
        host.button({
          x: PANEL.x + width / 2 + index * (width + 6),
          y: panels.top + 16,
          width,
          height: 32,
          compact: true,
          label: host.t(`sideTabs.${tab}`),
          onActivate: () => this.show(tab),
        }),
      );
    });
    this.show(SideTab.Tools);
  }

  show(tab: SideTab): void {
    this.panels.team.setStaffShown(tab === SideTab.Team);
    this.panels.tools.setShown(tab === SideTab.Tools);
    for (const [key, button] of this.buttons) button.setSelected(key === tab);
  }
}
