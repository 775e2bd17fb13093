import type Phaser from 'phaser';
import { ICON_NAMES, ICON_SHEET, ICON_TEXTURE_SIZE, iconKey, whiteIconSvg } from './icons';

/** The emblem's texture size (drawn at up to 190 px on the Title, sharp at a 2× render scale). */
export const EMBLEM_TEXTURE_SIZE = 384;
const COLUMNS = 8;

export interface SheetCell {
  key: string;
  x: number;
  y: number;
  size: number;
}

export interface IconSheet {
  svg: string;
  width: number;
  height: number;
  cells: SheetCell[];
}

/** One SVG's root element placed at (x, y) with the given size inside a larger SVG. */
function nested(svg: string, x: number, y: number, size: number): string {
  const body = svg.replace(/<!--[\s\S]*?-->/g, '').trim();
  const open = /^<svg\b[^>]*>/.exec(body);
  if (!open) return '';
  const attributes = open[0]
    .slice(4, -1)
    .replace(/\s(?:width|height|class|x|y)="[^"]*"/g, '')
    .trim();
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" ${attributes}>${body.slice(open[0].length)}`;
}

/**
 * Every icon and the emblem in one SVG, on a grid: the browser decodes and rasterises one image
 * instead of one per icon (36 separate SVG decodes were the longest step of the first load).
 */
export function buildIconSheet(emblemSvg: string, emblemKey: string): IconSheet {
  const size = ICON_TEXTURE_SIZE;
  const rows = Math.ceil(ICON_NAMES.length / COLUMNS);
  const cells: SheetCell[] = ICON_NAMES.map((name, index) => ({
    key: iconKey(name),
    x: (index % COLUMNS) * size,
    y: Math.floor(index / COLUMNS) * size,
    size,
  }));
  const emblem: SheetCell = { key: emblemKey, x: 0, y: rows * size, size: EMBLEM_TEXTURE_SIZE };
  const width = Math.max(COLUMNS * size, EMBLEM_TEXTURE_SIZE);
  const height = rows * size + EMBLEM_TEXTURE_SIZE;
  const parts = ICON_NAMES.map((name, index) => {
    const cell = cells[index] as SheetCell;
    return nested(whiteIconSvg(name), cell.x, cell.y, size);
  });
  parts.push(nested(emblemSvg, emblem.x, emblem.y, emblem.size));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { svg, width, height, cells: [...cells, emblem] };
}

/** Decodes the sheet (once, off the main thread where the browser can); null when it cannot. */
export async function decodeIconSheet(sheet: IconSheet): Promise<HTMLImageElement | null> {
  const url = URL.createObjectURL(new Blob([sheet.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(sheet.width, sheet.height);
    image.src = url;
    await image.decode();
    return image;
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Adds the decoded sheet as one texture (ICON_SHEET) with a frame per icon, named by its key. It is
 * drawn once onto a canvas: the icons are then copied from pixels, not from the SVG image.
 */
export function addIconTextures(
  textures: Phaser.Textures.TextureManager,
  sheet: IconSheet,
  image: HTMLImageElement,
): void {
  if (textures.exists(ICON_SHEET)) return;
  const canvas = document.createElement('canvas');
  canvas.width = sheet.width;
  canvas.height = sheet.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.drawImage(image, 0, 0);
  const texture = textures.create(ICON_SHEET, canvas, sheet.width, sheet.height);
  if (!texture) return;
  for (const cell of sheet.cells) texture.add(cell.key, 0, cell.x, cell.y, cell.size, cell.size);
}
