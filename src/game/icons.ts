// Lucide icons (ISC licence), bundled as SVG text. They are drawn white so a tint can colour them.

import activity from 'lucide-static/icons/activity.svg?raw';
import arrowLeft from 'lucide-static/icons/arrow-left.svg?raw';
import arrowLeftRight from 'lucide-static/icons/arrow-left-right.svg?raw';
import briefcase from 'lucide-static/icons/briefcase.svg?raw';
import bug from 'lucide-static/icons/bug.svg?raw';
import check from 'lucide-static/icons/check.svg?raw';
import chevronDown from 'lucide-static/icons/chevron-down.svg?raw';
import chevronUp from 'lucide-static/icons/chevron-up.svg?raw';
import circleHelp from 'lucide-static/icons/circle-help.svg?raw';
import clock from 'lucide-static/icons/clock.svg?raw';
import flame from 'lucide-static/icons/flame.svg?raw';
import flaskConical from 'lucide-static/icons/flask-conical.svg?raw';
import globe from 'lucide-static/icons/globe.svg?raw';
import hammer from 'lucide-static/icons/hammer.svg?raw';
import inbox from 'lucide-static/icons/inbox.svg?raw';
import info from 'lucide-static/icons/info.svg?raw';
import lock from 'lucide-static/icons/lock.svg?raw';
import minus from 'lucide-static/icons/minus.svg?raw';
import octagonX from 'lucide-static/icons/octagon-x.svg?raw';
import pause from 'lucide-static/icons/pause.svg?raw';
import play from 'lucide-static/icons/play.svg?raw';
import plus from 'lucide-static/icons/plus.svg?raw';
import rocket from 'lucide-static/icons/rocket.svg?raw';
import settings from 'lucide-static/icons/settings.svg?raw';
import shield from 'lucide-static/icons/shield.svg?raw';
import siren from 'lucide-static/icons/siren.svg?raw';
import snowflake from 'lucide-static/icons/snowflake.svg?raw';
import sparkles from 'lucide-static/icons/sparkles.svg?raw';
import stamp from 'lucide-static/icons/stamp.svg?raw';
import star from 'lucide-static/icons/star.svg?raw';
import triangleAlert from 'lucide-static/icons/triangle-alert.svg?raw';
import upload from 'lucide-static/icons/upload.svg?raw';
import volumeOn from 'lucide-static/icons/volume-2.svg?raw';
import volumeOff from 'lucide-static/icons/volume-x.svg?raw';
import workflow from 'lucide-static/icons/workflow.svg?raw';
import wrench from 'lucide-static/icons/wrench.svg?raw';
import xMark from 'lucide-static/icons/x.svg?raw';
import type Phaser from 'phaser';

const ICON_SOURCES = {
  sparkles,
  briefcase,
  'arrow-left-right': arrowLeftRight,
  siren,
  wrench,
  bug,
  pause,
  'circle-help': circleHelp,
  shield,
  snowflake,
  upload,
  inbox,
  clock,
  hammer,
  stamp,
  'octagon-x': octagonX,
  x: xMark,
  'triangle-alert': triangleAlert,
  activity,
  'arrow-left': arrowLeft,
  check,
  'chevron-up': chevronUp,
  'chevron-down': chevronDown,
  flame,
  'flask-conical': flaskConical,
  globe,
  info,
  lock,
  minus,
  play,
  plus,
  rocket,
  settings,
  star,
  'volume-on': volumeOn,
  'volume-off': volumeOff,
  workflow,
} as const;

export type IconName = keyof typeof ICON_SOURCES;
export const ICON_NAMES = Object.keys(ICON_SOURCES) as IconName[];
/** Rasterised at this size so icons stay sharp up to a 3× render scale at 24 px. */
export const ICON_TEXTURE_SIZE = 72;

export const iconKey = (name: IconName): string => `icon-${name}`;

/**
 * The one texture every icon (and the emblem) is a frame of, named by `iconKey` (one texture instead of
 * a canvas per icon: Boot made ~38 canvas textures in ~28 ms before the Title).
 */
export const ICON_SHEET = 'icon-sheet';

/** Whether the icon sheet has this frame (a browser that could not decode the sheet draws without icons). */
export function hasIcon(textures: Phaser.Textures.TextureManager, key: string): boolean {
  return textures.exists(ICON_SHEET) && textures.get(ICON_SHEET).has(key);
}

/** The icon's SVG with its stroke made white, ready for a tint. */
export function whiteIconSvg(name: IconName): string {
  return ICON_SOURCES[name].replaceAll('currentColor', '#ffffff');
}
